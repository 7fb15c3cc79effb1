// Events for the --redact tests: Graph-shaped, with what each test varies.

export interface Who {
  id: string;
  displayName: string;
  principal?: string;
}

export interface EventSpec {
  code: string;
  reason?: string;
  status?: 'failure' | 'skipped' | 'warning';
  source: Who;
  target?: Who;
}

let next = 0;

export function event(spec: EventSpec) {
  const identity = (w: Who) => ({ id: w.id, displayName: w.displayName, identityType: 'User', details: w.principal ? { UserPrincipalName: w.principal } : {} });
  next++;
  return {
    id: `e-${next}`,
    activityDateTime: '2024-05-01T10:00:00Z',
    cycleId: 'cycle-1',
    changeId: `c-${next}`,
    provisioningAction: 'create',
    provisioningStatusInfo: { status: spec.status ?? 'failure', errorInformation: { errorCode: spec.code, reason: spec.reason ?? null } },
    provisioningSteps: [],
    modifiedProperties: [],
    servicePrincipal: { id: 'sp-1', displayName: 'Contoso HR' },
    sourceIdentity: identity(spec.source),
    targetIdentity: identity(spec.target ?? { id: '', displayName: '' }),
  };
}

export const page = (events: unknown[]) => JSON.stringify({ value: events });
