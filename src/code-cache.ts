// Scripts started from V8's code cache: a cold `cadcheck check` spent most of its time compiling the ~3 MB it loads
// (jsts, proj4, ajv, the rules, commander), on the main thread and again in the check thread, and Node 20 keeps no
// compile cache for ES modules. So the bundle (scripts/bundle.mjs) also writes the CLI and the check thread as one
// CommonJS script each; they are compiled here with the code V8 made of them on an earlier run, kept in the user's
// cache folder (docs/code-cache.md). Any trouble with the cache (none yet, unreadable, damaged, refused by V8, a folder
// that cannot be written) only means a normal compile.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** The first line scripts/bundle.mjs writes into each script: what its cached code is keyed by. */
const SCRIPT_HEADER = /^\/\/ cadcheck (\S+) ([0-9a-f]+)\n/;

/**
 * A SHA-1 of the code in front of it: V8 checks a code cache's version, flags and length, not its bytes (release
 * builds), and damaged code could crash it. SHA-1 only guards against a damaged file (whoever can write the user's
 * cache folder can write their shell's start-up files too), and takes 3 ms for 2.5 MB where SHA-256 takes 4–5 ms.
 */
const DIGEST_BYTES = 20;

/**
 * Where compiled code is kept: $XDG_CACHE_HOME/cadcheck, else ~/.cache/cadcheck; null when CADCHECK_NO_CACHE=1 or
 * there is no home. A relative XDG_CACHE_HOME is ignored, as the XDG spec says: it would put the cache in whatever
 * folder cadcheck was run from, a submission's or a repository's.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv, home: () => string = homedir): string | null {
  if (env.CADCHECK_NO_CACHE === '1') return null;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'cadcheck');
  let folder: string;
  try {
    folder = home();
  } catch {
    return null;
  }
  return folder && isAbsolute(folder) ? join(folder, '.cache', 'cadcheck') : null;
}

/** A cache file's name: the script, this cadcheck, this build of it, this V8 (V8 refuses code another version made). */
export function codeCacheName(script: string, version: string, scriptHash: string, v8Version: string = process.versions.v8): string {
  return `${script}-${version}-${scriptHash}-v8-${v8Version.replace(/[^0-9A-Za-z.]/g, '_')}.bin`;
}

/** The compiled code with its digest in front, as written. */
export function sealCodeCache(code: Buffer): Buffer {
  return Buffer.concat([createHash('sha1').update(code).digest(), code]);
}

/** The compiled code of a cache file, or null when its bytes are not those that were written. */
export function unsealCodeCache(file: Buffer): Buffer | null {
  if (file.length <= DIGEST_BYTES) return null;
  const code = file.subarray(DIGEST_BYTES);
  return createHash('sha1').update(code).digest().equals(file.subarray(0, DIGEST_BYTES)) ? code : null;
}

/**
 * Whether the cache folder is this user's own: a folder, not a link, owned by the user and writable by no one else.
 * The SHA-1 only tells a damaged file; a folder others can write (an XDG_CACHE_HOME in a shared place, a cadcheck
 * folder another user made first) could hold compiled code they planted, which V8 would run. Such a folder is neither
 * read nor written. Where there are no POSIX owners (Windows), the folder's access lists decide, as for any file there.
 */
export function isOwnFolder(folder: string): boolean {
  if (typeof process.getuid !== 'function') return true;
  try {
    const stats = lstatSync(folder);
    return stats.isDirectory() && stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function readCodeCache(path: string): Buffer | undefined {
  if (!isOwnFolder(dirname(path))) return undefined;
  try {
    return unsealCodeCache(readFileSync(path)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (temp file, then rename), so a reader never sees half a file; never throws. */
function writeCodeCache(path: string, script: string, code: () => Buffer): void {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    if (!isOwnFolder(dirname(path))) return;
    writeFileSync(temporary, sealCodeCache(code()), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // No folder to have made it in.
    }
    return;
  }
  removeStaleCaches(path, script);
}

/** A day: a cache file of another build of the same script, untouched that long, belongs to a cadcheck no longer run. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Every build (an upgrade, each `npm run build`) writes files of its own, ~4 MB a build: when one is written, the same
 * script's files of other builds (and temporary files a killed run left) older than a day are removed. Another
 * cadcheck still in use loses its file at most once a day, and writes it again at its next check. Never throws.
 */
export function removeStaleCaches(written: string, script: string, now: number = Date.now()): void {
  const folder = dirname(written);
  try {
    for (const name of readdirSync(folder)) {
      if (!name.startsWith(`${script}-`) || name === basename(written) || !/\.(bin|tmp)$/.test(name)) continue;
      const file = join(folder, name);
      if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
    }
  } catch {
    // A file another run removed first, or a folder that cannot be listed: left as it is.
  }
}

export interface CachedScript<Exports> {
  exports: Exports;
  /**
   * Write the code V8 has compiled so far to the cache, once the script has done its typical work (so that the
   * functions it ran are in it, not only its top level); null when the cache in use was accepted or there is none.
   */
  saveCache: (() => void) | null;
}

/**
 * Run the CommonJS script at `scriptUrl` (built by scripts/bundle.mjs) through the code cache, as if it were the
 * module at `moduleUrl` (its import.meta.url: the bundle's entry beside it). Null when there is no such script
 * (cadcheck run from dist/src or the sources): the caller imports the modules themselves.
 */
export function runCachedScript<Exports>(scriptUrl: URL, moduleUrl: string, env: NodeJS.ProcessEnv = process.env): CachedScript<Exports> | null {
  const scriptPath = fileURLToPath(scriptUrl);
  let bytes: Buffer;
  try {
    bytes = readFileSync(scriptPath);
  } catch {
    return null;
  }
  // The bundle is written in ASCII: as a one-byte string it is read in 1 ms, where UTF-8 takes 10 ms and makes a
  // two-byte string, slower to compile too.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const header = SCRIPT_HEADER.exec(source);
  const folder = codeCacheFolder(env);
  const scriptName = basename(scriptPath, '.cjs');
  const cachePath = header && folder ? join(folder, codeCacheName(scriptName, header[1]!, header[2]!)) : null;
  const cachedData = cachePath ? readCodeCache(cachePath) : undefined;
  // The CommonJS wrapper, on the script's first line so that stack traces keep its line numbers. The bundle reads
  // import.meta.url from __cadcheckModuleUrl.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __cadcheckModuleUrl) {${source}\n})`, { filename: scriptPath, cachedData });
  const module = { exports: {} as Exports };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(scriptPath), module, scriptPath, dirname(scriptPath), moduleUrl);
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return { exports: module.exports, saveCache: cachePath && stale ? () => writeCodeCache(cachePath, scriptName, () => script.createCachedData()) : null };
}
