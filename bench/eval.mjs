#!/usr/bin/env node
// Retrieval evaluation: recall@1, recall@3, MRR and the share of off-topic queries that find
// nothing, on test/eval/queries.yaml against content/. Usage: npm run eval [-- --verbose]
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}.build/eval.mjs`;
await build({
  entryPoints: [`${root}test/eval/run.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
process.chdir(root);
await import(`${outfile}?${Date.now()}`);
