// geometry/valid against JTS's own validity test suite (../shared/corpora/jts-valid): every polygon case.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import WKTReader from 'jsts/org/locationtech/jts/io/WKTReader.js';
import { describe, expect, it } from 'vitest';
import { geometryFactory, toGeoJson, type JstsGeometry } from '../../src/geom/jsts.js';
import { findInvalidity } from '../../src/geom/validity.js';
import { REPO } from '../helpers.js';

const CORPUS = join(REPO, '../shared/corpora/jts-valid');

interface JtsCase {
  file: string;
  caseIndex?: number;
  testName?: string;
  caseDesc?: string;
  wkt: string;
  expectedValid: boolean;
  mode?: string;
}

function readCases(name: string): JtsCase[] {
  return readFileSync(join(CORPUS, name), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as JtsCase);
}

/** cadcheck's verdict on a WKT: what geometry/valid would say of the same shape read from a layer. */
function cadcheckSaysValid(wkt: string): boolean {
  let geometry: JstsGeometry;
  try {
    geometry = new WKTReader(geometryFactory as never).read(wkt) as unknown as JstsGeometry;
  } catch {
    // jsts refuses to build an unclosed ring or a ring of fewer than 4 points: geometry/valid reports those too.
    return false;
  }
  return findInvalidity(toGeoJson(geometry)) === null;
}

const isPolygonal = (testCase: JtsCase): boolean => /^\s*(MULTI)?POLYGON/i.test(testCase.wkt);

describe.skipIf(!existsSync(CORPUS))('JTS validity suite (skipped when ../shared/corpora/jts-valid is absent)', () => {
  const cases = existsSync(CORPUS) ? readCases('cases.jsonl').filter(isPolygonal) : [];

  it('covers all 404 polygon cases of cases.jsonl', () => {
    expect(cases).toHaveLength(404);
  });

  it('agrees with JTS on every polygon case', () => {
    const disagreements = cases
      .filter((testCase) => cadcheckSaysValid(testCase.wkt) !== testCase.expectedValid)
      .map((testCase) => `${testCase.file.split('/').pop()}#${testCase.caseIndex} ${testCase.caseDesc}`);
    expect(disagreements).toEqual([]);
  });

  it('agrees with the OGC-mode unit cases of IsValidTest and ValidSelfTouchingRingTest', () => {
    // The ESRI-mode cases (selfTouchingRingFormingHoleValid=true) are left out on purpose: the law asks
    // for OGC validity (Art. 8(4)(a): no self-intersection), so an inverted shell stays invalid in cadcheck.
    const unitCases = readCases('unit-cases.jsonl').filter((testCase) => isPolygonal(testCase) && testCase.mode?.startsWith('OGC'));
    expect(unitCases.length).toBeGreaterThan(20);
    const disagreements = unitCases.filter((testCase) => cadcheckSaysValid(testCase.wkt) !== testCase.expectedValid).map((testCase) => testCase.testName);
    expect(disagreements).toEqual([]);
  });
});
