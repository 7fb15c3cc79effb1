import { fileURLToPath } from 'node:url';

/**
 * A file the build wrote beside the running code (dist/). The entry's bundle has its own
 * __dirname put here instead (scripts/build.mjs): making a path of a URL cost every start a
 * quarter of a millisecond.
 */
export function besideCode(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}
