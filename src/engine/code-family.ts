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

/** The families' names, in the reader's language (the interface catalogue's walk.family). */
export interface FamilyNames {
  scim: string;
  graph: string;
  entra: string;
}
const ENGLISH: FamilyNames = { scim: 'a SCIM answer from the app', graph: 'a Microsoft Graph error', entra: 'an error on the Entra ID side' };

export function familyOf(code: string, names: FamilyNames = ENGLISH): CodeFamily | null {
  const key = normalizeCode(code);
  if (SCIM_PREFIXES.some((p) => key.startsWith(p) && key.length > p.length)) {
    return { name: names.scim, categories: ['app-provisioning', 'http-status', 'quarantine'] };
  }
  if (/^[A-Z][A-Za-z]+_[A-Z][A-Za-z]+$/.test(code.trim())) return { name: names.graph, categories: ['graph'] };
  if (key.startsWith(ENTRA_LITERAL) || key.startsWith('azuredirectory')) {
    return { name: names.entra, categories: ['cross-tenant', 'connect-sync'] };
  }
  return null;
}
