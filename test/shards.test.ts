// cadcheck check --shard i/n then cadcheck merge gives the report one run gives, byte for byte, through the CLI; merge
// refuses, with exit 2 and one line, the shards of different runs, a missing shard and a shard given twice.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeShapefile } from '../scripts/lib/shapefile-writer.js';
import { PARCEL_FIELDS, PRJ_UTM38N } from '../scripts/fixtures/ge-388-survey.js';
import { resolveSettings } from '../src/catalogue.js';
import { checkSubmission } from '../src/check-submission.js';
import { loadSubmission } from '../src/io/submission.js';
import { runRulesInTiles } from '../src/tiles/check-layer.js';
import { runCli, TEST_NOW } from './helpers.js';
import { gridRings, type GridSpec } from './tiles-coverage.js';

const LAYER: GridSpec = {
  rows: 7, cols: 8, cell: 20, seed: 5,
  defects: [
    { cell: 3, kind: 'overlap', size: 300 }, { cell: 12, kind: 'gap', size: 250 }, { cell: 20, kind: 'nearMiss', size: 80 },
    { cell: 27, kind: 'triple', size: 0 }, { cell: 35, kind: 'bowtie', size: 0 }, { cell: 44, kind: 'bigOverlap', size: 0 },
  ],
  strip: { row: 3, size: 500, tilt: 100 },
};

// Taller than wide (the plan's first cut is across it), with one long thin parcel drawn over row 34 from side to side:
// the shards of the southern half read only the parcels near their tiles; a tile where it overlaps the row widens until
// the long parcel is inside, past what its shard read, which then reads the layer again around that tile.
const TALL: GridSpec = {
  rows: 40, cols: 24, cell: 20, seed: 9,
  defects: [{ cell: 100, kind: 'overlap', size: 300 }, { cell: 300, kind: 'gap', size: 250 }, { cell: 520, kind: 'nearMiss', size: 80 }, { cell: 700, kind: 'bowtie', size: 0 }],
  strip: { row: 10, size: 500, tilt: 100 },
};
const LONG_PARCEL = [[470_005, 4_610_688], [470_475, 4_610_688], [470_475, 4_610_692], [470_005, 4_610_692], [470_005, 4_610_688]];

let folder: string;
const at = (name: string): string => join(folder, name);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cadcheck-shards-'));
  writeShapefile(at('layer/parcel'), {
    geometryType: 'Polygon', fields: PARCEL_FIELDS, prj: PRJ_UTM38N, cpg: 'UTF-8',
    features: gridRings(LAYER).map((ring, k) => ({ geometry: { type: 'Polygon', coordinates: [ring] }, properties: { cad_code: `01.01.01.${k}`, area: 400, purpose: 'non-agricultural', method: 1 } })),
  });
  writeShapefile(at('tall/parcel'), {
    geometryType: 'Polygon', fields: PARCEL_FIELDS, prj: PRJ_UTM38N, cpg: 'UTF-8',
    features: [...gridRings(TALL), LONG_PARCEL].map((ring, k) => ({ geometry: { type: 'Polygon', coordinates: [ring] }, properties: { cad_code: `01.01.02.${k}`, area: 400, purpose: 'non-agricultural', method: 1 } })),
  });
  // Tiles of 6 parcels (about ten tiles) against one pass; the same config for the whole run and its shards.
  writeFileSync(at('tiles.json'), JSON.stringify({ limits: { tileFeatures: 6 } }));
  writeFileSync(at('whole.json'), JSON.stringify({ limits: { tileFeatures: 100000 } }));
});

async function shard(index: number, count: number, config = 'tiles.json', extra: string[] = []): Promise<string> {
  const file = at(`part-${index}-of-${count}${extra.length > 0 ? '-other' : ''}.json`);
  const { exitCode, stderr } = await runCli(['check', at('layer'), '--config', at(config), '--shard', `${index}/${count}`, '--format', 'json', '--output', file, ...extra]);
  expect(stderr).toBe('');
  expect(exitCode).toBe(0);
  return file;
}

describe('shards and merge', () => {
  it('check --shard 1/4 … 4/4 then merge is one run, byte for byte, with its exit code', async () => {
    const onePass = await runCli(['check', at('layer'), '--config', at('whole.json'), '--format', 'json']);
    const tiled = await runCli(['check', at('layer'), '--config', at('tiles.json'), '--format', 'json']);
    const parts = [await shard(1, 4), await shard(2, 4), await shard(3, 4), await shard(4, 4)];
    const merged = await runCli(['merge', ...parts.reverse(), '--format', 'json']);
    expect(merged.stderr).toBe('');
    type Report = { findings: Array<{ ruleId: string }> };
    const findings = (text: string): string => JSON.stringify((JSON.parse(text) as Report).findings);
    expect(new Set((JSON.parse(onePass.stdout) as Report).findings.map((finding) => finding.ruleId))).toContain('topology/parcel-gap');
    // The tiled check (threads on every core) and the merged shards: the findings of one pass, in its order.
    expect(findings(tiled.stdout)).toBe(findings(onePass.stdout));
    expect(findings(merged.stdout)).toBe(findings(onePass.stdout));
    // And the whole JSON report of the merge is the tiled run's, byte for byte (same config file, same everything).
    expect(merged.stdout).toBe(tiled.stdout);
    expect([tiled.exitCode, merged.exitCode]).toEqual([onePass.exitCode, onePass.exitCode]);
    // Each shard checked its own tiles; together all of them, once.
    const tiles = parts.map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { tiles: number[]; run: { tiles: number } }));
    expect(tiles.flatMap((part) => part.tiles).sort((a, b) => a - b)).toEqual(Array.from({ length: tiles[0]!.run.tiles }, (_, k) => k));
    expect(tiles[0]!.run.tiles).toBeGreaterThanOrEqual(8);
    // The text report of the merge is the run's too.
    const text = await runCli(['check', at('layer'), '--config', at('tiles.json')]);
    expect((await runCli(['merge', ...parts])).stdout).toBe(text.stdout);
    // The HTML report of the merge counts the layer's parcels (the shards keep its outline, not its parcels).
    const html = (await runCli(['merge', ...parts, '--format', 'html'])).stdout;
    const { featureCount } = (JSON.parse(tiled.stdout) as { layers: Array<{ featureCount: number }> }).layers[0]!;
    expect(featureCount).toBeGreaterThan(50);
    expect(html).toContain(`<code>parcel.shp</code></td><td>parcel</td><td>Polygon</td><td>${featureCount}</td>`);
  }, 120_000);

  it('refuses a missing shard, a shard given twice and the shards of another run (exit 2, one line)', async () => {
    const parts = [await shard(1, 2), await shard(2, 2)];
    const other = await shard(2, 2, 'tiles.json', ['--max-warnings', '5']);
    const refused = async (files: string[], said: RegExp): Promise<void> => {
      const { exitCode, stderr, stdout } = await runCli(['merge', ...files, '--format', 'json']);
      expect(exitCode).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(said);
    };
    await refused([parts[0]!], /Shard 2 of 2 is missing/);
    await refused([...parts, parts[1]!], /Shard 2 of 2 is given twice/);
    await refused([parts[0]!, other], /is a shard of another run .*another profile, config or option/);
    await refused([parts[0]!, at('tiles.json')], /is not a partial report/);
    const bad = await runCli(['check', at('layer'), '--shard', '5/4']);
    expect([bad.exitCode, bad.stderr]).toEqual([2, expect.stringMatching(/--shard must be i\/n/) as unknown]);
  }, 120_000);

  it('a shard past the first holds only the parcels near its tiles, and reads the layer again when a tile widens past them', async () => {
    const profile = resolveSettings(undefined, null);
    const settings = { ...profile, limits: { ...profile.limits, tileFeatures: 30 } };
    const whole = await loadSubmission(at('tall'), settings);
    const parcels = whole.layers[0]!.features.length;
    const options = { registered: null, surveyDate: null, now: TEST_NOW, maxWarnings: null };
    const fellBack: boolean[] = [];
    for (const index of [2, 3, 4]) {
      const shard = { index, count: 4 };
      let held = -1;
      let reads = 0;
      const run = await checkSubmission(at('tall'), settings, {
        ...options, shard, onLoaded: (submission) => { held = submission.layers[0]!.features.length; },
        onStage: (stage) => { if (stage.stage === 'reading') reads += 1; },
      });
      // The path was taken: the layer as read holds fewer parcels than it has, and the report still counts them all.
      expect(held).toBeGreaterThan(0);
      expect(held).toBeLessThan(parcels);
      expect(run.submission.layers[0]!.features.length).toBe(parcels);
      // The layer's outline, as the partial report writes it, is a whole read's, key for key.
      expect(JSON.stringify({ ...run.submission.layers[0], features: [] })).toBe(JSON.stringify({ ...whole.layers[0], features: [] }));
      fellBack.push(reads > 1);
      // The same part as the shard that reads the whole layer gives (the path before shards had a window).
      const before = await runRulesInTiles(whole, settings, { ...options, surveyDateOverride: null }, shard);
      expect(JSON.stringify(run.findings)).toBe(JSON.stringify(before!.findings));
      expect(run.tiles).toEqual(before!.tiles);
    }
    // The long parcel lies in the northern shards' tiles: they read the layer a second time; the southern one did not.
    expect(fellBack).toEqual([false, true, true]);
  }, 120_000);
});
