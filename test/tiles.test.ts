// A layer checked in tiles gives exactly the findings one pass gives, in the same order, byte for byte — with tiles of a
// handful of parcels, so that overlaps, gaps, an open strip longer than a tile, near misses, copies and invalid rings
// lie on tile sides and corners.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSettings, runProfileRules } from '../src/catalogue.js';
import type { Settings } from '../src/engine/settings.js';
import type { Position } from 'geojson';
import type { Finding, Geometry, Submission } from '../src/model.js';
import { checkTile, type RulesRunner } from '../src/tiles/check-tile.js';
import { FEATURE_RULES, shouldTile } from '../src/tiles/layers.js';
import { inTile, planTiles, boundsOfGeometry } from '../src/tiles/plan.js';
import { joinFindings, planOf, runTiled } from '../src/tiles/run-tiled.js';
import { permutation } from './invariance-compare.js';
import { gridArbitrary, gridSubmission, type GridSpec } from './tiles-coverage.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const runRules: RulesRunner = (submission, settings, options) => runProfileRules(submission, settings, { ...options, registered: null }).findings;
const inThisThread = (job: Parameters<typeof checkTile>[0]): Promise<ReturnType<typeof checkTile>> => Promise.resolve(checkTile(job, runRules));

function settingsWith(tileFeatures: number): Settings {
  const settings = resolveSettings(undefined, null);
  return { ...settings, limits: { ...settings.limits, tileFeatures } };
}

async function bothWays(submission: Submission, tileFeatures: number): Promise<{ single: Finding[]; tiled: Finding[] }> {
  const settings = settingsWith(tileFeatures);
  const single = runProfileRules(submission, settings, { registered: null, now: NOW }).findings;
  const { findings: tiled } = await runTiled(submission, settings, { now: NOW, surveyDateOverride: null }, runRules, inThisThread);
  return { single, tiled };
}

/** Findings whose shape crosses a side of a tile: what the test is about, so it must have some. */
function crossingTiles(findings: readonly Finding[], submission: Submission, tileFeatures: number): number {
  const { tiles } = planOf(submission, settingsWith(tileFeatures));
  return findings.filter((finding) => {
    const box = boundsOfGeometry(finding.geometry);
    if (!box) return false;
    const owner = (x: number, y: number): number => tiles.findIndex((tile) => inTile(tile.bounds, x, y));
    return owner(box.minX, box.minY) !== owner(box.maxX, box.maxY);
  }).length;
}

const EVERYTHING: GridSpec = {
  rows: 8, cols: 9, cell: 20, seed: 11,
  defects: [
    { cell: 4, kind: 'overlap', size: 400 }, { cell: 13, kind: 'gap', size: 300 }, { cell: 22, kind: 'nearMiss', size: 90 },
    { cell: 31, kind: 'copy', size: 0 }, { cell: 40, kind: 'triple', size: 0 }, { cell: 49, kind: 'bowtie', size: 0 },
    { cell: 58, kind: 'repeated', size: 0 }, { cell: 66, kind: 'bigOverlap', size: 0 }, { cell: 36, kind: 'gap', size: 80 },
    { cell: 37, kind: 'overlap', size: 100 }, { cell: 45, kind: 'nearMiss', size: 140 }, { cell: 52, kind: 'notch', size: 700 },
    { cell: 53, kind: 'notch', size: 90 },
    // The rules about one feature alone, in tiles too: their findings must come once, from the tile holding the parcel.
    { cell: 20, kind: 'spike', size: 800 }, { cell: 59, kind: 'spike', size: 300 }, { cell: 27, kind: 'pinched', size: 0 },
    { cell: 11, kind: 'area', size: 250 }, { cell: 46, kind: 'area', size: 120 }, { cell: 29, kind: 'blank', size: 0 },
    { cell: 62, kind: 'unlisted', size: 0 }, { cell: 70, kind: 'noGeometry', size: 0 },
  ],
  strip: { row: 2, size: 600, tilt: 120 },
};

describe('a layer checked in tiles', () => {
  it('plans tiles of at most the given number of parcels that cover the plane once', () => {
    const centres = new Float64Array(Array.from({ length: 200 }, (_, i) => [i % 20, Math.floor(i / 20)]).flat());
    const tiles = planTiles(centres, 16);
    expect(tiles.every((tile) => tile.features <= 16)).toBe(true);
    expect(tiles.reduce((sum, tile) => sum + tile.features, 0)).toBe(200);
    for (const [x, y] of [[0, 0], [9.5, 4.5], [-1e9, 1e9], [19, 9], [10, 5]] as const) {
      expect(tiles.filter((tile) => inTile(tile.bounds, x, y))).toHaveLength(1);
    }
  });

  it('starts above limits.tileFeatures only, and not against registered parcels', () => {
    const submission = gridSubmission(EVERYTHING);
    expect(shouldTile(submission, settingsWith(1000), null)).toBe(false);
    expect(shouldTile(submission, settingsWith(10), null)).toBe(true);
    expect(shouldTile(submission, settingsWith(10), { features: [] })).toBe(false);
  });

  for (const tileFeatures of [3, 5, 8, 13, 30]) {
    it(`gives the one-pass findings byte for byte with tiles of ${tileFeatures} parcels`, async () => {
      const submission = gridSubmission(EVERYTHING);
      const { single, tiled } = await bothWays(submission, tileFeatures);
      const rules = new Set(single.map((finding) => finding.ruleId));
      for (const id of ['topology/parcel-overlap', 'topology/parcel-gap', 'tolerance/vertex-near-miss', 'geometry/valid', 'geometry/duplicate', 'geometry/repeated-vertex', ...FEATURE_RULES]) expect(rules).toContain(id);
      expect(crossingTiles(single, submission, tileFeatures)).toBeGreaterThan(0);
      expect(JSON.stringify(tiled, null, 2)).toBe(JSON.stringify(single, null, 2));
    });
  }

  it('gives the one-pass findings from shards, each checking its own tiles and the first what is checked once', async () => {
    const submission = gridSubmission(EVERYTHING);
    const settings = settingsWith(5);
    const single = runProfileRules(submission, settings, { registered: null, now: NOW }).findings;
    const parts = await Promise.all([1, 2, 3].map((index) => runTiled(submission, settings, { now: NOW, surveyDateOverride: null }, runRules, inThisThread, { shard: { index, count: 3 } })));
    expect(parts.map((part) => part.tiles.once)).toEqual([true, false, false]);
    expect(parts.flatMap((part) => part.tiles.checked)).toEqual(planOf(submission, settings).tiles.map((tile) => tile.index));
    expect(JSON.stringify(joinFindings(parts.map((part) => part.findings)))).toBe(JSON.stringify(single));
  });

  it('holds on generated coverages with defects, whatever the tile size (fast-check, seeded)', async () => {
    await fc.assert(fc.asyncProperty(gridArbitrary, fc.integer({ min: 2, max: 12 }), async (spec, tileFeatures) => {
      const { single, tiled } = await bothWays(gridSubmission(spec), tileFeatures);
      expect(JSON.stringify(tiled)).toBe(JSON.stringify(single));
    }), { seed: 1717, numRuns: 30 });
  }, 60_000);
});

/** The same layer written another way: records in `order`, every ring reversed and/or started `rotate` vertices later. */
function rewritten(submission: Submission, order: number[], reverse: boolean, rotate: number): Submission {
  const ring = (positions: Position[]): Position[] => {
    const open = positions.slice(0, -1);
    const k = rotate % open.length;
    const turned = [...open.slice(k), ...open.slice(0, k)];
    const written = reverse ? turned.reverse() : turned;
    return [...written, written[0]!];
  };
  const geometry = (value: Geometry | null): Geometry | null => {
    if (value?.type === 'Polygon') return { type: 'Polygon', coordinates: value.coordinates.map(ring) };
    if (value?.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: value.coordinates.map((polygon) => polygon.map(ring)) };
    return value;
  };
  const [layer] = submission.layers;
  const features = order.map((from, index) => {
    const feature = layer!.features[from]!;
    const drawn = geometry(feature.geometry);
    return { ...feature, index, geometry: drawn, sourceGeometry: drawn };
  });
  return { ...submission, layers: [{ ...layer!, features }] };
}

/** What a finding says of the land: rule, message, severity and measure (to the micrometre), not which record carries it. */
const landFacts = (findings: readonly Finding[]): string[] =>
  findings.map((finding) => `${finding.ruleId} ${finding.messageId} ${finding.severity} ${finding.measured === null ? '' : finding.measured.toFixed(6)}`).sort();

describe('tiles and the land only', () => {
  it('the same layer with rings reversed, start vertices rotated and records shuffled: tiled = one pass, and the same findings (fast-check, seeded)', async () => {
    const rewrite = fc.record({ seed: fc.nat(1_000_000), reverse: fc.boolean(), rotate: fc.nat(5) });
    await fc.assert(fc.asyncProperty(gridArbitrary, fc.integer({ min: 2, max: 12 }), rewrite, async (spec, tileFeatures, { seed, reverse, rotate }) => {
      const original = gridSubmission(spec);
      const order = permutation(original.layers[0]!.features.length, seed);
      const { single, tiled } = await bothWays(rewritten(original, order, reverse, rotate), tileFeatures);
      expect(JSON.stringify(tiled)).toBe(JSON.stringify(single));
      expect(landFacts(tiled)).toEqual(landFacts((await bothWays(original, tileFeatures)).tiled));
    }), { seed: 2026, numRuns: 20 });
  }, 120_000);
});

describe('a layer checked in tiles on every core', () => {
  it('gives the one-pass run through the check threads', async () => {
    const { runRulesInTiles } = await import('../src/tiles/check-layer.js');
    const submission = gridSubmission(EVERYTHING);
    const settings = settingsWith(6);
    const single = runProfileRules(submission, settings, { registered: null, now: NOW });
    const stages: string[] = [];
    const tiled = await runRulesInTiles(submission, settings, { registered: null, now: NOW, onRule: (id) => stages.push(id) });
    expect(tiled).not.toBeNull();
    expect(stages.filter((id) => id.startsWith('tiles')).length).toBe(planOf(submission, settings).tiles.length);
    expect(JSON.stringify(tiled!.findings)).toBe(JSON.stringify(single.findings));
    expect(tiled!.result).toBe(single.result);
    expect(await runRulesInTiles(submission, settingsWith(1000), { registered: null, now: NOW })).toBeNull();
  }, 60_000);
});
