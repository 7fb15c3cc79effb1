/**
 * The catalogue's categories, in the order `codes` lists them. A plain list, so the
 * command line can offer them without loading zod; the schema's enum is built from it.
 */
export const CODE_CATEGORIES = ['app-provisioning', 'cross-tenant', 'skip-reason', 'quarantine', 'connect-sync', 'http-status', 'graph', 'general'] as const;
