// The code cache (src/code-cache.ts, docs/code-cache.md): where it is kept, that a damaged, refused or unwritable
// cache only costs a normal compile, that CADCHECK_NO_CACHE=1 writes nothing, and — on the built bundle — that a check
// gives the same report with the cache, without it and with it damaged, writing nothing but the cache files.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeCacheFolder, runCachedScript, sealCodeCache, unsealCodeCache } from '../src/code-cache.js';
import { REPO } from './helpers.js';

/** Every file under a folder, with its size and modification time: what "nothing written" is compared by. */
function listing(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort().map((name) => {
    const stat = statSync(join(folder, name));
    return `${name} ${stat.size} ${stat.mtimeMs}`;
  });
}

describe('where the cache is kept', () => {
  it('$XDG_CACHE_HOME/cadcheck, else ~/.cache/cadcheck; a relative XDG_CACHE_HOME is ignored; none with CADCHECK_NO_CACHE=1 or without a home', () => {
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/var/cache/me' }, () => '/home/me')).toBe('/var/cache/me/cadcheck');
    expect(codeCacheFolder({}, () => '/home/me')).toBe('/home/me/.cache/cadcheck');
    expect(codeCacheFolder({ XDG_CACHE_HOME: 'cache' }, () => '/home/me')).toBe('/home/me/.cache/cadcheck');
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/var/cache/me', CADCHECK_NO_CACHE: '1' }, () => '/home/me')).toBeNull();
    expect(codeCacheFolder({}, () => '')).toBeNull();
    expect(codeCacheFolder({}, () => {
      throw new Error('no passwd entry');
    })).toBeNull();
  });

  it('a cache file whose bytes changed is not used', () => {
    const sealed = sealCodeCache(Buffer.from('compiled code'));
    expect(unsealCodeCache(sealed)?.toString()).toBe('compiled code');
    const damaged = Buffer.from(sealed);
    damaged[damaged.length - 3]! ^= 1;
    expect(unsealCodeCache(damaged)).toBeNull();
    expect(unsealCodeCache(sealed.subarray(0, 10))).toBeNull();
  });
});

describe('a script run through the cache', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cadcheck-code-cache-'));
  const script = join(folder, 'sample.cjs');
  /**
   * A script as scripts/bundle.mjs writes them: the header line, then CommonJS reading import.meta.url as
   * __cadcheckModuleUrl. `variant` changes its text, not its header (so not its cache file): V8 keeps what it has
   * compiled in memory and would not even look at the cache of a text this test process compiled before.
   */
  const writeScript = (variant: number) => writeFileSync(script, `// cadcheck 9.9.9 0123456789abcdef\nmodule.exports.answer = () => 6 * 7 + ${variant} - ${variant}; module.exports.moduleUrl = __cadcheckModuleUrl; module.exports.word = "კადასტრი";\n`);
  const run = (env: NodeJS.ProcessEnv) => runCachedScript<{ answer(): number; moduleUrl: string; word: string }>(pathToFileURL(script), 'file:///entry.js', env)!;

  it('the first run compiles and writes the cache when asked; the next one uses it and writes nothing', () => {
    writeScript(0);
    const env = { XDG_CACHE_HOME: join(folder, 'first') };
    const first = run(env);
    expect([first.exports.answer(), first.exports.moduleUrl, first.exports.word]).toEqual([42, 'file:///entry.js', 'კადასტრი']);
    first.saveCache!();
    const cacheFolder = join(folder, 'first', 'cadcheck');
    const [file] = readdirSync(cacheFolder);
    expect(file).toMatch(/^sample-9\.9\.9-0123456789abcdef-v8-[0-9A-Za-z._]+\.bin$/);
    expect(unsealCodeCache(readFileSync(join(cacheFolder, file!)))).not.toBeNull();
    const second = run(env);
    expect(second.exports.answer()).toBe(42);
    expect(second.saveCache).toBeNull();
  });

  it('a damaged, cut or refused cache is compiled past, and written again when asked', () => {
    writeScript(1);
    const env = { XDG_CACHE_HOME: join(folder, 'damaged') };
    run(env).saveCache!();
    const cacheFolder = join(folder, 'damaged', 'cadcheck');
    const cacheFile = join(cacheFolder, readdirSync(cacheFolder)[0]!);
    const good = readFileSync(cacheFile);
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    // Sealed, so that V8 itself gets it and refuses it: its header names another V8 version.
    const otherVersion = Buffer.from(good.subarray(20));
    otherVersion[4]! ^= 0xff;
    const refused = sealCodeCache(otherVersion);
    for (const [variant, bytes] of [flipped, good.subarray(0, good.length >> 1), refused, Buffer.alloc(0)].entries()) {
      writeFileSync(cacheFile, bytes);
      writeScript(2 + variant);
      const again = run(env);
      expect(again.exports.answer()).toBe(42);
      expect(again.saveCache).not.toBeNull();
      again.saveCache!();
      expect(unsealCodeCache(readFileSync(cacheFile))).not.toBeNull();
    }
  });

  it('a cache folder that cannot be made, or CADCHECK_NO_CACHE=1: the script runs and nothing is written', () => {
    writeScript(10);
    const blocked = join(folder, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder would be');
    const unwritable = run({ XDG_CACHE_HOME: blocked });
    expect(unwritable.exports.answer()).toBe(42);
    expect(() => unwritable.saveCache!()).not.toThrow();
    const off = join(folder, 'off');
    const noCache = run({ XDG_CACHE_HOME: off, CADCHECK_NO_CACHE: '1' });
    expect(noCache.exports.answer()).toBe(42);
    expect(noCache.saveCache).toBeNull();
    expect(existsSync(off)).toBe(false);
    expect(readFileSync(blocked, 'utf8')).toBe('a file where the cache folder would be');
  });

  it('a cache folder others can write is neither read nor written: a planted file is not run', () => {
    writeScript(30);
    const shared = join(folder, 'shared');
    // A good cache made in a folder of our own, then the folder opened to everyone (as a shared XDG_CACHE_HOME might be).
    run({ XDG_CACHE_HOME: shared }).saveCache!();
    const cacheFolder = join(shared, 'cadcheck');
    expect(readdirSync(cacheFolder)).toHaveLength(1);
    chmodSync(cacheFolder, 0o777);
    const opened = run({ XDG_CACHE_HOME: shared });
    expect(opened.exports.answer()).toBe(42);
    // Not used (a cache would have been accepted, leaving nothing to save), and nothing written when asked.
    expect(opened.saveCache).not.toBeNull();
    const before = readdirSync(cacheFolder).map((name) => [name, statSync(join(cacheFolder, name)).mtimeMs]);
    opened.saveCache!();
    expect(readdirSync(cacheFolder).map((name) => [name, statSync(join(cacheFolder, name)).mtimeMs])).toEqual(before);
    chmodSync(cacheFolder, 0o700);
    expect(run({ XDG_CACHE_HOME: shared }).saveCache).toBeNull();
  });

  it("writing a cache removes the same script's files of other builds, and left temporary files, untouched for a day", () => {
    writeScript(20);
    const cacheFolder = join(folder, 'stale', 'cadcheck');
    mkdirSync(cacheFolder, { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const old = ['sample-9.9.8-aaaaaaaaaaaaaaaa-v8-11.bin', 'sample-9.9.9-0123456789abcdef-v8-11.bin.123-0.tmp'];
    const kept = ['sample-9.9.9-bbbbbbbbbbbbbbbb-v8-11.bin', 'other-9.9.8-aaaaaaaaaaaaaaaa-v8-11.bin', 'sample-notes.txt'];
    for (const name of [...old, ...kept]) writeFileSync(join(cacheFolder, name), 'x');
    for (const name of [...old, kept[1]!, kept[2]!]) utimesSync(join(cacheFolder, name), twoDaysAgo, twoDaysAgo);
    run({ XDG_CACHE_HOME: join(folder, 'stale') }).saveCache!();
    const left = readdirSync(cacheFolder);
    expect(left.filter((name) => !kept.includes(name))).toEqual([expect.stringMatching(/^sample-9\.9\.9-0123456789abcdef-v8-.*\.bin$/)]);
    expect(kept.every((name) => left.includes(name))).toBe(true);
  });

  it('no script beside the entry: null, and the caller imports the modules', () => {
    expect(runCachedScript(pathToFileURL(join(folder, 'none.cjs')), 'file:///entry.js', {})).toBeNull();
  });
});

// The built bundle (npm run build); skipped, saying so, when it has not been built with its code-cache scripts.
const BUNDLE = join(REPO, 'dist/bundle');
const bundled = existsSync(join(BUNDLE, 'cadcheck-main.cjs')) && existsSync(join(BUNDLE, 'check-thread.cjs'));

describe.skipIf(!bundled)('the bundled CLI with its code cache', () => {
  it('checks the same with no cache, its own, a damaged one and an unwritable folder, and writes only the cache', () => {
    if (!bundled) console.warn('skipped: dist/bundle has no code-cache scripts (npm run build)');
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-bundle-cache-'));
    const survey = join(folder, 'survey');
    cpSync(join(REPO, 'fixtures/ge-388/valid'), survey, { recursive: true });
    const home = join(folder, 'home');
    mkdirSync(home);
    const before = listing(survey);
    const check = (env: NodeJS.ProcessEnv) => {
      const run = spawnSync(process.execPath, [join(BUNDLE, 'cadcheck.js'), 'check', survey, '--format', 'json'], { cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: home, ...env } });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as { result: string; findings: unknown[] };
      return JSON.stringify([report.result, report.findings]);
    };
    const cacheFolder = join(home, '.cache', 'cadcheck');
    const cold = check({});
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(readdirSync(cacheFolder).map((name) => name.replace(/-[0-9a-f]{16}-v8-.*$/, '')).sort()).toEqual([`cadcheck-main-${version}`, `check-thread-${version}`]);
    const written = listing(cacheFolder);
    expect(check({})).toBe(cold);
    expect(listing(cacheFolder)).toEqual(written);
    for (const name of readdirSync(cacheFolder)) {
      const bytes = readFileSync(join(cacheFolder, name));
      bytes[bytes.length >> 1]! ^= 0xff;
      writeFileSync(join(cacheFolder, name), bytes);
    }
    expect(check({})).toBe(cold);
    const blocked = join(folder, 'blocked');
    writeFileSync(blocked, '');
    expect(check({ XDG_CACHE_HOME: blocked })).toBe(cold);
    expect(check({ CADCHECK_NO_CACHE: '1', XDG_CACHE_HOME: join(folder, 'off') })).toBe(cold);
    expect(existsSync(join(folder, 'off'))).toBe(false);
    expect(listing(survey)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(['blocked', 'home', 'survey']);
  });
});
