// Nothing is lost (issue 8): a run never writes into the submission, and an interrupted run leaves no report or temp file.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers.js';
import { surveyFolder, surveyZip, tempDir } from './helpers.js';

const dir = tempDir('nothing-lost');
const FORMATS = ['text', 'json', 'junit', 'sarif', 'geojson', 'html', 'csv'];

/** Every file under `root` (hidden ones too) with its SHA-256, size and mtime, and every folder's mtime. */
function snapshot(root: string): Record<string, string> {
  const state: Record<string, string> = {};
  const walk = (path: string): void => {
    const stats = statSync(path);
    const key = relative(root, path) || '.';
    if (stats.isDirectory()) {
      state[`${key}/`] = `mtime ${stats.mtimeMs}`;
      for (const name of readdirSync(path)) walk(join(path, name));
    } else {
      state[key] = `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stats.size} mtime ${stats.mtimeMs}`;
    }
  };
  walk(root);
  return state;
}

describe('a run never writes into the submission', () => {
  for (const kind of ['folder', 'zip'] as const) {
    it(`a ${kind}: byte-identical (hashes, sizes, mtimes, no new file) after a run with every format to --output elsewhere`, async () => {
      const home = join(dir, `${kind}-home`);
      mkdirSync(home);
      const submission = kind === 'folder' ? surveyFolder(home, 'survey') : surveyZip(home, 'survey.zip');
      const before = snapshot(home);
      const out = join(dir, `${kind}-reports`);
      mkdirSync(out);
      const args = FORMATS.flatMap((format) => ['--format', format, '--output', join(out, `report.${format}`)]);
      const result = await runCli(['check', submission, ...args]);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      expect(snapshot(home)).toEqual(before);
      expect(readdirSync(out).sort()).toEqual(FORMATS.map((format) => `report.${format}`).sort());
    });
  }
});

describe('Ctrl-C on the built CLI', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  }, 180_000);

  // 100,000 overlapping parcels (a 22 MB GeoJSON, maxFeatures): reading and rules take far longer than the 3 s we wait.
  // The rules run in a check thread (src/worker/), so the main thread handles the signal at once.
  let big = '';
  beforeAll(() => {
    big = join(dir, 'big');
    mkdirSync(big);
    const features = Array.from({ length: 100_000 }, (_, i) => {
      const x = 482000 + (i % 400) * 10;
      const y = 4621000 + Math.floor(i / 400) * 10;
      return `{"type":"Feature","properties":{"area":100,"purpose":"agricultural","method":1},"geometry":{"type":"Polygon","coordinates":[[[${x},${y}],[${x + 10.05},${y}],[${x + 10.05},${y + 10}],[${x},${y + 10}],[${x},${y}]]]}}`;
    });
    writeFileSync(join(big, 'parcel.geojson'), `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32638"}},"features":[${features.join(',')}]}`);
  });

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during the check of a 100,000-parcel layer: ends within 1 s, exit %i, no report printed or written, no temp file', async (signal, exitCode) => {
    const out = join(dir, `interrupted-${signal}`);
    mkdirSync(out);
    const before = snapshot(big);
    // The executable npm installs (package.json bin), as a user runs it.
    const bin = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: { cadcheck: string } }).bin.cadcheck;
    const child = spawn(process.execPath, [join(REPO, bin), 'check', big, '--format', 'text', '--format', 'json', '--output', join(out, 'report.json'), '--format', 'html', '--output', join(out, 'report.html')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; killedBy: NodeJS.Signals | null; at: number }>((resolve) => child.on('exit', (code, killedBy) => resolve({ code, killedBy, at: Date.now() })));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const sent = Date.now();
    child.kill(signal);
    const { code, killedBy, at } = await exited;
    expect(at - sent).toBeLessThan(1000);
    // Exit 128 + the signal's number; when the thread is inside one long native call (JSON.parse of the layer), the
    // process ends by the signal itself after 250 ms instead, which a shell reports as the same status (bin/cadcheck.ts).
    expect(code === exitCode || (code === null && killedBy === signal), `exit ${code}, signal ${killedBy}`).toBe(true);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(snapshot(big)).toEqual(before);
  }, 30_000);
});
