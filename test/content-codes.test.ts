import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../src/content/load.js';
import { codeNodes, type Content } from '../src/content/model.js';
import { CodeIndex, normalizeCode } from '../src/engine/lookup.js';

/**
 * Every code string of the reference list (shared/reference/error-codes.md), as logs
 * and docs print it. The seed's older table (24 strings) is a subset of MAIN.
 * Step names such as EntryImport or EntryExportUpdate are not codes and are left out.
 */
const MAIN = [
  'Conflict', 'EntryConflict', 'TooManyRequests', 'InternalServerError',
  'InsufficientRights', 'MethodNotAllowed', 'NotPermitted', 'Unauthorized',
  'UnprocessableEntity', 'WebExceptionProtocolError', 'InvalidAnchor', 'NotImplemented',
  'MandatoryFieldsMissing', 'MissingValues', 'SchemaAttributeNotFound', 'InternalError',
  'InvalidDomain', 'Timeout', 'LicenseLimitExceeded', 'DuplicateTargetEntries',
  'DuplicateSourceEntries', 'ImportSkipped', 'EntrySynchronizationSkipped',
  'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse',
  'SystemForCrossDomainIdentityManagementServiceIncompatible', 'SchemaPropertyCanOnlyAcceptValue',
];
const CROSS_TENANT = [
  'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
  'Microsoft Entra ID CannotUpdateObjectsOriginatedInExternalService',
  'AzureDirectoryB2BManagementPolicyCheckFailure',
  'AzureActiveDirectoryQuotaLimitExceeded', 'Microsoft Entra ID QuotaLimitExceeded',
  'InvitationCreationFailure', 'InvitationCreationFailureUserAccountDisabled',
  'AzureActiveDirectoryForbidden', 'Microsoft Entra ID Forbidden',
  'InvitationCreationFailureInvalidPropertyValue', 'InvitationCreationFailureAmbiguousUser',
  'AzureActiveDirectoryCannotUpdateObjectsMasteredOnPremises',
  'Microsoft Entra ID CannotUpdateObjectsMasteredOnPremises',
  'EntityTypeNotSupported',
  // Dropped from the newer table, still found in older logs.
  'AzureActiveDirectoryInsufficientRights',
];
const SKIP_REASONS = [
  'NotEffectivelyEntitled', 'IsActive', 'IsInProvisioningScope', 'Assigned to the application',
  'RedundantExport', 'UnableToResolveReferenceAttributeValue',
];
const QUARANTINE = ['EncounteredQuarantineException', 'EncounteredEscrowProportionThreshold', 'QuarantineOnDemand'];
const CONNECT_SYNC = [
  'InvalidHardMatch', 'InvalidSoftMatch', 'ObjectTypeMismatch', 'AttributeValueMustBeUnique',
  'IdentityDataValidationFailed', 'LargeObject', 'ExceededAllowedLength',
  'Existing Admin Role Conflict', 'Error Type 114', 'sourceAnchor attribute has changed',
];

function load(): Content {
  const result = loadContentDir('content');
  expect(result.diagnostics).toEqual([]);
  expect(result.content).not.toBeNull();
  return result.content!;
}

describe('error-code catalogue', () => {
  const content = load();
  const index = new CodeIndex(content);
  const codes = codeNodes(content);

  it.each([
    ['main table', MAIN, 26],
    ['cross-tenant table', CROSS_TENANT, 15],
    ['skip reasons', SKIP_REASONS, 6],
    ['quarantine reasons', QUARANTINE, 3],
    ['Entra Connect sync errors', CONNECT_SYNC, 10],
  ])('resolves every code of the %s to an entry that lists it', (_name, list, count) => {
    expect(list).toHaveLength(count);
    for (const code of list) {
      const { match } = index.lookup(code);
      expect(match, code).not.toBeNull();
      expect([match!.entry.code, ...match!.entry.aliases], code).toContain(code);
      expect(['code', 'alias'], code).toContain(match!.matchedAs);
    }
  });

  it('groups aliases as the docs group them', () => {
    const group = (code: string) => {
      const entry = codes.find((c) => c.code === code)!;
      return [entry.code, ...entry.aliases];
    };
    expect(group('Conflict')).toEqual(['Conflict', 'EntryConflict']);
    expect(group('InsufficientRights')).toEqual(['InsufficientRights', 'MethodNotAllowed', 'NotPermitted', 'Unauthorized']);
    expect(group('MandatoryFieldsMissing')).toEqual(['MandatoryFieldsMissing', 'MissingValues']);
    expect(group('LargeObject')).toEqual(['LargeObject', 'ExceededAllowedLength']);
  });

  it('says 40 minutes exactly where the table does, and no interval for TooManyRequests', () => {
    const after = (code: string) => codes.find((c) => c.code === code)!.retry;
    for (const code of ['InternalServerError', 'WebExceptionProtocolError', 'InternalError', 'Timeout']) {
      expect(after(code), code).toMatchObject({ automatic: true, after: '40 minutes', adminMustAct: false });
    }
    expect(after('TooManyRequests')).toMatchObject({ automatic: true, adminMustAct: false });
    expect(after('TooManyRequests').after).toBeUndefined();
    expect(after('Conflict')).toMatchObject({ automatic: false, adminMustAct: true });
    for (const entry of codes) if (entry.retry.after) expect(entry.retry.automatic, entry.code).toBe(true);
  });

  it('gives every entry steps and at least one known link on an allowed host', () => {
    const hosts = new Set(content.allowedHosts.map((h) => h.host));
    for (const entry of codes) {
      expect(entry.steps.length, entry.id).toBeGreaterThan(0);
      expect(entry.links.length, entry.id).toBeGreaterThan(0);
      for (const id of entry.links) {
        const link = content.links[id];
        expect(link, `${entry.id} -> ${id}`).toBeDefined();
        const host = new URL(link!.url).host;
        expect(host).not.toBe('docs.microsoft.com');
        expect(hosts.has(host), `${id}: ${host}`).toBe(true);
      }
    }
  });

  it('never lets one spelling point at two entries', () => {
    const owner = new Map<string, string>();
    for (const entry of codes) {
      for (const text of [entry.code, ...entry.aliases]) {
        const key = normalizeCode(text);
        const first = owner.get(key);
        if (first) expect(first, `"${text}" is also in ${first}`).toBe(entry.id);
        owner.set(key, entry.id);
      }
    }
  });

  it('keeps the general advice for unknown codes as the fallback', () => {
    const general = content.nodes['unknown-error-code'];
    expect(general).toMatchObject({ kind: 'code', category: 'general' });
    expect(index.fallback?.id).toBe('unknown-error-code');
    const steps = index.fallback!.steps.join(' ');
    expect(steps).toMatch(/reason/i);
    expect(steps).toMatch(/Steps tab/);
    expect(steps).toMatch(/change ID/);
  });

  it('writes the portal path with the current names', () => {
    for (const entry of codes) {
      const text = [entry.title, entry.meaning, ...entry.steps].join(' ');
      expect(text, entry.id).not.toMatch(/Azure AD|Azure Active Directory|docs\.microsoft\.com/);
    }
  });
});
