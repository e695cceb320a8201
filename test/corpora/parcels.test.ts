// Two real cadastral coverages (../shared/corpora/parcels): cadcheck finds the overlaps and gaps GEOS found (OBSERVED.md), by our width semantics.
//
// OBSERVED.md reports what GDAL 3.6.2 / GEOS 3.11.1 see: overlapping pairs with their intersection
// AREA, and the holes of the union. cadcheck judges by WIDTH (diameter of the largest inscribed circle,
// to 1 mm) and drops regions narrower than 1 mm as one boundary drawn twice. So the test checks that
//  - the areas of the overlaps cadcheck reports are GEOS's areas (to 1 mm², as OBSERVED rounds them);
//  - every GEOS overlap and hole 1 mm wide or more is reported, and those narrower are the ones left out;
//  - the severity follows from the width: all of these overlaps are far narrower than 0.30 m, so
//    tolerance/registered-overlap tolerates them (info), however large their area.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings, validateConfig, runProfileRules } from '../../src/catalogue.js';
import type { RegisteredParcels } from '../../src/engine/define-rule.js';
import type { Settings } from '../../src/engine/settings.js';
import { geometryFactory, toJsts, type JstsGeometry } from '../../src/geom/jsts.js';
import { maxInscribedWidth } from '../../src/geom/width.js';
import { loadRegistered } from '../../src/io/registered.js';
import type { Feature, Finding, Submission } from '../../src/model.js';
import { REPO } from '../helpers.js';
import { submissionOf } from './parcel-submission.js';

const CORPUS = join(REPO, '../shared/corpora/parcels');

/** One parcel covering `box`: a submission whose "near" window takes in the whole coverage. */
function boxFeature([minX, minY, maxX, maxY]: number[]): Feature {
  const geometry = { type: 'Polygon' as const, coordinates: [[[minX!, minY!], [maxX!, minY!], [maxX!, maxY!], [minX!, maxY!], [minX!, minY!]]] };
  return { index: 0, id: null, geometry, sourceGeometry: geometry, properties: {} };
}

const wholeCoverages = new Map<string, RegisteredParcels>();
/** The whole coverage, read once: a submission covering it all makes every parcel "near". */
async function loadWhole(corpus: Corpus, settings: Settings): Promise<RegisteredParcels> {
  let whole = wholeCoverages.get(corpus.file);
  if (!whole) {
    whole = await loadRegistered(corpus.file, submissionOf([boxFeature(corpus.box)], settings.crs), settings);
    wholeCoverages.set(corpus.file, whole);
  }
  return whole;
}

const areaOf = (finding: Finding): number => toJsts(finding.geometry!).getArea();

interface JstsPolygon extends JstsGeometry {
  getNumInteriorRing(): number;
  getInteriorRingN(n: number): unknown;
}

const unions = new Map<Feature[], JstsGeometry>();
/** The union of all parcels (GEOS's UnionCascaded in OBSERVED.md), computed once per coverage: it takes seconds. */
function unionOf(features: Feature[]): JstsGeometry {
  let union = unions.get(features);
  if (!union) {
    union = UnaryUnionOp.union(geometryFactory.createGeometryCollection(features.map((f) => toJsts(f.geometry!)) as never) as never) as unknown as JstsGeometry;
    unions.set(features, union);
  }
  return union;
}

/** The holes of the union of all parcels, each with its area and width. */
function unionHoles(features: Feature[]): Array<{ hole: JstsGeometry; area: number; width: number }> {
  const union = unionOf(features);
  const holes = [];
  for (let i = 0; i < union.getNumGeometries(); i++) {
    const part = union.getGeometryN(i) as JstsPolygon;
    for (let h = 0; h < part.getNumInteriorRing(); h++) {
      const hole = (geometryFactory as unknown as { createPolygon(ring: unknown): JstsGeometry }).createPolygon(part.getInteriorRingN(h));
      holes.push({ hole, area: hole.getArea(), width: Math.round(maxInscribedWidth(hole, 0.0001) * 1000) / 1000 });
    }
  }
  return holes.sort((a, b) => a.area - b.area);
}

interface Corpus {
  name: string;
  file: string;
  config: Record<string, unknown>;
  /** A box in the profile CRS around the whole coverage. */
  box: number[];
  featureCount: number;
  unionParts: number;
  /** OBSERVED.md's largest overlapping pairs: [cad code of the parcel we submit, its neighbour's code or null, GEOS's area m²]. */
  pairs: Array<[string, string | null, number]>;
}

const CORPORA: Corpus[] = [
  {
    name: 'fr-etalab-91216-epinay-sur-orge (EPSG:4326 GeoJSON, reprojected to EPSG:2154)',
    file: join(CORPUS, 'fr-etalab-91216-epinay-sur-orge/cadastre-91216-parcelles.json'),
    // Lambert-93 for metropolitan France; the parcel id is the `id` property.
    config: { crs: ['EPSG:2154'], extent: { lonMin: -5.5, lonMax: 10, latMin: 41, latMax: 51.5 }, fields: { parcel: { cad_code: ['id'] } } },
    box: [600000, 6800000, 700000, 6900000], featureCount: 4241, unionParts: 127,
    pairs: [['91216000ZE0012', '91216000AO0002', 0.13], ['91216000ZB0161', '91216000AC0328', 0.027], ['91216000ZD0143', '91216000AK0299', 0.001]],
  },
  {
    name: 'gr-kastoria-1925-egsa87 (Shapefile, ESRI .prj Greek_Grid = EPSG:2100)',
    file: join(CORPUS, 'gr-kastoria-1925-egsa87/cad1925.shp'),
    // GGRS87 / Greek Grid; the parcel code is KAK (101 NULL, 5 duplicated: we submit parcels with a unique code).
    config: { crs: ['EPSG:2100'], extent: { lonMin: 19, lonMax: 30, latMin: 34, latMax: 42 }, fields: { parcel: { cad_code: ['KAK'] } } },
    box: [260000, 4480000, 280000, 4500000], featureCount: 493, unionParts: 139,
    pairs: [['130312', '130314', 1.379], ['162310', '162311', 0.78], ['161626', null, 0.171], ['151118', null, 0.079], ['161713', '161714', 0.068]],
  },
];

describe.skipIf(!existsSync(CORPUS))('real parcel coverages in ../shared/corpora/parcels (skipped when that folder is absent)', () => {
  describe.each(CORPORA)('$name', (corpus) => {
    let settings: Settings;
    let everything: RegisteredParcels;

    beforeAll(async () => {
      settings = resolveSettings(undefined, validateConfig(corpus.config, 'corpus config'));
      everything = await loadWhole(corpus, settings);
    }, 60_000);

    it(`reads all ${corpus.featureCount} parcels as registered data, in the profile CRS`, () => {
      expect(everything.features).toHaveLength(corpus.featureCount);
      if (settings.crs === 'EPSG:2100') {
        // Already in EPSG:2100: OBSERVED.md's extent, unmoved (an ESRI .prj without TOWGS84 once shifted it ~250 m).
        const envelope = geometryFactory.createGeometryCollection(everything.features.map((f) => toJsts(f.geometry!)) as never) as unknown as JstsGeometry;
        const e = envelope.getEnvelopeInternal();
        expect([e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()].map((v) => Math.round(v * 100) / 100)).toEqual([268469.69, 4488174.79, 269065.06, 4488717.55]);
      }
    });

    it('the union has as many parts as GEOS found', () => {
      expect(unionOf(everything.features).getNumGeometries()).toBe(corpus.unionParts);
    }, 60_000);

    // Each pair as a registry clerk would meet it: one parcel submitted, the whole coverage as --registered.
    it.each(corpus.pairs)('submitting %s: registered-overlap finds its overlap with %s, of GEOS area %f m², tolerated by width', async (code, neighbour, geosArea) => {
      const parcel = everything.features.find((f) => f.id === code)!;
      const submission = submissionOf([parcel], settings.crs);
      const registered = await loadRegistered(corpus.file, submission, settings);
      // Only the parcels near this one are read (tens, not thousands), itself among them and skipped as its own.
      expect(registered.features.length).toBeLessThan(100);
      const findings = runProfileRules(submission, { ...settings, rules: ['tolerance/registered-overlap'] }, { registered }).findings;
      const overlap = findings.find((f) => neighbour === null ? String(f.data.cadCode).endsWith('(no cad_code)') : f.data.cadCode === neighbour)!;
      expect(overlap).toBeDefined();
      // GEOS's area, to the 1 mm² OBSERVED.md gives it (0.0015 m² is written 0.001 there).
      expect(Math.abs(areaOf(overlap) - geosArea)).toBeLessThan(0.0006);
      // Width decides: the widest of these is 0.183 m (1.379 m² over a long side), under 0.30 m, so tolerated.
      expect(overlap.severity).toBe('info');
      expect(overlap.messageId).toBe('tolerated');
      expect(overlap.measured!).toBeGreaterThanOrEqual(0.001);
      expect(overlap.measured!).toBeLessThanOrEqual(0.3);
    }, 60_000);
  });

  describe('the Greek 1925 map as one multi-parcel submission (topology/parcel-overlap and parcel-gap, written by another engineer)', () => {
    const corpus = CORPORA[1]!;
    let settings: Settings;
    let submission: Submission;
    beforeAll(async () => {
      settings = resolveSettings(undefined, validateConfig(corpus.config, 'corpus config'));
      const everything = await loadWhole(corpus, settings);
      submission = submissionOf(everything.features, settings.crs);
    }, 60_000);

    it('GEOS: 19 overlapping pairs, 10 over 0.01 m², 3 over 0.1 m², 1 over 1 m²; cadcheck reports every pair 1 mm wide or more, which includes all 10 over 0.01 m²', () => {
      const overlaps = runProfileRules(submission, { ...settings, rules: ['topology/parcel-overlap'] }).findings;
      const areas = overlaps.map(areaOf);
      // The 7 pairs GEOS counts and cadcheck does not are under 1 mm wide: the same boundary digitised twice.
      expect(overlaps.length).toBe(12);
      expect(areas.filter((a) => a > 0.01)).toHaveLength(10);
      expect(areas.filter((a) => a > 0.1)).toHaveLength(3);
      expect(areas.filter((a) => a > 1)).toHaveLength(1);
      // By width, only 130312 × 130314 (0.183 m) exceeds the 0.15 m accuracy: one error, the rest warnings.
      expect(overlaps.filter((f) => f.severity === 'error').map((f) => [f.measured, Math.round(areaOf(f) * 1000) / 1000])).toEqual([[0.183, 1.379]]);
    }, 60_000);

    it('GEOS: 12 holes in the union (5 < 0.01 m², 9 < 0.1, 11 < 1, 12 < 10); every hole 1 mm wide or more is a parcel-gap finding', () => {
      const holes = unionHoles(submission.layers[0]!.features);
      const measurable = holes.filter((h) => h.width >= 0.001);
      // jsts finds one more near-zero hole than GEOS (13 vs 12); the ones under 1 mm wide are all of zero area to 0.1 mm².
      expect(holes.filter((h) => h.width < 0.001).every((h) => h.area < 0.0001)).toBe(true);
      expect(measurable.map((h) => Math.round(h.area * 10000) / 10000)).toEqual([0.0113, 0.0227, 0.0363, 0.0455, 0.3991, 0.467, 1.2585]);
      const gaps = runProfileRules(submission, { ...settings, rules: ['topology/parcel-gap'] }).findings.map((f) => toJsts(f.geometry!));
      for (const { hole } of measurable) expect(gaps.some((gap) => gap.intersection(hole).getArea() > 0.5 * hole.getArea())).toBe(true);
    }, 60_000);
  });

  describe('spikes in a real cadastre (geometry/spike)', () => {
    it('fr: the tips narrower than 0.15 m over a side longer than 0.15 m, sharper than 28.07°, are the 10 an independent scan finds', async () => {
      const corpus = CORPORA[0]!;
      const settings = resolveSettings(undefined, validateConfig(corpus.config, 'corpus config'));
      const everything = await loadWhole(corpus, settings);
      const spikes = runProfileRules(submissionOf(everything.features, settings.crs), { ...settings, rules: ['geometry/spike'] }).findings;
      // The same definition computed apart from cadcheck (python, on the lon/lat file scaled by cos(latitude) to metres,
      // not Lambert-93): these 10 parcels, widths 0.041–0.141 m. Lambert-93 moves a width by well under a millimetre here.
      expect(spikes.map((f) => f.featureId).sort()).toEqual([
        '91216000AE0605', '91216000AI0434', '91216000AI0672', '91216000AI0705', '91216000AL0502',
        '91216000AL0503', '91216000AM0121', '91216000ZB0567', '91216000ZB0796', '91216000ZD0438',
      ]);
      expect(spikes.find((f) => f.featureId === '91216000AI0672')!.measured).toBeCloseTo(0.134, 2);
      // None of them is an invalid ring: the rule finds what geometry/valid lets through.
      const invalid = runProfileRules(submissionOf(everything.features.filter((f) => spikes.some((s) => s.featureId === f.id)), settings.crs), { ...settings, rules: ['geometry/valid'] }).findings;
      expect(invalid).toEqual([]);
    }, 60_000);
  });

  describe('gaps against registered neighbours (tolerance/registered-gap)', () => {
    it('fr: the < 0.1 m² hole GEOS found between 91216000ZE0012 and 91216000AO0002 is a 3 mm sliver of 0.072 m²; the 118 m² hole is 2.5 m wide, no sliver', async () => {
      const corpus = CORPORA[0]!;
      const settings = resolveSettings(undefined, validateConfig(corpus.config, 'corpus config'));
      const everything = await loadWhole(corpus, settings);
      expect(unionHoles(everything.features).map((h) => [Math.round(h.area * 10000) / 10000, h.width])).toEqual([[0.0718, 0.003], [117.8448, 2.545]]);
      const submission = submissionOf([everything.features.find((f) => f.id === '91216000ZE0012')!], settings.crs);
      const registered = await loadRegistered(corpus.file, submission, settings);
      const gaps = runProfileRules(submission, { ...settings, rules: ['tolerance/registered-gap'] }, { registered }).findings;
      expect(gaps.map((f) => [f.data.cadCode, f.measured, Math.round(areaOf(f) * 10000) / 10000])).toEqual([['91216000AO0002', 0.003, 0.0718]]);
    }, 60_000);
  });
});
