// Builds dist/: the content compiled to JSON, and the CLI bundled into a few files
// with no runtime dependencies (small download, fast start). The wizard (Ink, React)
// and the validator (yaml, zod) are separate chunks loaded only when used.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const cache = `${root}.build`;

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // CommonJS dependencies (yaml's node build, signal-exit) call require(): give ESM one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

rmSync(`${root}dist`, { recursive: true, force: true });
mkdirSync(`${root}dist`, { recursive: true });

await build({ ...common, entryPoints: [`${root}scripts/compile-content.ts`], outfile: `${cache}/compile-content.mjs` });
const { compileContent } = await import(`${cache}/compile-content.mjs?${Date.now()}`);
if (!compileContent(`${root}content`, `${root}dist/content.json`, `${root}schema`)) process.exit(1);

await build({ ...common, entryPoints: [`${root}scripts/write-output-schema.ts`], outfile: `${cache}/write-output-schema.mjs` });
const { writeOutputSchema } = await import(`${cache}/write-output-schema.mjs?${Date.now()}`);
writeOutputSchema(`${root}schema`);

await build({
  ...common,
  entryPoints: { cli: `${root}src/bin.ts` },
  outdir: `${root}dist`,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'none',
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  define: { 'process.env.NODE_ENV': '"production"', PACKAGE_VERSION: JSON.stringify(pkg.version) },
  alias: { 'react-devtools-core': `${root}scripts/react-devtools-stub.js` },
});
