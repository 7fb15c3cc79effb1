#!/usr/bin/env node
// Writes or updates content/locales/<da|nl>.yaml with every entry the translation lacks,
// so translators work on a complete file: `node scripts/locale-stub.mjs da [--content DIR]`.
// The logic is TypeScript (scripts/locale-stub.ts, on the content loader): bundle it, then run it.
import { importTs, root } from './import-ts.mjs';

const { runLocaleStub } = await importTs('scripts/locale-stub.ts');
process.exitCode = runLocaleStub(process.argv.slice(2), root, (line) => console.log(line), (line) => console.error(line));
