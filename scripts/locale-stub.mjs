#!/usr/bin/env node
// Writes or updates content/locales/<da|nl>.yaml with every entry the translation lacks,
// so translators work on a complete file: `node scripts/locale-stub.mjs da [--content DIR]`.
// The logic is TypeScript (scripts/locale-stub.ts, on the content loader): bundle it, then run it.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}.build/locale-stub-${process.pid}.mjs`;
await build({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  entryPoints: [`${root}scripts/locale-stub.ts`],
  outfile,
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const { runLocaleStub } = await import(pathToFileURL(outfile).href);
const { rmSync } = await import('node:fs');
rmSync(outfile, { force: true });
process.exitCode = runLocaleStub(process.argv.slice(2), root, (line) => console.log(line), (line) => console.error(line));
