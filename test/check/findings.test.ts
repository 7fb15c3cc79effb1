import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acquireToken, signInHost, type AuthOptions } from '../../src/check/auth.js';
import { checkJsonSchema } from '../../src/check/check-schema.js';
import { assignmentFindings, jobFindings, schemaFindings } from '../../src/check/findings.js';
import { retryDelay } from '../../src/check/graph-client.js';
import { bypassed, graphBase } from '../../src/cli/check.js';
import { CodeIndex } from '../../src/engine/lookup.js';
import { routeTo } from '../../src/engine/route.js';
import { replayPath } from '../../src/engine/path.js';
import { loadContentDir } from '../../src/content/load.js';
import { departmentFilter, job, quarantined, schema } from './tenant-fixtures.js';

const content = loadContentDir('content').content!;
const codes = new CodeIndex(content);

describe('findings from Graph JSON, without a server', () => {
  it('a healthy job gives no finding', () => {
    expect(jobFindings(job({}) as never, codes)).toEqual([]);
  });

  it('a job still in its initial cycle is said, not alarmed', () => {
    const [finding] = jobFindings(job({ steadyStateFirstAchievedTime: '0001-01-01T00:00:00Z' }) as never, codes);
    expect(finding).toMatchObject({ severity: 'info', id: 'no-users-initial-cycle' });
  });

  it('the last cycle’s error code is looked up in the catalogue', () => {
    const failing = job({ countSuccessiveCompleteFailures: 4, lastExecution: { timeBegan: '2026-11-30T05:00:00Z', error: { code: 'EntryConflict', message: 'x' } } });
    const [finding] = jobFindings(failing as never, codes);
    expect(finding).toMatchObject({ severity: 'error', id: 'conflict' });
    expect(finding!.facts).toContain('failed 4 times in a row');
  });

  it('an unknown quarantine reason still leads to the quarantine remedy', () => {
    expect(jobFindings(quarantined('IngestionInterrupted') as never, codes)[0]!.id).toBe('no-users-quarantine');
  });

  it('a user mapping that is off, or has no matching attribute, is an error', () => {
    expect(schemaFindings(schema({ enabled: false }) as never)[0]).toMatchObject({ severity: 'error', id: 'setup-mappings' });
    expect(schemaFindings(schema({ matching: false }) as never)[0]).toMatchObject({ severity: 'error', id: 'setup-mappings' });
  });

  it('active not mapped from IsSoftDeleted, or Delete left out, warns that users stay in the app', () => {
    const notSoftDeleted = schemaFindings(schema({ activeFrom: '[accountEnabled]' }) as never);
    expect(notSoftDeleted.find((f) => f.id === 'wrong-users-not-removed')?.facts).toEqual(['mapped from: [accountEnabled]']);
    const noDelete = schemaFindings(schema({ flowTypes: 'Add, Update' }) as never);
    expect(noDelete.find((f) => f.id === 'wrong-users-not-removed')?.title).toContain('leave out delete');
  });

  it('a scoping filter is listed clause by clause', () => {
    const scope = schemaFindings(schema({ scope: departmentFilter }) as never).find((f) => f.id === 'no-users-scoping-filter');
    expect(scope?.facts).toEqual(['filter 1 "Sales only": department EQUALS Sales']);
  });

  it('no assignments, or only Default Access, are named', () => {
    expect(assignmentFindings([])[0]).toMatchObject({ severity: 'error', id: 'no-users-not-assigned' });
    const defaults = assignmentFindings([{ principalId: 'u', principalType: 'User', appRoleId: '00000000-0000-0000-0000-000000000000' }]);
    expect(defaults.map((f) => f.id)).toContain('no-users-default-access');
  });

  it('every remedy a finding can name exists in the content, and its route replays to it', () => {
    const ids = ['setup-no-automatic-mode', 'encountered-escrow-proportion-threshold', 'encountered-quarantine-exception', 'quarantine-on-demand', 'no-users-quarantine', 'no-users-status-off', 'setup-start-cycle', 'no-users-initial-cycle', 'setup-mappings', 'wrong-users-matching-takeover', 'no-users-scoping-filter', 'wrong-users-not-removed', 'groups-members-missing', 'no-users-not-assigned', 'no-users-group-assignment', 'no-users-default-access', 'no-users-disabled-user', 'no-users-nested-groups', 'unknown-error-code'];
    for (const id of ids) {
      expect(content.nodes[id], id).toBeDefined();
      const replayed = replayPath(content, routeTo(content, id));
      expect(replayed.ok && replayed.state.current, id).toBe(id);
    }
  });
});

describe('Graph access details', () => {
  it('Retry-After in seconds or as a date is honoured, up to a ceiling', () => {
    expect(retryDelay('3', 0, 60_000)).toBe(3000);
    expect(retryDelay('3600', 0, 60_000)).toBe(60_000);
    expect(retryDelay(undefined, 2, 60_000)).toBe(4000);
  });

  it('NO_PROXY entries bypass the proxy for the Graph host', () => {
    expect(bypassed('graph.microsoft.com', '.microsoft.com')).toBe(true);
    expect(bypassed('graph.microsoft.com', 'localhost,127.0.0.1')).toBe(false);
    expect(bypassed('graph.microsoft.com', '*')).toBe(true);
  });

  it('sovereign clouds sign in at their own host', () => {
    expect(signInHost('https://graph.microsoft.us/v1.0')).toBe('login.microsoftonline.us');
    expect(signInHost('https://microsoftgraph.chinacloudapi.cn/v1.0')).toBe('login.chinacloudapi.cn');
    expect(signInHost('https://graph.microsoft.com/v1.0')).toBe('login.microsoftonline.com');
  });

  it('--graph-base takes https, or http on this machine only', () => {
    expect(graphBase('http://127.0.0.1:8080/v1.0').port).toBe('8080');
    expect(() => graphBase('http://10.0.0.1/v1.0')).toThrow(/https/);
    expect(() => graphBase('https://user:pw@graph.microsoft.com/v1.0')).toThrow(/without a user/);
  });
});

describe('where the token comes from', () => {
  const base = (over: Partial<AuthOptions>): AuthOptions => ({
    env: {},
    graphBase: 'https://graph.microsoft.com/v1.0',
    readStdin: async () => '',
    azureCli: async () => null,
    deviceCode: async () => 'from-device',
    say: () => {},
    ...over,
  });

  it('the environment first, then stdin, then the Azure CLI, then the device code', async () => {
    expect(await acquireToken(base({ env: { PROVISION_DOCTOR_GRAPH_TOKEN: 'env' }, azureCli: async () => 'az' }))).toEqual({ token: 'env', source: 'environment' });
    expect(await acquireToken(base({ tokenStdin: true, readStdin: async () => 'piped\n' }))).toEqual({ token: 'piped', source: 'stdin' });
    expect(await acquireToken(base({ azureCli: async () => 'az' }))).toEqual({ token: 'az', source: 'azure-cli' });
    expect(await acquireToken(base({ clientId: 'client' }))).toEqual({ token: 'from-device', source: 'device-code' });
  });

  it('the device code asks only for the four read permissions, at the cloud of the Graph base', async () => {
    let asked: { authority: string; scopes: string[] } | undefined;
    await acquireToken(base({ clientId: 'c', graphBase: 'https://graph.microsoft.us/v1.0', deviceCode: async (authority, _c, scopes) => ((asked = { authority, scopes }), 't') }));
    expect(asked).toEqual({
      authority: 'https://login.microsoftonline.us/organizations',
      scopes: ['Application.Read.All', 'Synchronization.Read.All', 'AuditLog.Read.All', 'Directory.Read.All'].map((s) => `https://graph.microsoft.us/${s}`),
    });
  });
});

describe('schema/check.schema.json', () => {
  it('matches the zod schema (run "npm run build" to refresh it)', () => {
    expect(JSON.parse(readFileSync('schema/check.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(checkJsonSchema())));
  });
});
