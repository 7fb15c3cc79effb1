import type { CODE_CATEGORIES } from '../content/categories.js';
import { normalizeCode, SCIM_PREFIXES, ENTRA_LITERAL } from './code-key.js';

/**
 * Where an unknown code comes from, read from its shape, so its suggestions can come from the
 * same family: a SCIM answer from the app, an error on the Entra side, a Microsoft Graph error.
 */
export interface CodeFamily {
  name: string;
  categories: ReadonlyArray<(typeof CODE_CATEGORIES)[number]>;
}

export function familyOf(code: string): CodeFamily | null {
  const key = normalizeCode(code);
  if (SCIM_PREFIXES.some((p) => key.startsWith(p) && key.length > p.length)) {
    return { name: 'a SCIM answer from the app', categories: ['app-provisioning', 'http-status', 'quarantine'] };
  }
  if (/^[A-Z][A-Za-z]+_[A-Z][A-Za-z]+$/.test(code.trim())) return { name: 'a Microsoft Graph error', categories: ['graph'] };
  if (key.startsWith(ENTRA_LITERAL) || key.startsWith('azuredirectory')) {
    return { name: 'an error on the Entra ID side', categories: ['cross-tenant', 'connect-sync'] };
  }
  return null;
}
