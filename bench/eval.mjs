#!/usr/bin/env node
// Retrieval evaluation: recall@1, recall@3, MRR and the share of off-topic queries that find
// nothing, on test/eval/queries.yaml against content/. Usage: npm run eval [-- --verbose]
import { importTs, root } from '../scripts/import-ts.mjs';

process.chdir(root);
await importTs('test/eval/run.ts');
