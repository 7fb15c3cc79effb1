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
// The CommonJS loader's own Module: node:module would load its public wrapper, a fifth of a millisecond.
const Module = module.constructor;
/** The commands of the program (test/cli/compile-cache.test.ts checks them against its help). */
const COMMANDS = ['explain', 'search', 'topics', 'codes', 'show', 'path', 'analyze', 'check', 'validate', 'help'];
/** The program's options that take a value: the word after them is no command. */
const OPTIONS_WITH_VALUE = new Set(['--content', '--lang', '--resume']);
/** The exports of each file already run: as require() does, a file runs once however often it is asked for. */
const ran = new Map();

const nodeCache = Number(process.versions.node.split('.')[0]) >= 22 ? require('node:module').enableCompileCache : undefined;
if (typeof nodeCache === 'function') {
  enableNodeCache(nodeCache);
  require('./main.cjs');
} else {
  runCached('main.cjs', module);
}

/**
 * Node's own cache, kept in the launcher's folder of the user's own (or where NODE_COMPILE_CACHE
 * says): Node's default, node-compile-cache under the temporary folder, may be another user's in
 * a shared /tmp, who would then choose the code that runs.
 */
function enableNodeCache(enable) {
  try {
    if (process.env.NODE_COMPILE_CACHE) {
      enable();
      return;
    }
    const folder = cacheFolder();
    if (folder && ownFolder(require('node:fs'), folder)) enable(path.join(folder.dir, 'node'));
  } catch {
    // No cache: every start compiles, nothing else.
  }
}

/** Compiles one of dist/'s CommonJS files with the cache, runs it as a module and returns its exports. */
function runCached(file, parent) {
  if (ran.has(file)) return ran.get(file);
  const fs = require('node:fs');
  const vm = require('node:vm');
  const filename = path.join(__dirname, file);
  const folder = cacheFolder();
  // V8 keeps the file names of the run that wrote a cache (stack traces name them): each install has its own.
  const cacheFile = folder && path.join(folder.dir, `${file}-${BUILD_ID}-${hashOf(__dirname)}-${commandOf(process.argv.slice(2))}-${process.version}-${process.arch}.bin`);
  // None on the first start of this build on this Node: compiled in full, cached on exit.
  const cachedData = cacheFile && readCache(fs, cacheFile, folder.uid);
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
    process.once('exit', () => writeCache(fs, folder, cacheFile, script));
  }
  ran.set(file, child.exports);
  compiled.call(child.exports, child.exports, Module.createRequire(filename), child, filename, __dirname, launcher);
  child.loaded = true;
  ran.set(file, child.exports);
  return child.exports;
}

/**
 * The cache, or undefined. Only a file of the user's own that no one else can write, and not
 * through a link: the folder may be another user's, made first in a shared /tmp. A cache read
 * is a cache used: its time is renewed (at most once a week), so only builds no longer run
 * are forgotten.
 */
function readCache(fs, cacheFile, uid) {
  let fd;
  try {
    // Without O_NONBLOCK, a FIFO planted under the cache's name would hold the start forever.
    fd = fs.openSync(cacheFile, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return undefined;
    if (stat.mtimeMs < Date.now() - 7 * 24 * 60 * 60 * 1000) renew(fs, fd);
    const data = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < data.length) {
      const got = fs.readSync(fd, data, read, data.length - read, read);
      if (got === 0) return undefined;
      read += got;
    }
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function renew(fs, fd) {
  try {
    const now = new Date();
    fs.futimesSync(fd, now, now);
  } catch {
    // A read-only cache is still a cache.
  }
}

/**
 * The folder of the cache, or none when there is no folder to trust: under the temporary folder
 * where there are user ids to check (a shared /tmp), else (Windows, whose %TEMP% can be shared,
 * as C:\Temp often is) under the user's own %LOCALAPPDATA%. It is checked before it is written to.
 */
function cacheFolder() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  if (uid === undefined && !process.env.LOCALAPPDATA) return undefined;
  const dir = uid === undefined ? path.join(process.env.LOCALAPPDATA, 'provision-doctor', 'cache') : path.join(posixTmpdir(), `provision-doctor-cache-${uid}`);
  return { dir, uid };
}

/** The folder exists and is the user's own, writable by no one else (made so when it is missing). */
function ownFolder(fs, { dir, uid }) {
  // Another user could have made this folder first in a shared /tmp, with links planted in it.
  const stat = fs.lstatSync(dir, { throwIfNoEntry: false }) ?? (fs.mkdirSync(dir, { recursive: true, mode: 0o700 }), fs.lstatSync(dir));
  return stat.isDirectory() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0));
}

/**
 * What a start runs, for its cache's name. V8 caches the functions that the run which wrote
 * the cache had compiled: had `--version` written it, every `explain` would compile its own
 * code again. So each command keeps a cache of its own.
 */
function commandOf(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--version' || arg === '-v') return 'version';
    if (arg === '--help' || arg === '-h') return 'help';
    if (OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return COMMANDS.includes(arg) ? arg : 'other';
  }
  return 'walk';
}

/** A short hash of a text (FNV-1a): no node:crypto to load at every start. */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** os.tmpdir() where there are user ids (POSIX), without loading node:os for it at every start. */
function posixTmpdir() {
  const dir = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  return dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
}

function writeCache(fs, folder, cacheFile, script) {
  try {
    if (!ownFolder(fs, folder)) return;
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
