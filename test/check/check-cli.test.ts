import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckJsonSchema } from '../../src/check/check-schema.js';
import { forbidden, startGraphServer, type GraphServer, type Route } from './graph-server.js';
import { runAsync } from './run-check.js';
import { assigned, departmentFilter, event, job, quarantined, schema, SP_ID, tenant, TOKEN, USER_ID } from './tenant-fixtures.js';

let server: GraphServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function check(routes: Record<string, Route>, args: string[] = []) {
  server = await startGraphServer(routes);
  return runAsync(['check', '--app', 'Contoso SCIM App', '--graph-base', server.base, ...args], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN });
}

async function checkJson(routes: Record<string, Route>, args: string[] = []) {
  const ran = await check(routes, [...args, '--json']);
  return { ...ran, report: CheckJsonSchema.parse(JSON.parse(ran.stdout)) };
}

describe('provision-doctor check against a Graph server on loopback', () => {
  it('finds nothing wrong with a healthy job, reads every part, and exits 0', async () => {
    const ran = await check(tenant());
    expect(ran.stdout).toContain('Checked Contoso SCIM App');
    expect(ran.stdout).toContain('Active');
    expect(ran.stdout).not.toMatch(/\berror:/);
    expect(ran.stdout).not.toContain('Not read in full');
    expect(ran.status).toBe(0);
  });

  it('sends the token only as a bearer header and never prints it', async () => {
    const ran = await check(tenant());
    expect(server!.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(`${ran.stdout}${ran.stderr}`).not.toContain('fixture-token-never-printed');
  });

  it.each([
    ['EncounteredEscrowProportionThreshold', 'encountered-escrow-proportion-threshold'],
    ['EncounteredQuarantineException', 'encountered-quarantine-exception'],
    ['QuarantinedOnDemand', 'quarantine-on-demand'],
    ['TooManyDeletes', 'no-users-quarantine'],
  ])('names quarantine reason %s first, mapped to %s, with its next attempt', async (reason, id) => {
    const { report, status } = await checkJson(tenant({ job: quarantined(reason) }));
    expect(report.findings[0]).toMatchObject({ severity: 'error', id });
    expect(report.findings[0]!.facts).toContain('next attempt: 2026-11-30T10:00:00Z');
    expect(report.jobs[0]).toMatchObject({ status: 'Quarantine', quarantineReason: reason });
    expect(status).toBe(1);
  });

  it('looks up the error behind a quarantine in the catalogue', async () => {
    const { report } = await checkJson(tenant({ job: quarantined('EncounteredQuarantineException', { code: 'SalesforceDuplicateTargetEntries', message: 'Duplicate' }) }));
    expect(report.findings.map((f) => f.id)).toContain('duplicate-target-entries');
  });

  it('reports an escrow-heavy job: pruned escrows and the failing events grouped by code', async () => {
    const events = [event('EntryConflict', 'failure'), event('EntryConflict', 'failure'), event('EntryConflict', 'failure')];
    const { report } = await checkJson(tenant({ job: job({ escrowsPruned: true }), events }));
    const ids = report.findings.map((f) => f.id);
    expect(ids).toContain('conflict');
    expect(ids).toContain('encountered-escrow-proportion-threshold');
    expect(report.findings.find((f) => f.id === 'conflict')!.title).toContain('3 failed events');
  });

  it('shows a scoping filter that excludes the user, and a user assigned only through a nested group', async () => {
    const routes = tenant({
      schema: schema({ scope: departmentFilter }),
      assigned: { value: [assigned.value[1]] },
      more: {
        [`users/${USER_ID}`]: { body: { id: USER_ID, userPrincipalName: 'adele@contoso.com', displayName: 'Adele Vance', accountEnabled: true } },
        [`users/${USER_ID}/memberOf/microsoft.graph.group`]: { body: { value: [{ id: 'group-emea', displayName: 'EMEA' }] } },
        [`users/${USER_ID}/transitiveMemberOf/microsoft.graph.group`]: { body: { value: [{ id: 'group-emea', displayName: 'EMEA' }, { id: 'group-sales', displayName: 'Sales' }] } },
      },
    });
    const { report } = await checkJson(routes, ['--user', USER_ID]);
    const scope = report.findings.find((f) => f.id === 'no-users-scoping-filter');
    expect(scope?.facts).toContain('filter 1 "Sales only": department EQUALS Sales');
    expect(report.findings[0]).toMatchObject({ severity: 'error', id: 'no-users-nested-groups' });
    expect(report.user).toEqual({ id: USER_ID, userPrincipalName: 'adele@contoso.com' });
  });

  it('gives each finding the walk that opens the wizard at its remedy with the answers already given', async () => {
    const { report } = await checkJson(tenant({ job: job({ code: 'Paused' }) }));
    const paused = report.findings.find((f) => f.id === 'no-users-status-off')!;
    expect(paused.path).toBe('no-users-start/no-users-status-off');
    const replayed = await runAsync(['path', paused.path]);
    expect(replayed.stdout).toContain('Turn the provisioning job back on');
  });

  it('follows @odata.nextLink pages', async () => {
    const page2 = `${'servicePrincipals'}/${SP_ID}/appRoleAssignedTo?page=2`;
    const routes = tenant({
      assigned: { value: [], '@odata.nextLink': 'PLACEHOLDER' },
      more: { [page2]: { body: { value: assigned.value } } },
    });
    server = await startGraphServer(routes);
    routes[`servicePrincipals/${SP_ID}/appRoleAssignedTo`] = { body: { value: [], '@odata.nextLink': `${server.base}/${page2}` } };
    const ran = await runAsync(['check', '--app', SP_ID, '--graph-base', server.base, '--json'], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN });
    const report = CheckJsonSchema.parse(JSON.parse(ran.stdout));
    expect(report.findings.map((f) => f.id)).not.toContain('no-users-not-assigned');
    expect(server.requests.some((r) => r.path.includes('page=2'))).toBe(true);
  });

  it('waits out a 429 with Retry-After and then reads the answer', async () => {
    const throttled: Route = ({ call }) => (call === 1 ? { status: 429, headers: { 'Retry-After': '0' }, body: { error: { code: 'TooManyRequests', message: 'Slow down' } } } : { body: { value: [job({})] } });
    const { report, status } = await checkJson(tenant({ more: { [`servicePrincipals/${SP_ID}/synchronization/jobs`]: throttled } }));
    expect(report.reads.find((r) => r.what === 'provisioning jobs')?.outcome).toBe('read');
    expect(server!.requests.filter((r) => r.path.endsWith('/synchronization/jobs')).length).toBe(2);
    expect(status).toBe(0);
  });

  it('explains a 403 with the permission that is missing, and still reads the rest', async () => {
    const ran = await check(tenant({ more: { 'auditLogs/provisioning': forbidden() } }));
    expect(ran.stdout).toContain('Not read in full');
    expect(ran.stdout).toContain('AuditLog.Read.All');
    expect(ran.stdout).toContain('Active');
    expect(ran.status).toBe(1);
  });

  it('says a read is partial when a later page fails', async () => {
    const routes = tenant({ more: { [`servicePrincipals/${SP_ID}/appRoleAssignedTo?page=2`]: { status: 500, body: { error: { code: 'InternalServerError', message: 'boom' } } } } });
    server = await startGraphServer(routes);
    routes[`servicePrincipals/${SP_ID}/appRoleAssignedTo`] = { body: { value: assigned.value, '@odata.nextLink': `${server.base}/servicePrincipals/${SP_ID}/appRoleAssignedTo?page=2` } };
    const ran = await runAsync(['check', '--app', SP_ID, '--graph-base', server.base, '--json'], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN });
    const report = CheckJsonSchema.parse(JSON.parse(ran.stdout));
    expect(report.reads.find((r) => r.what === 'users and groups assigned to the app')).toMatchObject({ outcome: 'partial' });
    expect(ran.status).toBe(1);
  });

  it('never follows a next-page link to another host, so the token stays with Graph', async () => {
    const routes = tenant({ assigned: { value: assigned.value, '@odata.nextLink': 'https://attacker.example/steal' } });
    const { report } = await checkJson(routes);
    const read = report.reads.find((r) => r.what === 'users and groups assigned to the app');
    expect(read).toMatchObject({ outcome: 'partial' });
    expect(read?.detail).toContain('another host');
  });

  it('says when no app has that name, as one line and exit 1', async () => {
    const ran = await check({ servicePrincipals: { body: { value: [] } } });
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toContain('no enterprise app');
    expect(ran.status).toBe(1);
  });

  it('finds an app whose name holds & and #: the whole name reaches Graph as one filter', async () => {
    server = await startGraphServer({});
    await runAsync(['check', '--app', "AT&T #1 + O'Neil", '--graph-base', server.base], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN });
    const asked = new URL(server.requests[0]!.path, 'http://x').searchParams;
    expect(asked.get('$filter')).toBe("displayName eq 'AT&T #1 + O''Neil'");
    expect(asked.get('$select')).toBe('id,appId,displayName');
  });

  it('asks for an id when several apps share the name', async () => {
    const two = { value: [{ id: 'a', displayName: 'Contoso SCIM App' }, { id: 'b', displayName: 'Contoso SCIM App' }] };
    const ran = await check({ servicePrincipals: { body: two } });
    expect(ran.stderr).toContain('2 apps are named');
    expect(ran.status).toBe(2);
  });

  it('refuses to send a token over plain http to another machine', async () => {
    const ran = await runAsync(['check', '--app', 'x', '--graph-base', 'http://graph.example/v1.0'], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN });
    expect(ran.stderr).toContain('must be an https:// address');
    expect(ran.status).toBe(2);
  });

  it('refuses a Graph host that a shell would read as more than a name (it is passed to az)', async () => {
    const ran = await runAsync(['check', '--app', 'x', '--graph-base', 'https://graph.example&calc.exe/v1.0'], { PATH: '/nonexistent' });
    expect(ran.stderr).toBe('provision-doctor: --graph-base: the host must be a name such as graph.microsoft.com (letters, digits, dots and dashes)\n');
    expect(ran.status).toBe(2);
  });

  it('reads the token from standard input with --token-stdin', async () => {
    server = await startGraphServer(tenant());
    const ran = await runAsync(['check', '--app', SP_ID, '--graph-base', server.base, '--token-stdin'], {}, `${TOKEN}\n`);
    expect(ran.status).toBe(0);
    expect(server.requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('without any way to get a token, says the ways in one line', async () => {
    const ran = await runAsync(['check', '--app', 'x'], { PATH: '/nonexistent', PROVISION_DOCTOR_CLIENT_ID: undefined });
    expect(ran.stderr).toContain('no Microsoft Graph token');
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.status).toBe(2);
  });
  it('goes through the proxy HTTPS_PROXY names, in the built tool too', async () => {
    const proxy = createServer();
    const tunnels: string[] = [];
    proxy.on('connect', (req, socket) => {
      tunnels.push(req.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as { port: number };
    const ran = await runAsync(['check', '--app', 'x'], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN, HTTPS_PROXY: `http://127.0.0.1:${port}` });
    const danish = await runAsync(['--lang', 'da', 'check', '--app', 'x'], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN, HTTPS_PROXY: `http://127.0.0.1:${port}` });
    await new Promise((resolve) => proxy.close(resolve));
    expect(tunnels).toEqual(['graph.microsoft.com:443', 'graph.microsoft.com:443']);
    expect(ran.stderr).not.toMatch(/\bat /);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.status).toBe(1);
    // The proxy refused, not Graph: no Graph permission is named as the cause.
    expect(ran.stderr).toContain('the proxy answered HTTP 403 instead of connecting to graph.microsoft.com');
    expect(ran.stderr).not.toContain('Application.Read.All');
    expect(danish.stderr).toContain('proxyserveren svarede HTTP 403 i stedet for at forbinde til graph.microsoft.com');
  });

  it('says in one line that HTTPS_PROXY is not an address, without echoing it', async () => {
    const ran = await runAsync(['check', '--app', 'x'], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN, HTTPS_PROXY: 'http://user:secret@proxy example:8080' });
    expect(ran.stderr).toBe('provision-doctor: HTTPS_PROXY: not an address such as http://proxy.example:8080\n');
    expect(ran.status).toBe(2);
  });
  it.each([
    ['a line break', 'eyJhbGciOi\neyJzdWIiOi'],
    ['a non-ASCII character', 'eyJhbGciOi\u2026'],
  ])('refuses a token holding %s in one line, without echoing it', async (_, token) => {
    const ran = await runAsync(['check', '--app', 'x', '--graph-base', 'http://127.0.0.1:9/v1.0'], { PROVISION_DOCTOR_GRAPH_TOKEN: token });
    expect(ran.stderr).toBe(
      'provision-doctor: the token from PROVISION_DOCTOR_GRAPH_TOKEN holds characters an access token cannot hold (spaces, line breaks or non-ASCII); give the token alone\n',
    );
    expect(ran.status).toBe(2);
  });
});
