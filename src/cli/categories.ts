import type { CodeCategory } from '../content/schema.js';

/**
 * The catalogue's categories, for `codes --category`. A copy of the zod enum so the
 * command does not load zod at run time; a test keeps the two lists equal.
 */
export const CODE_CATEGORIES = [
  'app-provisioning',
  'cross-tenant',
  'skip-reason',
  'quarantine',
  'connect-sync',
  'general',
] as const satisfies readonly CodeCategory[];
