// Graph answers shaped like the examples of the Graph reference pages
// (synchronizationJob, synchronizationSchema/objectMapping, appRoleAssignment, provisioningObjectSummary).
import type { Route } from './graph-server.js';

export const SP_ID = '11111111-2222-3333-4444-555555555555';
export const APP_ID = '99999999-8888-7777-6666-555555555555';
export const JOB_ID = 'scim.e2d1b9e3f0c14d4b9c1a2b3c4d5e6f70.11111111-2222-3333-4444-555555555555';
export const USER_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
export const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOi.fixture-token-never-printed.signature';

export const servicePrincipals = { value: [{ id: SP_ID, appId: APP_ID, displayName: 'Contoso SCIM App' }] };

export function job(status: Record<string, unknown>): Record<string, unknown> {
  return {
    id: JOB_ID,
    templateId: 'scim',
    schedule: { interval: 'PT40M', state: 'Active' },
    status: {
      code: 'Active',
      countSuccessiveCompleteFailures: 0,
      escrowsPruned: false,
      quarantine: null,
      lastExecution: { state: 'Succeeded', timeBegan: '2026-11-30T05:00:00Z', timeEnded: '2026-11-30T05:02:00Z', error: null },
      steadyStateFirstAchievedTime: '2026-11-01T10:00:00Z',
      steadyStateLastAchievedTime: '2026-11-30T05:02:00Z',
      ...status,
    },
  };
}

export function quarantined(reason: string, error?: { code: string; message: string }): Record<string, unknown> {
  return job({
    code: 'Quarantine',
    quarantine: { reason, currentBegan: '2026-11-29T10:00:00Z', nextAttempt: '2026-11-30T10:00:00Z', seriesBegan: '2026-11-28T10:00:00Z', seriesCount: 3, error: error ?? null },
  });
}

export function schema(options: { enabled?: boolean; matching?: boolean; scope?: unknown; activeFrom?: string; flowTypes?: string } = {}): Record<string, unknown> {
  return {
    synchronizationRules: [
      {
        name: 'USER_INBOUND_USER',
        objectMappings: [
          {
            name: 'Provision Microsoft Entra ID Users',
            enabled: options.enabled ?? true,
            flowTypes: options.flowTypes ?? 'Add, Update, Delete',
            sourceObjectName: 'User',
            targetObjectName: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
            scope: options.scope ?? null,
            attributeMappings: [
              { targetAttributeName: 'userName', matchingPriority: options.matching === false ? 0 : 1, source: { expression: '[userPrincipalName]', name: 'userPrincipalName', type: 'Attribute' } },
              {
                targetAttributeName: 'active',
                matchingPriority: 0,
                source: { expression: options.activeFrom ?? 'Switch([IsSoftDeleted], , "False", "True", "True", "False")', name: 'Switch', type: 'Function' },
              },
            ],
          },
          { name: 'Provision Microsoft Entra ID Groups', enabled: true, sourceObjectName: 'Group', targetObjectName: 'urn:ietf:params:scim:schemas:core:2.0:Group', attributeMappings: [] },
        ],
      },
    ],
  };
}

export const departmentFilter = {
  groups: [{ name: 'Sales only', clauses: [{ operatorName: 'EQUALS', sourceOperandName: 'department', targetOperand: { values: ['Sales'] } }] }],
  categoryFilterGroups: [],
  inputFilterGroups: [],
};

export const assigned = {
  value: [
    { principalId: USER_ID, principalType: 'User', principalDisplayName: 'Adele Vance', appRoleId: '7a1b2c3d-0000-4000-8000-000000000001', resourceId: SP_ID },
    { principalId: 'group-sales', principalType: 'Group', principalDisplayName: 'Sales', appRoleId: '7a1b2c3d-0000-4000-8000-000000000001', resourceId: SP_ID },
  ],
};

export function event(code: string | null, status: 'success' | 'failure' | 'skipped', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `event-${Math.random().toString(36).slice(2)}`,
    activityDateTime: '2026-11-30T05:01:00Z',
    changeId: `change-${Math.random().toString(36).slice(2)}`,
    cycleId: 'cycle-1',
    jobId: JOB_ID,
    provisioningAction: 'create',
    provisioningStatusInfo: { status, errorInformation: code ? { errorCode: code, reason: `The app answered ${code}.` } : null },
    servicePrincipal: { id: SP_ID, displayName: 'Contoso SCIM App' },
    sourceIdentity: { id: USER_ID, displayName: 'Adele Vance', identityType: 'User' },
    targetIdentity: { id: '', displayName: '', identityType: 'urn:ietf:params:scim:schemas:core:2.0:User' },
    ...extra,
  };
}

/** A tenant whose app, job, schema, assignments and events answer as given; the rest are Graph's defaults here. */
export function tenant(parts: { job?: unknown; schema?: unknown; assigned?: unknown; events?: unknown[]; more?: Record<string, Route> } = {}): Record<string, Route> {
  return {
    servicePrincipals: { body: servicePrincipals },
    [`servicePrincipals/${SP_ID}/synchronization/jobs`]: { body: { value: [parts.job ?? job({})] } },
    [`servicePrincipals/${SP_ID}/synchronization/jobs/${JOB_ID}/schema`]: { body: parts.schema ?? schema() },
    [`servicePrincipals/${SP_ID}/appRoleAssignedTo`]: { body: parts.assigned ?? assigned },
    'auditLogs/provisioning': { body: { value: parts.events ?? [event(null, 'success')] } },
    ...parts.more,
  };
}
