// node scripts/snapshot-headings.mjs <docs-checkout-dir> [more dirs] [--content dir] [--out dir] [--read YYYY-MM-DD]
// Regenerates docs-snapshot/ from local checkouts of the docs' source (entra-docs, azure-docs,
// microsoft-graph-docs-contrib, ...), so the validator can check anchors without the network.
// The work is in snapshot-headings.ts, which shares the heading rules with the validator; it is
// bundled first, as the build does with the content compiler.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}.build/snapshot-headings.mjs`;

await build({
  entryPoints: [`${root}scripts/snapshot-headings.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const { main } = await import(`${outfile}?${Date.now()}`);
process.exitCode = main(process.argv.slice(2));
