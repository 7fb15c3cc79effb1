// The parts of Microsoft Graph's answers that `check` reads. Everything is optional:
// Graph leaves properties out, and the beta and v1.0 shapes differ.

export interface ServicePrincipal {
  id: string;
  appId?: string;
  displayName?: string;
}

export interface SyncError {
  code?: string;
  message?: string;
  tenantActionable?: boolean;
}

export interface SyncQuarantine {
  reason?: string;
  currentBegan?: string;
  nextAttempt?: string;
  seriesBegan?: string;
  seriesCount?: number;
  error?: SyncError | null;
}

export interface SyncExecution {
  state?: string;
  timeBegan?: string;
  timeEnded?: string;
  error?: SyncError | null;
  countExported?: number;
  countImported?: number;
}

export interface SyncStatus {
  code?: string;
  quarantine?: SyncQuarantine | null;
  lastExecution?: SyncExecution | null;
  lastSuccessfulExecution?: SyncExecution | null;
  countSuccessiveCompleteFailures?: number;
  escrowsPruned?: boolean;
  steadyStateFirstAchievedTime?: string;
  steadyStateLastAchievedTime?: string;
}

export interface SyncJob {
  id: string;
  templateId?: string;
  schedule?: { interval?: string; state?: string } | null;
  status?: SyncStatus | null;
  synchronizationJobSettings?: Array<{ name?: string; value?: string }>;
}

export interface FilterClause {
  operatorName?: string;
  sourceOperandName?: string;
  targetOperand?: { values?: string[] } | null;
}

export interface ScopeFilter {
  groups?: Array<{ name?: string; clauses?: FilterClause[] }>;
  categoryFilterGroups?: Array<{ name?: string; clauses?: FilterClause[] }>;
  inputFilterGroups?: Array<{ name?: string; clauses?: FilterClause[] }>;
}

export interface AttributeMapping {
  targetAttributeName?: string;
  matchingPriority?: number;
  source?: { expression?: string; name?: string; type?: string } | null;
}

export interface ObjectMapping {
  name?: string;
  enabled?: boolean;
  flowTypes?: string;
  sourceObjectName?: string;
  targetObjectName?: string;
  scope?: ScopeFilter | null;
  attributeMappings?: AttributeMapping[];
}

export interface SyncSchema {
  synchronizationRules?: Array<{ name?: string; objectMappings?: ObjectMapping[] }>;
}

export interface AppRoleAssignment {
  principalId?: string;
  principalType?: string;
  principalDisplayName?: string;
  appRoleId?: string;
  resourceId?: string;
}

export interface DirectoryUser {
  id: string;
  userPrincipalName?: string;
  displayName?: string;
  accountEnabled?: boolean;
}

export interface DirectoryGroup {
  id: string;
  displayName?: string;
  '@odata.type'?: string;
}
