// The wizard as one CommonJS file, dist/wizard.cjs, so that dist/cli.cjs can start it with V8's
// code cache (scripts/launcher.cjs): compiling Ink, React and the screens was a third of the
// time to the first frame, and Node 20 caches no ES module. Two of its libraries use top-level
// await, which CommonJS cannot hold; both awaits are taken out here, where the build can check
// that the code they are taken from is still the code it expects.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Fails the build when a library no longer has the text a patch replaces (after an update). */
function replaceOnce(text, from, to, file) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${file}: expected one "${from.slice(0, 60)}"; the wizard's build needs a look after an update`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Ink awaits React DevTools and its package.json only when DEV=true, which the tool never supports. */
const inkWithoutDevtools = {
  name: 'ink-without-devtools',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, ({ path }) => {
      let text = readFileSync(path, 'utf8');
      text = replaceOnce(text, "await import('./devtools.js');", 'void 0;', path);
      text = replaceOnce(text, '? await loadPackageJson()', '? undefined', path);
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * yoga-layout awaits its wasm; its Emscripten loader accepts an `instantiateWasm` hook, which
 * can instantiate at once. The wasm's base64 moves out of the loader into the hook (one copy).
 */
function yogaAtOnce(root) {
  const binaries = `${root}node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js`;
  const loader = readFileSync(binaries, 'utf8');
  const base64 = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/.exec(loader)?.[1];
  if (!base64) throw new Error(`${binaries}: no inlined wasm found; the wizard's build needs a look after an update`);
  return {
    name: 'yoga-at-once',
    setup(b) {
      b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, ({ path }) => ({
        contents: replaceOnce(loader, `base64,${base64}"`, 'base64,"', path),
        loader: 'js',
      }));
      b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, ({ path }) => ({
        loader: 'js',
        contents: replaceOnce(
          readFileSync(path, 'utf8'),
          'const Yoga = wrapAssembly(await loadYoga());',
          [
            `const wasm = new WebAssembly.Module(Buffer.from(${JSON.stringify(base64)}, 'base64'));`,
            'const yoga = { instantiateWasm(imports, receive) { const instance = new WebAssembly.Instance(wasm, imports); receive(instance); return instance.exports; } };',
            // Instantiated at once, the loader has filled `yoga` before it returns; if it has not
            // (a failure it reports only through a promise), the wizard must not run on half of it.
            'loadYoga(yoga);',
            "if (!yoga.calledRun) throw new Error('yoga-layout did not start');",
            'const Yoga = wrapAssembly(yoga);',
          ].join('\n'),
          path,
        ),
      }));
    },
  };
}

/** `options`: the build's options for its CommonJS files, with its `define`. */
export async function buildWizard(root, options) {
  await build({
    ...options,
    entryPoints: [`${root}src/tui/run-wizard.tsx`],
    outfile: `${root}dist/wizard.cjs`,
    plugins: [inkWithoutDevtools, yogaAtOnce(root)],
    banner: { js: "const __entryUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...options.define, 'import.meta.url': '__entryUrl' },
    alias: { 'react-devtools-core': `${root}scripts/react-devtools-stub.js` },
  });
}

/** The global through which the ES modules of other modes (analyze's offer of the guide) start the wizard. */
export const LOADER_KEY = 'provision-doctor.load';

/**
 * An import of src/tui/run-wizard.tsx becomes dist/wizard.cjs: in the entry a require() through
 * the launcher; in the ES modules, through the launcher the entry left on `globalThis`.
 */
export function wizardThroughLauncher(root, format) {
  const wizard = resolve(root, 'src/tui/run-wizard.tsx');
  return {
    name: 'wizard-through-launcher',
    setup(b) {
      b.onResolve({ filter: /run-wizard\.js$/ }, (args) =>
        resolve(args.resolveDir, args.path).replace(/\.js$/, '.tsx') === wizard ? { path: wizard, namespace: 'wizard-through-launcher' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'wizard-through-launcher' }, () => ({
        loader: 'js',
        contents:
          format === 'cjs'
            ? "module.exports = __load.runCached('wizard.cjs', module);"
            : `export const runWizard = (...args) => globalThis[Symbol.for(${JSON.stringify(LOADER_KEY)})].runCached('wizard.cjs').runWizard(...args);`,
      }));
    },
  };
}
