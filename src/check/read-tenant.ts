import { GraphError, type GraphClient } from './graph-client.js';
import type { AppRoleAssignment, DirectoryGroup, DirectoryUser, ServicePrincipal, SyncJob, SyncSchema } from './graph-types.js';

/** One read of the tenant: its value, or why it could not be had (never fatal on its own). */
export type Read<T> = { ok: true; value: T; partial?: string } | { ok: false; failure: ReadFailure };

export interface ReadFailure {
  what: string;
  status: number;
  message: string;
  /** The permission or role that lets this read through, when the answer was 401/403. */
  hint?: string;
}

/** Raw provisioning-event pages, as Graph sent them: the log analyser reads them like a downloaded log. */
export interface EventPages {
  pages: string[];
}

export interface JobRead {
  job: SyncJob;
  schema: Read<SyncSchema>;
  events: Read<EventPages>;
}

export interface UserRead {
  user: DirectoryUser;
  directGroups: Read<DirectoryGroup[]>;
  allGroups: Read<DirectoryGroup[]>;
  events: Read<EventPages>;
}

export interface TenantRead {
  app: ServicePrincipal;
  jobs: Read<JobRead[]>;
  assignments: Read<AppRoleAssignment[]>;
  user?: Read<UserRead>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_PAGES = 5;

/** Why a read was refused, in terms of what the admin grants: the four read permissions and the roles. */
export function permissionHint(path: string): string {
  if (path.includes('/synchronization')) {
    return 'needs Synchronization.Read.All; signed in as a person, also a role that may read provisioning settings (Application Administrator, Cloud Application Administrator, or a custom role with microsoft.directory/applications/synchronization/standard/read; Global Reader is not enough)';
  }
  if (path.startsWith('auditLogs')) return 'needs AuditLog.Read.All and a role that may read provisioning logs (such as Reports Reader or Security Reader), and Microsoft Entra ID P1 or P2';
  if (path.startsWith('users') || path.startsWith('groups')) return 'needs Directory.Read.All (or User.Read.All and GroupMember.Read.All)';
  return 'needs Application.Read.All';
}

async function attempt<T>(what: string, path: string, read: () => Promise<{ value: T; partial?: string }>): Promise<Read<T>> {
  try {
    const { value, partial } = await read();
    return partial ? { ok: true, value, partial } : { ok: true, value };
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    const denied = error.status === 401 || error.status === 403;
    return { ok: false, failure: { what, status: error.status, message: error.message, ...(denied ? { hint: permissionHint(path) } : {}) } };
  }
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
/** A filter as one query value: an app named "AT&T #1" must not end the filter at & or #. */
const filter = (expression: string) => `$filter=${encodeURIComponent(expression)}`;

/** The app's service principal, by object id, app id or display name. Several matches: the admin must pick one. */
export async function findApp(client: GraphClient, app: string): Promise<ServicePrincipal[]> {
  const select = '$select=id,appId,displayName';
  if (GUID.test(app)) {
    const byId = await client.getAll<ServicePrincipal>(`servicePrincipals?${filter(`id eq ${quote(app)} or appId eq ${quote(app)}`)}&${select}`, 1);
    return byId.items;
  }
  const byName = await client.getAll<ServicePrincipal>(`servicePrincipals?${filter(`displayName eq ${quote(app)}`)}&${select}`, 2);
  return byName.items;
}

async function eventPages(client: GraphClient, filter: string): Promise<{ value: EventPages; partial?: string }> {
  const path = `auditLogs/provisioning?$filter=${encodeURIComponent(filter)}&$top=200`;
  const pages: string[] = [];
  const collected = await client.getAll<unknown>(path, EVENT_PAGES);
  // The analyser reads Graph pages in the shape Graph sends them.
  pages.push(JSON.stringify({ value: collected.items }));
  return collected.partial ? { value: { pages }, partial: collected.partial } : { value: { pages } };
}

/** Reads what `check` needs, read-only. Each part that fails is recorded, and the rest is still read. */
export async function readTenant(client: GraphClient, app: ServicePrincipal, userId?: string): Promise<TenantRead> {
  const sp = `servicePrincipals/${encodeURIComponent(app.id)}`;
  const jobsPath = `${sp}/synchronization/jobs`;
  const jobs = await attempt('provisioning jobs', jobsPath, async () => {
    const list = await client.getAll<SyncJob>(jobsPath, 2);
    const reads: JobRead[] = [];
    for (const job of list.items) {
      const schemaPath = `${jobsPath}/${encodeURIComponent(job.id)}/schema`;
      const schema = await attempt('the job schema (mappings and scoping filters)', schemaPath, async () => ({ value: await client.get<SyncSchema>(schemaPath) }));
      const events = await attempt('recent provisioning events', 'auditLogs/provisioning', () => eventPages(client, `jobId eq ${quote(job.id)}`));
      reads.push({ job, schema, events });
    }
    return { value: reads, partial: list.partial };
  });
  const assignedPath = `${sp}/appRoleAssignedTo`;
  const assignments = await attempt('users and groups assigned to the app', assignedPath, async () => {
    const list = await client.getAll<AppRoleAssignment>(`${assignedPath}?$top=999`, 10);
    return { value: list.items, partial: list.partial };
  });
  const read: TenantRead = { app, jobs, assignments };
  if (userId !== undefined) read.user = await readUser(client, userId, jobs.ok ? jobs.value.map((j) => j.job.id) : []);
  return read;
}

async function readUser(client: GraphClient, userId: string, jobIds: string[]): Promise<Read<UserRead>> {
  const userPath = `users/${encodeURIComponent(userId)}`;
  return attempt('the user', userPath, async () => {
    const user = await client.get<DirectoryUser>(`${userPath}?$select=id,userPrincipalName,displayName,accountEnabled`);
    const groupsOf = (relation: string) => {
      const path = `users/${encodeURIComponent(user.id)}/${relation}/microsoft.graph.group?$select=id,displayName&$top=999`;
      return attempt(`the user's ${relation === 'memberOf' ? 'groups' : 'groups, nested ones too'}`, path, async () => {
        const list = await client.getAll<DirectoryGroup>(path, 10);
        return { value: list.items, partial: list.partial };
      });
    };
    const byJob = jobIds.map((id) => `jobId eq ${quote(id)}`).join(' or ');
    const filter = `sourceIdentity/id eq ${quote(user.id)}${byJob ? ` and (${byJob})` : ''}`;
    const events = await attempt("the user's provisioning events", 'auditLogs/provisioning', () => eventPages(client, filter));
    return { value: { user, directGroups: await groupsOf('memberOf'), allGroups: await groupsOf('transitiveMemberOf'), events } };
  });
}
