// The check thread (src/worker/): budgets end a runaway check as input/too-complex (not a crash), and a long check
// shows its progress on a terminal's stderr only (issue 14, issue 15).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { labelsOf } from '../src/i18n/index.js';
import { formatStage, ProgressLine } from '../src/report/progress.js';
import { resolveSettings } from '../src/catalogue.js';
import { CheckThread, heapBudgetMb } from '../src/worker/host.js';
import { REPO, TEST_NOW, checkJson, runCli, type JsonFinding } from './helpers.js';
import { tempDir } from './hostile/helpers.js';

const VALID = `${REPO}/fixtures/ge-388/valid`;
const dir = tempDir('check-thread');

function config(name: string, limits: Record<string, number>): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ limits }));
  return file;
}

/** A GeoJSON parcel layer of `count` 10 m squares in rows of 400: 100,000 of them is a 22 MB file. */
function gridLayer(folder: string, count: number): string {
  mkdirSync(folder, { recursive: true });
  const features = Array.from({ length: count }, (_, i) => {
    const x = 482000 + (i % 400) * 10;
    const y = 4621000 + Math.floor(i / 400) * 10;
    return `{"type":"Feature","properties":{"area":100,"purpose":"agricultural","method":1},"geometry":{"type":"Polygon","coordinates":[[[${x},${y}],[${x + 10},${y}],[${x + 10},${y + 10}],[${x},${y + 10}],[${x},${y}]]]}}`;
  });
  writeFileSync(join(folder, 'parcel.geojson'), `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32638"}},"features":[${features.join(',')}]}`);
  return folder;
}

function tooComplex(findings: JsonFinding[]): JsonFinding[] {
  return findings.filter((finding) => finding.ruleId === 'input/too-complex');
}

describe('budgets: a check past limits.maxCheckSeconds or limits.maxHeapMb ends as input/too-complex', () => {
  it('a time budget too small for any check: the check is stopped, one error says where and how long, exit 1', async () => {
    const { exitCode, report } = await checkJson(VALID, ['--config', config('tiny-time.json', { maxCheckSeconds: 0.001 })]);
    expect(exitCode).toBe(1);
    expect(report.result).toBe('fail');
    const found = tooComplex(report.findings);
    expect(found).toHaveLength(1);
    const [finding] = found as [JsonFinding];
    expect({ severity: finding.severity, messageId: finding.messageId, limit: finding.limit, unit: finding.unit }).toEqual({ severity: 'error', messageId: 'time', limit: 0.001, unit: 's' });
    // Where it was stopped: before the first stage (the submission), a file being read or a rule running.
    expect(finding.message).toMatch(/^Check stopped at (valid|[\w./-]+) after [\d.]+ s: over the time budget of 0\.001 s \(limits\.maxCheckSeconds in cadcheck\.config\.json\); what comes after it was not checked$/);
    expect(finding.measured).toBeGreaterThanOrEqual(0);
  });

  it('a heap budget a 100,000-parcel layer does not fit: stopped while reading parcel.geojson, not an out-of-memory abort, exit 1', async () => {
    const big = gridLayer(join(dir, 'big-heap'), 100_000);
    const { exitCode, report } = await checkJson(big, ['--config', config('tiny-heap.json', { maxHeapMb: 64 })]);
    expect(exitCode).toBe(1);
    expect(report.findings.map((finding) => [finding.ruleId, finding.messageId, finding.file, finding.limit, finding.unit, finding.message])).toEqual([
      ['input/too-complex', 'memory', 'parcel.geojson', 64, 'MiB', 'Check stopped at parcel.geojson: it needed more memory than the budget of 64 MiB (limits.maxHeapMb in cadcheck.config.json); what comes after it was not checked'],
    ]);
  }, 60_000);

  it('the same check with the default budgets is not stopped', async () => {
    const { report } = await checkJson(gridLayer(join(dir, 'small'), 50));
    expect(tooComplex(report.findings)).toEqual([]);
  });

  it('batch: each submission past its budget gets a failed report with input/too-complex; the batch goes on', async () => {
    const batch = join(dir, 'batch');
    gridLayer(join(batch, 'a'), 20);
    gridLayer(join(batch, 'b'), 20);
    const { exitCode, stdout } = await runCli(['batch', batch, '--jobs', '2', '--config', config('batch-time.json', { maxCheckSeconds: 0.001 })]);
    expect(exitCode).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { result?: string; findings?: JsonFinding[]; summary?: Record<string, unknown> });
    expect(lines).toHaveLength(3);
    for (const report of lines.slice(0, 2)) {
      expect(report.result).toBe('fail');
      expect(tooComplex(report.findings!).map((finding) => [finding.messageId, finding.limit])).toEqual([['time', 0.001]]);
    }
    expect(lines[2]!.summary).toMatchObject({ submissions: 2, checked: 2, failed: 2, interrupted: false });
  });
});

describe("a tile's thread over the budget (src/tiles/pool.ts)", () => {
  it('ends the check as its own thread over the budget would: too-complex, with the stage and the findings so far, not a crash', async () => {
    // A stand-in check thread: it reports the tiles under way and a finished rule's finding, then that a tile's thread
    // went over the heap budget (src/worker/check.ts answers so when the pool throws TileOverBudget).
    const worker = new Worker(`
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ id }) => {
        parentPort.postMessage({ type: 'stage', id, stage: { stage: 'rule', ruleId: 'tiles', index: 1, total: 4 }, findings: [{ ruleId: 'metadata/required' }] });
        parentPort.postMessage({ type: 'done', id, outcome: { kind: 'over-budget', reason: 'memory' } });
      });`, { eval: true });
    const thread = new CheckThread(worker, 64);
    const task = { path: 'layer', settings: resolveSettings(undefined, null), registered: null, surveyDate: null, now: TEST_NOW.toISOString(), maxWarnings: null, want: 'run' as const };
    const outcome = await thread.run(task, { seconds: 60, heapMb: 64 });
    expect(outcome).toMatchObject({ kind: 'too-complex', reason: 'memory', stage: { stage: 'rule', ruleId: 'tiles' }, findings: [{ ruleId: 'metadata/required' }] });
    expect(thread.dead).toBe(true);
  });
});

describe('an in-process check aborted (the signal MainOptions carries)', () => {
  it('ends at once with exit 130 and no report, the thread stopped mid-check', async () => {
    const layer = gridLayer(join(dir, 'aborted'), 20_000);
    const stdout = new Stream(false);
    const stderr = new Stream(false);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 500);
    const started = Date.now();
    const exitCode = await main({ argv: ['check', layer], stdout, stderr, env: {}, cwd: REPO, now: TEST_NOW, signal: controller.signal });
    expect(exitCode).toBe(130);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stdout.text).toBe('');
    expect(stderr.text).toBe('');
  });
});

describe('the heap budget under an address-space limit', () => {
  const limits = (value: string): string => `Limit                     Soft Limit           Hard Limit           Units     \nMax stack size            8388608              unlimited            bytes     \nMax address space         ${value}           ${value}           bytes     \n`;
  it('is lowered to the limit minus the 1.4 GB V8 reserves, never below 64 MiB, and kept without a limit', () => {
    expect(heapBudgetMb(1536, limits('2000000000'))).toBe(507);
    expect(heapBudgetMb(1536, limits('4000000000'))).toBe(1536);
    expect(heapBudgetMb(1536, limits('3000000000'))).toBe(1461);
    expect(heapBudgetMb(1536, limits('1000000000'))).toBe(64);
    expect(heapBudgetMb(1536, limits('unlimited'))).toBe(1536);
    expect(heapBudgetMb(1536, null)).toBe(1536);
  });
});

class Stream extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function checkWithStderr(argv: string[], isTTY: boolean): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const stdout = new Stream(false);
  const stderr = new Stream(isTTY);
  const exitCode = await main({ argv, stdout, stderr, env: {}, cwd: REPO, now: TEST_NOW });
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}

describe('progress on a terminal (issue 14.6)', () => {
  it('the stage lines: the layer being read, the features read, the rule running of how many', () => {
    const labels = labelsOf('en');
    expect(formatStage({ stage: 'reading', file: 'parcel.shp' }, labels, 'en')).toBe('reading parcel.shp');
    expect(formatStage({ stage: 'read', file: 'parcel.shp', features: 40_000 }, labels, 'en')).toBe('read parcel.shp: 40,000 features');
    expect(formatStage({ stage: 'rule', ruleId: 'topology/parcel-gap', index: 11, total: 38 }, labels, 'en')).toBe('topology/parcel-gap 12/38 rules');
    expect(formatStage({ stage: 'registered' }, labels, 'en')).toBe('reading the registered parcels');
    expect(formatStage({ stage: 'rule', ruleId: 'topology/parcel-gap', index: 11, total: 38 }, labelsOf('ka'), 'ka')).toBe('topology/parcel-gap 12/38 წესი');
  });

  it('one line rewritten in place, at most every 100 ms (a finished layer always), control characters shown as ?, cleared at the end', () => {
    const written: string[] = [];
    let now = 0;
    const line = new ProgressLine((text) => written.push(text), labelsOf('en'), 'en', 100, () => now);
    line.show('', { stage: 'rule', ruleId: 'geometry/valid', index: 0, total: 3 });
    now = 50;
    line.show('', { stage: 'rule', ruleId: 'geometry/duplicate', index: 1, total: 3 });
    line.show('', { stage: 'read', file: 'a\u001b[2Jb.shp', features: 2 });
    now = 200;
    line.show('s1: ', { stage: 'rule', ruleId: 'topology/parcel-gap', index: 2, total: 3 });
    line.clear();
    line.clear();
    expect(written).toEqual([
      '\r\u001b[2Kgeometry/valid 1/3 rules',
      '\r\u001b[2Kread a?[2Jb.shp: 2 features',
      '\r\u001b[2Ks1: topology/parcel-gap 3/3 rules',
      '\r\u001b[2K',
    ]);
  });

  it('check with stderr a TTY: the layers read and their features on stderr, the line cleared before the report; stdout is the report alone', async () => {
    const plain = await checkWithStderr(['check', VALID], false);
    const { exitCode, stdout, stderr } = await checkWithStderr(['check', VALID], true);
    expect(exitCode).toBe(0);
    expect(stdout).toBe(plain.stdout);
    expect(stderr).toContain('\r\u001b[2Kreading building.shp');
    expect(stderr).toContain('\r\u001b[2Kread parcel.shp: 1 features');
    expect(stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('nothing on stderr when it is not a TTY, nor with --quiet on a TTY', async () => {
    expect((await checkWithStderr(['check', VALID], false)).stderr).toBe('');
    expect((await checkWithStderr(['check', VALID, '--quiet'], true)).stderr).toBe('');
  });
});
