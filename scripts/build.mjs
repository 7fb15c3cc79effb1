// Builds dist/: the content compiled to JSON, and the CLI bundled into a few files
// with no runtime dependencies (small download, fast start). The wizard (Ink, React)
// and the validator (yaml, zod) are separate files loaded only when used.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildWizard, LOADER_KEY, wizardThroughLauncher } from './build-wizard.mjs';
import { importTs, nodeEsm, root } from './import-ts.mjs';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
rmSync(`${root}dist`, { recursive: true, force: true });
mkdirSync(`${root}dist`, { recursive: true });

const { compileContent } = await importTs('scripts/compile-content.ts');
if (!compileContent(`${root}content`, `${root}dist/content.json`, `${root}schema`)) process.exit(1);

// The search indexes are built once here, one per language, so `search` starts without indexing the content.
const { writeSearchIndexes } = await importTs('scripts/prebuild-search.ts');
writeSearchIndexes(`${root}dist`);

const { writeOutputSchema } = await importTs('scripts/write-output-schema.ts');
writeOutputSchema(`${root}schema`);

// Start-up is most of what `--version` and `explain` cost, so the entry is CommonJS:
// Node starts a CommonJS file without its ES module loader (about a quarter of
// `node -e 0`). The entry holds the argument parser and the light commands. The heavy
// modes load on demand as ES modules: the log analyser, the validator, --content's YAML
// loader and the dialogue, each importing only what it uses from shared chunks. The wizard
// and the search are CommonJS files of their own, started with the entry's code cache.
const heavy = {
  analyze: 'src/cli/analyze.ts',
  // Network code and the sign-in library load only for `check`.
  check: 'src/cli/check.ts',
  validate: 'src/cli/validate.ts',
  'content-dir': 'src/cli/content-dir.ts',
  'run-plain': 'src/cli/run-plain.ts',
};
const define = { 'process.env.NODE_ENV': '"production"', PACKAGE_VERSION: JSON.stringify(pkg.version) };

await build({
  ...nodeEsm,
  entryPoints: Object.fromEntries(Object.entries(heavy).map(([name, path]) => [name, `${root}${path}`])),
  outdir: `${root}dist/esm`,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'none',
  define,
  plugins: [wizardThroughLauncher(root, 'esm')],
});

// The CommonJS files beside the entry (main.cjs, search.cjs, wizard.cjs), minified.
const commonJs = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', minify: true, legalComments: 'none' };

await buildWizard(root, { ...commonJs, define });

// In the entry, an import of a heavy module becomes an import() of its ES module above.
const heavyAsExternal = {
  name: 'heavy-as-external',
  setup(b) {
    const byPath = new Map(Object.entries(heavy).map(([name, path]) => [resolve(root, path).replace(/\.tsx?$/, ''), name]));
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const name = byPath.get(resolve(args.resolveDir, args.path).replace(/\.js$/, ''));
      return name ? { path: `./esm/${name}.mjs`, external: true } : undefined;
    });
  },
};

// `search` (and `explain` of an unknown code) load the search module as CommonJS, beside the
// entry: no ES module loader to start. src/cli/load-search.ts becomes a require() of it.
await build({ ...commonJs, entryPoints: [`${root}src/cli/search.ts`], outfile: `${root}dist/search.cjs` });
/** A plugin that bundles `contents` (CommonJS) in place of every module whose import matches `filter`. */
function replaceModule(name, filter, contents) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: resolve(args.resolveDir, args.path), namespace: name }));
      b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
    },
  };
}
const searchAsRequire = replaceModule('search-as-require', /load-search\.js$/, "exports.loadSearch = async () => __load.runCached('search.cjs', module);");

// In the entry, a file beside the code is found from its own __dirname: no URL to make a path of.
const besideCodeFromDirname = replaceModule('beside-code-from-dirname', /beside-code\.js$/, "exports.besideCode = (file) => require('node:path').join(__dirname, file);");

// commander requires child_process at load time only to run git-style executable
// subcommands, which this CLI has none of: it is loaded on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require(${JSON.stringify(args.path)})[key] });`,
      loader: 'js',
    }));
  },
};

const entry = await build({
  ...commonJs,
  entryPoints: [`${root}src/bin.ts`],
  outfile: `${root}dist/main.cjs`,
  plugins: [heavyAsExternal, lazyChildProcess, searchAsRequire, besideCodeFromDirname, wizardThroughLauncher(root, 'cjs')],
  // `__launcher` is what dist/cli.cjs hands the code it compiles with its cache (scripts/launcher.cjs);
  // required by Node itself (Node 22 and later), the file loads the same way without it.
  banner: {
    js: [
      "const __load = typeof __launcher === 'object' ? __launcher : { import: (specifier) => import(specifier), runCached: (file) => require(require('node:path').join(__dirname, file)) };",
      `globalThis[Symbol.for(${JSON.stringify(LOADER_KEY)})] = __load;`,
    ].join('\n'),
  },
  define,
});
// The entry's code finds its files through beside-code.ts: an import.meta left in it would be empty.
if (entry.warnings.some((warning) => warning.id === 'empty-import-meta')) {
  console.error('dist/main.cjs: a module uses import.meta, which a CommonJS entry does not have (use src/cli/beside-code.ts): build stopped');
  process.exit(1);
}

// Each heavy mode is an import() of its ES module, made through `__load`: code compiled from the
// cache on Node 20 cannot call import() itself.
const mainFile = `${root}dist/main.cjs`;
const main = readFileSync(mainFile, 'utf8');
const heavyImport = /\bimport\("\.\/esm\//g;
if ((main.match(heavyImport) ?? []).length !== Object.keys(heavy).length) {
  console.error(`dist/main.cjs: expected one import() per heavy module (${Object.keys(heavy).length}), found ${(main.match(heavyImport) ?? []).length}: build stopped`);
  process.exit(1);
}
writeFileSync(mainFile, main.replace(heavyImport, '__load.import("./esm/'));

// Code the launcher compiles cannot call import() on Node 20: only main.cjs may, through `__load`.
for (const file of ['search.cjs', 'wizard.cjs']) {
  if (/(?<![\w$.])import\(/.test(readFileSync(`${root}dist/${file}`, 'utf8'))) {
    console.error(`dist/${file} calls import(), which fails in code compiled with the launcher's cache: build stopped`);
    process.exit(1);
  }
}

// The entry: a launcher that runs main.cjs with V8's code cache, keyed by what it runs.
const buildId = createHash('sha256');
for (const file of ['main.cjs', 'search.cjs', 'wizard.cjs']) buildId.update(readFileSync(`${root}dist/${file}`));
const launcher = readFileSync(`${root}scripts/launcher.cjs`, 'utf8').replace('__BUILD_ID__', buildId.digest('hex').slice(0, 16));
writeFileSync(`${root}dist/cli.cjs`, launcher, { mode: 0o755 });
