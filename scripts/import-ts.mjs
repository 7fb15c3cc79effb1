// The scripts and benches run TypeScript from src/ without a compile step: each entry is bundled
// with esbuild into .build/ and imported from there.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** How TypeScript from src/ is bundled as an ES module for Node, here and for dist/esm (build.mjs). */
export const nodeEsm = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // CommonJS dependencies (yaml's node build, signal-exit) call require(): give ESM one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

/** Bundles `entry` (a path from the repository root) into .build/ and imports it; the bundle is removed once loaded. */
export async function importTs(entry) {
  // The process id keeps two runs at once (tests, a build and a bench) out of each other's file.
  const outfile = `${root}.build/${entry.replace(/[\\/]/g, '-').replace(/\.tsx?$/, '')}-${process.pid}.mjs`;
  await build({ ...nodeEsm, entryPoints: [`${root}${entry}`], outfile });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
