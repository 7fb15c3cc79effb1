// node scripts/snapshot-headings.mjs <docs-checkout-dir> [more dirs] [--content dir] [--out dir] [--read YYYY-MM-DD]
// Regenerates docs-snapshot/ from local checkouts of the docs' source (entra-docs, azure-docs,
// microsoft-graph-docs-contrib, ...), so the validator can check anchors without the network.
// The work is in snapshot-headings.ts, which shares the heading rules with the validator; it is
// bundled first, as the build does with the content compiler.
import { importTs } from './import-ts.mjs';

const { main } = await importTs('scripts/snapshot-headings.ts');
process.exitCode = main(process.argv.slice(2));
