import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { successors } from '../src/content/check.js';
import { loadContentDir } from '../src/content/load.js';
import type { Content, ContentNode } from '../src/content/model.js';

const contentDir = fileURLToPath(new URL('../content', import.meta.url));
const treeDir = join(contentDir, 'tree');
const loaded = loadContentDir(contentDir);
const MAX_ANSWERS = 5;

/**
 * Every topic the tree must cover, the node(s) that cover it, and a word the node
 * must say, so that moving a node to another subject also fails its entry.
 */
const topics: Array<{ topic: string; nodes: string[]; says: RegExp }> = [
  { topic: 'setup: start from the app tutorial', nodes: ['setup-find-tutorial'], says: /provisioning tutorial/i },
  { topic: 'setup: app offers only Manual mode', nodes: ['setup-no-automatic-mode'], says: /Automatic/ },
  { topic: 'setup: admin credentials and Test Connection', nodes: ['setup-credentials', 'setup-test-connection-fails'], says: /Test Connection/ },
  { topic: 'setup: scope', nodes: ['setup-scope'], says: /Sync only assigned users and groups/ },
  { topic: 'setup: mappings', nodes: ['setup-mappings'], says: /Matching precedence/ },
  { topic: 'setup: start the job', nodes: ['setup-start-cycle'], says: /Provisioning Status to On/ },
  { topic: 'no users: scope setting', nodes: ['no-users-scope-setting'], says: /Sync all users and groups/ },
  { topic: 'no users: user or group not assigned', nodes: ['no-users-not-assigned', 'no-users-reassign'], says: /Add user\/group/ },
  { topic: 'no users: group assignment needs P1/P2', nodes: ['no-users-group-assignment'], says: /P1 or P2/ },
  { topic: 'no users: nested groups', nodes: ['no-users-nested-groups'], says: /inner group/i },
  { topic: 'no users: Default Access role', nodes: ['no-users-default-access'], says: /Default Access/ },
  { topic: 'no users: scoping filters', nodes: ['no-users-scoping-filter'], says: /Source Object Scope/ },
  { topic: 'no users: initial cycle and cycle length', nodes: ['no-users-initial-cycle'], says: /0\.01 × N and 0\.08 × N minutes/ },
  { topic: 'no users: next cycle after a new assignment', nodes: ['no-users-wait-for-cycle'], says: /40 minutes/ },
  { topic: 'no users: job is off', nodes: ['no-users-status-off'], says: /Provisioning Status/ },
  { topic: 'no users: quarantine', nodes: ['no-users-quarantine'], says: /Restart provisioning/ },
  { topic: 'no users: credentials failing', nodes: ['no-users-credentials'], says: /Admin Credentials/ },
  { topic: 'no users: disabled account', nodes: ['no-users-disabled-user'], says: /Account enabled/ },
  { topic: 'no users: matching attribute empty', nodes: ['no-users-matching-attribute-empty'], says: /ImportSkipped/ },
  { topic: 'no users: required attribute empty', nodes: ['no-users-required-attribute-empty'], says: /MandatoryFieldsMissing/ },
  { topic: 'no users: matched to an existing account', nodes: ['no-users-matched-existing'], says: /target ID/ },
  { topic: 'no users: provision on demand', nodes: ['no-users-on-demand'], says: /Provision on demand/ },
  { topic: 'no users: read the skip reason', nodes: ['no-users-read-skip-reason', 'no-users-skip-reason'], says: /skip reason/i },
  { topic: 'no users: restart after a scope change', nodes: ['no-users-restart-job'], says: /Restart provisioning/ },
  { topic: 'wrong users: scope on all users', nodes: ['wrong-users-scope-all'], says: /Sync only assigned users and groups/ },
  { topic: 'wrong users: assignment of a broad group', nodes: ['wrong-users-group-members'], says: /Users and groups/ },
  { topic: 'wrong users: scoping filters', nodes: ['wrong-users-scoping-filter'], says: /Source Object Scope/ },
  { topic: 'wrong users: matching attribute takes over an account', nodes: ['wrong-users-matching-takeover'], says: /Matching precedence/ },
  { topic: 'wrong users: unexpected disables and deletes', nodes: ['wrong-users-deprovisioned'], says: /SkipOutOfScopeDeletions/ },
  { topic: 'wrong users: removed users stay active', nodes: ['wrong-users-not-removed'], says: /Target Object Actions/ },
  { topic: 'attributes: on-premises attribute via Entra Connect', nodes: ['attributes-connect-sync-extension'], says: /Directory extension attribute sync/ },
  { topic: 'attributes: on-premises attribute via cloud sync', nodes: ['attributes-cloud-sync-extension'], says: /Cloud sync/ },
  { topic: 'attributes: cloud-only users', nodes: ['attributes-cloud-only-extension'], says: /extensionProperties/ },
  { topic: 'attributes: refresh and edit the source list', nodes: ['attributes-refresh-list'], says: /Reload/ },
  { topic: 'attributes: expression mappings', nodes: ['attributes-expression'], says: /Mapping type to Expression/ },
  { topic: 'attributes: advanced options / attribute list', nodes: ['attributes-edit-target-list'], says: /Show advanced options/ },
  { topic: 'attributes: value never arrives', nodes: ['attributes-value-not-sent'], says: /Apply this mapping/ },
  { topic: 'groups: source of authority on-premises', nodes: ['groups-soa-on-prem'], says: /source of authority/ },
  { topic: 'groups: remove licences before deleting', nodes: ['groups-delete-licences'], says: /Licenses/ },
  { topic: 'groups: sync on-premises groups with Entra Connect', nodes: ['groups-sync-on-prem'], says: /Domain and OU filtering/ },
  { topic: 'groups: sync errors', nodes: ['groups-sync-errors', 'groups-sync-errors-general'], says: /Synchronization Service Manager/ },
  { topic: 'groups: members missing in the app', nodes: ['groups-members-missing'], says: /could not be resolved/ },
  { topic: 'logs: where to find them', nodes: ['logs-where'], says: /Activity section/ },
  { topic: 'logs: roles', nodes: ['logs-roles'], says: /Reports Reader/ },
  { topic: 'logs: licence', nodes: ['logs-licence'], says: /P1 or P2/ },
  { topic: 'logs: columns and filters', nodes: ['logs-columns-filters', 'logs-filter-one-user'], says: /Columns/ },
  { topic: 'logs: detail tabs', nodes: ['logs-detail-tabs'], says: /Troubleshooting & Recommendations/ },
  { topic: 'logs: CSV download joined by change ID', nodes: ['logs-download-csv'], says: /ProvisioningLogs_ModifiedProperties/ },
  { topic: 'logs: JSON download', nodes: ['logs-download-json'], says: /JSON/ },
  { topic: 'logs: retention 30/7 days', nodes: ['logs-retention'], says: /30 days[\s\S]*7 days/ },
  { topic: 'logs: streaming to Azure Monitor', nodes: ['logs-azure-monitor'], says: /Diagnostic settings/ },
  { topic: 'logs: delays', nodes: ['logs-delays'], says: /24 hours/ },
  { topic: 'logs: role imports in the audit logs', nodes: ['logs-role-imports'], says: /Audit logs/ },
  { topic: 'hr inbound: provisioning agent and Test Connection', nodes: ['hr-inbound-agent'], says: /provisioning agent/ },
  { topic: 'hr inbound: terminations and their delay', nodes: ['hr-inbound-terminations'], says: /accountDisabled/ },
  { topic: 'hr inbound: scoping that survives leavers', nodes: ['hr-inbound-scoping'], says: /SkipOutOfScopeDeletions/ },
  { topic: 'hr inbound: manager reference', nodes: ['hr-inbound-manager'], says: /manager first/ },
  { topic: 'hr inbound: attributes not read or not updated', nodes: ['hr-inbound-attribute-updates'], says: /transaction log/ },
  { topic: 'hr inbound: empty values', nodes: ['hr-inbound-empty-values'], says: /IgnoreFlowIfNullOrEmpty/ },
  { topic: 'hr inbound: custom attributes and dates', nodes: ['hr-inbound-custom-attributes'], says: /Edit attribute list for Workday/ },
  { topic: 'hr inbound: writeback', nodes: ['hr-inbound-writeback'], says: /writeback/i },
  { topic: 'hr inbound: API-driven bulkUpload answers', nodes: ['hr-inbound-api-driven'], says: /SynchronizationData-User\.Upload/ },
  { topic: 'hr inbound: why routine full restarts hurt', nodes: ['hr-inbound-full-sync'], says: /full sync/ },
  { topic: 'hr inbound: SuccessFactors query and pre-hires', nodes: ['hr-inbound-successfactors'], says: /personIdExternal/ },
  { topic: 'hr inbound: support hand-off', nodes: ['hr-inbound-collect-for-support'], says: /Event Viewer/ },
  { topic: 'on-premises: support hand-off', nodes: ['on-prem-collect-for-support'], says: /Synchronization Service Manager/ },
  { topic: 'cross-tenant: pending invitations and deleted target users', nodes: ['cross-tenant-pending-invite', 'cross-tenant-deleted-target-user'], says: /PendingAcceptance/ },
  { topic: 'groups: source of authority conversion', nodes: ['groups-soa-convert'], says: /isCloudManaged/ },
  { topic: 'groups: converted group ignores AD changes', nodes: ['groups-soa-converted-ad-changes'], says: /6956/ },
  { topic: 'groups: mail-enabled groups', nodes: ['groups-mail-enabled'], says: /Exchange/ },
  { topic: 'groups: remove a group licence from one member', nodes: ['groups-licence-one-user'], says: /inherited from a group/ },
  { topic: 'groups: caution before removing a group licence', nodes: ['groups-delete-licences'], says: /every member/ },
  { topic: 'gallery: reach the app tutorial by name', nodes: ['gallery-find-tutorial'], says: /out of date|have changed/ },
  { topic: 'gallery: known limits of common apps', nodes: ['gallery-servicenow', 'gallery-salesforce', 'gallery-slack', 'gallery-aws-iam-identity-center', 'gallery-google-workspace', 'gallery-zoom', 'gallery-atlassian-cloud', 'gallery-dropbox', 'gallery-box', 'gallery-github-emu', 'gallery-zendesk', 'gallery-docusign', 'gallery-miro', 'gallery-smartsheet'], says: /InvalidLookupReference/ },
  { topic: 'on-premises: which product owns the problem', nodes: ['on-prem-which-product'], says: /cloud sync/ },
  { topic: 'on-premises: agent install, network and gMSA rights', nodes: ['on-prem-agent-install', 'on-prem-agent-network', 'on-prem-agent-permissions'], says: /provAgentgMSA/ },
  { topic: 'on-premises: group writeback', nodes: ['on-prem-group-writeback'], says: /Universal/ },
  { topic: 'attributes: cloud sync extension app prerequisite', nodes: ['attributes-cloud-sync-extension'], says: /CloudSyncCustomExtensionsApp/ },
  { topic: 'cross-tenant: skipped users, unsupported objects, Exchange attributes', nodes: ['cross-tenant-users-skipped', 'cross-tenant-unsupported', 'cross-tenant-exchange-attributes', 'cross-tenant-configure-in-source'], says: /source tenant/ },
  { topic: 'manager reference attribute', nodes: ['more-manager-reference'], says: /Restart provisioning/ },
  { topic: 'guest users (#EXT#)', nodes: ['more-guest-users'], says: /originalUserPrincipalName/ },
  { topic: 'roles that cannot see provisioning settings', nodes: ['more-roles-cannot-see'], says: /synchronization\/standard\/read/ },
  { topic: 'slow cycles', nodes: ['more-slow-cycles'], says: /0\.01 and 0\.08/ },
  { topic: 'I have an error code', nodes: ['have-error-code'], says: /error code/i },
  { topic: 'SCIM: Test Connection probe wants 200 with an empty list', nodes: ['scim-probe-response'], says: /200 OK with an empty ListResponse/ },
  { topic: 'SCIM: bearer token, long-lived secret, OAuth', nodes: ['scim-auth-token', 'scim-token-kind'], says: /bearer token[\s\S]*OAuth/ },
  { topic: 'SCIM: TLS 1.2 and the AzureActiveDirectory IP ranges', nodes: ['scim-tls-ip'], says: /TLS 1\.2[\s\S]*AzureActiveDirectory/ },
  { topic: 'SCIM: the app answered with an HTTP status', nodes: ['scim-http-status', 'scim-http-400', 'scim-http-403', 'scim-http-404', 'scim-http-409', 'scim-http-412', 'scim-http-429', 'scim-http-5xx'], says: /429[\s\S]*5xx/ },
  { topic: 'SCIM: app without a /Groups endpoint', nodes: ['scim-groups-unsupported'], says: /\/Groups/ },
  { topic: 'SCIM: PATCH shapes and the aadOptscim062020 flag', nodes: ['scim-patch-shape'], says: /aadOptscim062020/ },
  { topic: 'SCIM: old customappsso job to a scim job', nodes: ['scim-move-customappsso'], says: /templateId/ },
  { topic: 'SCIM: custom extension attribute with its URN', nodes: ['scim-custom-attribute'], says: /urn:ietf:params:scim:schemas:extension/ },
  { topic: 'SCIM: multi-valued attributes by type', nodes: ['scim-multi-valued'], says: /phoneNumbers\[type eq/ },
  { topic: 'matching: renamed users', nodes: ['matching-renamed-user'], says: /userName/ },
  { topic: 'matching: existing accounts not found', nodes: ['matching-existing-not-found'], says: /filter/ },
  { topic: 'matching: stored links outlive a mapping change', nodes: ['matching-links-survive'], says: /keep the app account/ },
  { topic: 'matching: delete one object connection, with a caution', nodes: ['matching-reset-one'], says: /objectConnections[\s\S]*caution|caution[\s\S]*objectConnections/ },
  { topic: 'matching: full reset through Graph, with a caution', nodes: ['matching-full-reset'], says: /resetScope[\s\S]*Full/ },
  { topic: 'matching: stale link after the app account was deleted (InvalidAnchor)', nodes: ['matching-stale-link'], says: /InvalidAnchor/ },
  { topic: 'deprovisioning: disable through IsSoftDeleted and active', nodes: ['deprovisioning-not-disabled'], says: /IsSoftDeleted/ },
  { topic: 'deprovisioning: delete only after a permanent delete', nodes: ['deprovisioning-disable-not-delete'], says: /30 days/ },
  { topic: 'deprovisioning: users the job no longer manages', nodes: ['deprovisioning-no-delete-request'], says: /no longer managed/ },
  { topic: 'deprovisioning: re-assignment re-enables', nodes: ['deprovisioning-reassign'], says: /active true/ },
  { topic: 'deprovisioning: accidental-deletion prevention and its threshold', nodes: ['deprovisioning-deletion-threshold'], says: /Prevent accidental deletions/ },
  { topic: 'deprovisioning: SkipOutOfScopeDeletions through Graph', nodes: ['deprovisioning-skip-out-of-scope'], says: /synchronization\/secrets/ },
  { topic: 'quarantine: its own first-level topic', nodes: ['quarantine-start'], says: /quarantine/ },
  { topic: 'quarantine: credentials', nodes: ['quarantine-credentials'], says: /EncounteredQuarantineException|credentials/ },
  { topic: 'quarantine: duplicate app roles', nodes: ['quarantine-duplicate-roles'], says: /appRoles/ },
  { topic: 'quarantine: escrow threshold', nodes: ['quarantine-escrow'], says: /40 percent/ },
  { topic: 'quarantine: accidental-deletion threshold', nodes: ['quarantine-accidental-deletions'], says: /Allow deletes/ },
  { topic: 'quarantine: retry timeline and targeted restarts', nodes: ['quarantine-restart-options'], says: /28 days[\s\S]*QuarantineState/ },
  { topic: 'not covered: honest hand-off per product', nodes: ['not-covered-start', 'not-covered-app-provisioning', 'not-covered-hr-inbound', 'not-covered-connect-sync', 'not-covered-provisioning-agent'], says: /Change ID/ },
];

function content(): Content {
  if (!loaded.content) throw new Error('content did not load');
  return loaded.content;
}

/** Fewest answers (options, next, ifNotHelped) from the start to each node. */
function answersFromStart(c: Content): Map<string, number> {
  const depth = new Map<string, number>([[c.start, 0]]);
  const queue = [c.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = c.nodes[id];
    if (!node) continue;
    for (const next of successors(node)) {
      if (depth.has(next)) continue;
      depth.set(next, depth.get(id)! + 1);
      queue.push(next);
    }
  }
  return depth;
}

const treeNodes = (c: Content): ContentNode[] => Object.values(c.nodes).filter((n) => n.kind !== 'code');

describe('troubleshooting tree', () => {
  it('loads without a single diagnostic', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.content).not.toBeNull();
  });

  it('starts at "start" and hands error codes to the "have-error-code" lookup', () => {
    const c = content();
    expect(c.start).toBe('start');
    expect(c.nodes['start']?.kind).toBe('question');
    expect(c.nodes['have-error-code']?.kind).toBe('code-lookup');
  });

  it.each(topics)('covers "$topic" within 5 answers of the start', ({ nodes, says }) => {
    const c = content();
    const depth = answersFromStart(c);
    for (const id of nodes) {
      const node = c.nodes[id];
      expect(node, `node "${id}"`).toBeDefined();
      expect(depth.get(id), `answers from start to "${id}"`).toBeLessThanOrEqual(MAX_ANSWERS);
    }
    const text = nodes.map((id) => JSON.stringify(c.nodes[id])).join('\n');
    expect(text).toMatch(says);
  });

  it('gives every remedy steps and links that resolve', () => {
    const c = content();
    const remedies = treeNodes(c).filter((n) => n.kind === 'remedy');
    expect(remedies.length).toBeGreaterThan(40);
    for (const remedy of remedies) {
      if (remedy.kind !== 'remedy') continue;
      expect(remedy.steps.length, remedy.id).toBeGreaterThan(0);
      expect(remedy.links.length, remedy.id).toBeGreaterThan(0);
      for (const link of remedy.links) expect(c.links[link], `${remedy.id} -> ${link}`).toBeDefined();
    }
  });

  it('never dead-ends: every remedy but the not-covered hand-offs chains on, and every leaf is a remedy', () => {
    const c = content();
    const finalRemedies = treeNodes(c)
      .filter((n) => n.kind === 'remedy' && !n.ifNotHelped)
      .map((n) => n.id)
      .sort();
    expect(finalRemedies).toEqual(['not-covered-app-provisioning', 'not-covered-connect-sync', 'not-covered-hr-inbound', 'not-covered-provisioning-agent']);
    const leaves = treeNodes(c).filter((n) => successors(n).length === 0);
    for (const leaf of leaves) expect(['remedy', 'code-lookup'], leaf.id).toContain(leaf.kind);
  });

  it('links only to allowed hosts and never to docs.microsoft.com', () => {
    const c = content();
    const allowed = new Set(c.allowedHosts.map((h) => h.host));
    for (const link of Object.values(c.links)) {
      const host = new URL(link.url).host;
      expect(host, link.id).not.toBe('docs.microsoft.com');
      expect(allowed.has(host), `${link.id}: ${host}`).toBe(true);
    }
    for (const file of treeFiles()) expect(readFileSync(file, 'utf8'), file).not.toMatch(/docs\.microsoft\.com/);
  });

  it('uses current product names, not Azure AD', () => {
    for (const file of treeFiles()) expect(readFileSync(file, 'utf8'), file).not.toMatch(/Azure AD|Azure Active Directory|AAD Connect/);
  });

  it('opens every tree file with the $schema comment', () => {
    const files = treeFiles();
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const first = readFileSync(file, 'utf8').split('\n')[0];
      const schema = file.includes(`${join('content', 'tree')}`) ? '../../schema/content.schema.json' : '../schema/content.schema.json';
      expect(first, file).toBe(`# yaml-language-server: $schema=${schema}`);
    }
  });
});

function treeFiles(): string[] {
  const tree = readdirSync(treeDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(treeDir, name));
  return [...tree, join(contentDir, 'links-tree.yaml')];
}
