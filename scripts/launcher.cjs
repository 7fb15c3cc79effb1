#!/usr/bin/env node
'use strict';
// dist/cli.cjs: starts dist/main.cjs with V8's code cache, so that later starts of a build skip
// compiling it (a third of what `explain` costs beyond `node -e 0`, and of the wizard's first
// frame). Node 22.1 and later cache by themselves (module.enableCompileCache, every module); on
// Node 20 and 21 the CommonJS files of dist/ (main.cjs, search.cjs, wizard.cjs) are compiled
// here with the cache this file keeps. The build writes BUILD_ID, a hash of those files: a cache
// of other code is never used, as V8 checks only a source's length. Any failure to read or write
// the cache only costs its speed-up.
const BUILD_ID = '__BUILD_ID__';
const path = require('node:path');
const Module = require('node:module');

if (typeof Module.enableCompileCache === 'function') {
  Module.enableCompileCache();
  require('./main.cjs');
} else {
  runCached('main.cjs', module);
}

/** Compiles one of dist/'s CommonJS files with the cache, runs it as a module and returns its exports. */
function runCached(file, parent) {
  const fs = require('node:fs');
  const vm = require('node:vm');
  const filename = path.join(__dirname, file);
  const cacheFile = cachePath(file);
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // First start of this build on this Node: compiled in full, cached on exit.
    }
  }
  // The launcher's own `import()` stands in for the compiled code's: a script compiled here
  // cannot load an ES module on Node 20 without an experimental flag.
  const launcher = { import: (specifier) => import(specifier), runCached };
  const source = fs.readFileSync(filename, 'utf8');
  const wrapper = `(function (exports, require, module, __filename, __dirname, __launcher) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename, cachedData });
  const compiled = script.runInThisContext();
  const child = new Module(filename, parent);
  child.filename = filename;
  child.paths = Module._nodeModulePaths(__dirname);
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Written after the run, so that it holds the functions this run compiled too.
    process.once('exit', () => writeCache(fs, cacheFile, script));
  }
  compiled.call(child.exports, child.exports, (id) => child.require(id), child, filename, __dirname, launcher);
  child.loaded = true;
  return child.exports;
}

/** A file in a folder of the user's own under the temporary folder, or none when that folder is not safe to trust. */
function cachePath(file) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const fs = require('node:fs');
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const dir = path.join(require('node:os').tmpdir(), `provision-doctor-cache${uid === undefined ? '' : `-${uid}`}`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Another user could have made this folder first in a shared /tmp, and planted code in it.
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return undefined;
    return path.join(dir, `${file}-${BUILD_ID}-${process.version}-${process.arch}.bin`);
  } catch {
    return undefined;
  }
}

function writeCache(fs, cacheFile, script) {
  try {
    // Renamed into place, so that a start running alongside never reads half a file.
    const partial = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(partial, cacheFile);
    forgetOldBuilds(fs, cacheFile);
  } catch {
    // A full or read-only disk costs the next start its speed-up, nothing else.
  }
}

/** Each upgrade (of the tool or of Node) starts a cache file of its own: those of builds unused for a month go. */
function forgetOldBuilds(fs, cacheFile) {
  const dir = path.dirname(cacheFile);
  const prefix = `${path.basename(cacheFile).split('-')[0]}-`;
  const monthAgo = Date.now() - 30 * 24 * 60 * 60 * 1000;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.startsWith(prefix) && file !== cacheFile && fs.statSync(file).mtimeMs < monthAgo) fs.rmSync(file, { force: true });
  }
}
