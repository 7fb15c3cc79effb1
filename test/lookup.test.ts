import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../src/content/load.js';
import type { CodeNode, Content } from '../src/content/model.js';
import { codeKey, normalizeCode } from '../src/engine/code-key.js';
import { CodeIndex, type MatchedAs } from '../src/engine/lookup.js';

const content = loadContentDir('content').content!;
const index = new CodeIndex(content);

interface Row {
  input: string;
  id: string;
  as: MatchedAs;
  matched: string;
  note?: RegExp;
}

describe('CodeIndex.lookup on the catalogue', () => {
  it.each<Row>([
    // exact, any case, separators ignored
    { input: 'InvalidAnchor', id: 'invalid-anchor', as: 'code', matched: 'InvalidAnchor' },
    { input: 'invalidanchor', id: 'invalid-anchor', as: 'code', matched: 'InvalidAnchor' },
    { input: '  TIMEOUT ', id: 'timeout', as: 'code', matched: 'Timeout' },
    { input: 'invalid_anchor', id: 'invalid-anchor', as: 'code', matched: 'InvalidAnchor' },
    // aliases
    { input: 'EntryConflict', id: 'conflict', as: 'alias', matched: 'EntryConflict' },
    { input: 'unauthorized', id: 'insufficient-rights', as: 'alias', matched: 'Unauthorized' },
    { input: 'MissingValues', id: 'mandatory-fields-missing', as: 'alias', matched: 'MissingValues' },
    { input: 'Existing Admin Role Conflict', id: 'existing-admin-role-conflict', as: 'alias', matched: 'Existing Admin Role Conflict' },
    // the printed "Microsoft Entra ID" form of the literal AzureActiveDirectory prefix
    { input: 'Microsoft Entra ID Forbidden', id: 'cross-tenant-forbidden', as: 'alias', matched: 'Microsoft Entra ID Forbidden', note: /logs carry "AzureActiveDirectoryForbidden"/ },
    { input: 'Entra ID QuotaLimitExceeded', id: 'quota-limit-exceeded', as: 'code', matched: 'AzureActiveDirectoryQuotaLimitExceeded', note: /Microsoft Entra ID/ },
    { input: 'Microsoft Entra ID InsufficientRights', id: 'cross-tenant-insufficient-rights', as: 'alias', matched: 'Microsoft Entra ID InsufficientRights' },
    { input: 'AzureActiveDirectoryInsufficientRights', id: 'cross-tenant-insufficient-rights', as: 'code', matched: 'AzureActiveDirectoryInsufficientRights' },
    // app-prefixed: the longest code at the end wins (EntryConflict, not Conflict)
    { input: 'SalesforceEntryConflict', id: 'conflict', as: 'variant', matched: 'EntryConflict', note: /ignored the prefix "Salesforce"/ },
    { input: 'Workday EntryConflict', id: 'conflict', as: 'variant', matched: 'EntryConflict', note: /ignored the prefix "Workday"/ },
    { input: 'GoogleAppsInsufficientRights', id: 'insufficient-rights', as: 'variant', matched: 'InsufficientRights', note: /"GoogleApps"/ },
    { input: 'Microsoft Entra ID Conflict', id: 'conflict', as: 'variant', matched: 'Conflict', note: /ignored the prefix "Microsoft Entra ID"/ },
    // SCIM-prefixed, long and short
    { input: 'ScimEntryConflict', id: 'conflict', as: 'variant', matched: 'EntryConflict', note: /ignored the SCIM prefix "Scim"/ },
    { input: 'SystemForCrossDomainIdentityManagementInvalidAnchor', id: 'invalid-anchor', as: 'variant', matched: 'InvalidAnchor', note: /SCIM prefix/ },
    { input: 'scim_duplicate_target_entries', id: 'duplicate-target-entries', as: 'variant', matched: 'DuplicateTargetEntries' },
    { input: 'ScimMultipleEntriesInResponse', id: 'scim-multiple-entries-in-response', as: 'variant', matched: 'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse', note: /"Scim" stands for/ },
    { input: 'ServiceIncompatible', id: 'scim-service-incompatible', as: 'variant', matched: 'SystemForCrossDomainIdentityManagementServiceIncompatible', note: /starts with the SCIM prefix/ },
    // a suffix, or the middle of a longer code that only one entry has
    { input: 'InvitationCreationFailureGuestLimit', id: 'invitation-creation-failure', as: 'variant', matched: 'InvitationCreationFailure', note: /ignored the suffix "GuestLimit"/ },
    { input: 'InternalErrors', id: 'internal-error', as: 'variant', matched: 'InternalError' },
    { input: 'AdminRoleConflict', id: 'existing-admin-role-conflict', as: 'variant', matched: 'ExistingAdminRoleConflict', note: /contains what you typed/ },
    // a whole pasted reason line
    {
      input: "Failed to create User 'ada@contoso.com' in Salesforce; Error code: SalesforceDuplicateTargetEntries. Reason: more than one match",
      id: 'duplicate-target-entries', as: 'in-text', matched: 'DuplicateTargetEntries', note: /found "SalesforceDuplicateTargetEntries" in the text/,
    },
    { input: 'The request timed out. ErrorCode: TooManyRequests, retry later', id: 'too-many-requests', as: 'in-text', matched: 'TooManyRequests' },
    { input: 'A timeout happened before InvalidAnchor was reported', id: 'invalid-anchor', as: 'in-text', matched: 'InvalidAnchor' },
    { input: 'SkipReason: NotEffectivelyEntitled', id: 'not-effectively-entitled', as: 'alias', matched: 'SkipReason: NotEffectivelyEntitled' },
    { input: 'Skipped because IsActive: False and no role', id: 'user-not-active', as: 'in-text', matched: 'IsActive' },
    { input: 'User is not assigned to the application', id: 'not-in-provisioning-scope', as: 'in-text', matched: 'Assigned to the application' },
    { input: 'This synchronization operation, Delete, is not valid (Error Type 114)', id: 'error-type-114', as: 'in-text', matched: 'Error Type 114' },
    { input: 'Test Connection failed: Microsoft Entra ID Forbidden for this tenant', id: 'cross-tenant-forbidden', as: 'in-text', matched: 'AzureActiveDirectoryForbidden' },
    // an HTTP status says more than the generic code beside it: a clash is not a broken connection
    {
      input: 'WebExceptionProtocolError. StatusCode: Conflict. Message: The user already exists',
      id: 'http-409-conflict', as: 'in-text', matched: 'HTTP 409', note: /found the HTTP status 409 \("StatusCode: Conflict"\) in the text; it says more than "WebExceptionProtocolError"/,
    },
    { input: 'Response Status Code: Unauthorized. While attempting to validate', id: 'http-401-unauthorized', as: 'in-text', matched: 'HTTP 401' },
    { input: 'The remote server returned an error: (502) Bad Gateway', id: 'http-502-bad-gateway', as: 'in-text', matched: 'HTTP 502' },
    { input: 'The request timed out. ErrorCode: TooManyRequests, StatusCode: 503', id: 'too-many-requests', as: 'in-text', matched: 'TooManyRequests' },
    // statuses and Graph codes
    { input: '409', id: 'http-409-conflict', as: 'alias', matched: '409' },
    { input: 'HTTP 429', id: 'http-429-too-many-requests', as: 'code', matched: 'HTTP 429' },
    { input: 'authorization_requestdenied', id: 'graph-authorization-request-denied', as: 'code', matched: 'Authorization_RequestDenied' },
    { input: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure', id: 'scim-credential-validation-failure', as: 'code', matched: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure' },
    { input: 'ScimCredentialValidationUnavailable', id: 'credential-validation-unavailable', as: 'variant', matched: 'CredentialValidationUnavailable', note: /ignored the SCIM prefix "Scim"/ },
  ])('$input -> $id ($as)', ({ input, id, as, matched, note }) => {
    const { match, suggestions } = index.lookup(input);
    expect(match?.entry.id).toBe(id);
    expect(match?.matchedAs).toBe(as);
    expect(match?.matched).toBe(matched);
    if (note) expect(match?.note).toMatch(note);
    if (as === 'variant' || as === 'in-text') expect(match?.note).toBeTruthy();
    expect(suggestions).toEqual([]);
  });

  it.each([
    // a word inside a longer word is not an app prefix
    { input: 'Reconflict', suggests: 'Conflict' },
    // typos
    { input: 'EntryConflct', suggests: 'Conflict' },
    { input: 'InvalidAnchr', suggests: 'InvalidAnchor' },
    { input: 'ImportSkiped', suggests: 'ImportSkipped' },
    // ties: part of several codes is a question, not an answer
    { input: 'Quarantine', suggests: 'EncounteredQuarantineException' },
    { input: 'Quarantine', suggests: 'QuarantineOnDemand' },
    { input: 'CreationFailure', suggests: 'InvitationCreationFailure' },
    { input: 'Skipped', suggests: 'ImportSkipped' },
  ])('$input is not guessed; suggests $suggests', ({ input, suggests }) => {
    const result = index.lookup(input);
    expect(result.match).toBeNull();
    expect(result.suggestions.map((s) => s.code)).toContain(suggests);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    expect(result.fallback?.id).toBe('unknown-error-code');
  });

  it('falls back to the general advice for an unknown code, never to nothing', () => {
    for (const input of ['ZzqxNothingLikeIt', '', '   ', '42', 'Unknownish']) {
      const result = index.lookup(input);
      expect(result.match, input).toBeNull();
      expect(result.fallback?.category).toBe('general');
      expect(result.suggestions.every((s) => s.category !== 'general')).toBe(true);
    }
  });

  it('does not echo terminal control sequences from log text', () => {
    const result = index.lookup('\u001b[31mSalesforce\u001b]0;title\u0007EntryConflict\u001b[0m');
    expect(result.match?.entry.id).toBe('conflict');
    expect(result.input).not.toMatch(/\u001b|\u0007/);
    expect(result.match?.note).not.toMatch(/\u001b|\u0007/);
  });
});

describe('CodeIndex on a small catalogue', () => {
  const entry = (id: string, code: string, aliases: string[] = [], category: CodeNode['category'] = 'app-provisioning') => ({
    id,
    kind: 'code' as const,
    code,
    aliases,
    category,
    title: code,
    meaning: code,
    retry: { automatic: false, adminMustAct: true },
    steps: ['Do it.'],
    links: ['doc'],
  });
  const small: Content = {
    start: 'x',
    allowedHosts: [],
    links: {},
    nodes: {
      sample: entry('sample', 'Sample'),
      other: entry('other', 'OtherThing', ['sample']),
      alpha: entry('alpha', 'AlphaBetaFailure'),
      gamma: entry('gamma', 'GammaBetaFailure'),
      general: entry('general', 'Unknown', [], 'general'),
    },
  };
  const smallIndex = new CodeIndex(small);

  it('prefers a code over another entry\'s alias with the same spelling', () => {
    expect(smallIndex.lookup('SAMPLE').match).toMatchObject({ matchedAs: 'code', matched: 'Sample' });
  });

  it('turns a tie between two entries into suggestions', () => {
    const result = smallIndex.lookup('BetaFailure');
    expect(result.match).toBeNull();
    expect(result.suggestions.map((s) => s.id).sort()).toEqual(['alpha', 'gamma']);
  });

  it('lets the general entry answer only to its own code', () => {
    expect(smallIndex.lookup('Unknown').match?.entry.id).toBe('general');
    expect(smallIndex.lookup('UnknownFutureValue').match).toBeNull();
    expect(smallIndex.lookup('AppUnknown').match).toBeNull();
  });
});

describe('normalizeCode', () => {
  it.each([
    'EntryConflict',
    'entry_conflict',
    'Microsoft Entra ID Cannot Update',
    'MicrosoftEntraIDCannotUpdate',
    'CentraIdea',
    'İstanbul',
    'Kelvin\u212A',
    'Zoë-Ærø 42',
    '  Error code: SalesforceDuplicateTargetEntries.  ',
  ])('gives the key codeKey gives for %j', (text) => {
    expect(normalizeCode(text)).toBe(codeKey(text).key);
  });
});
