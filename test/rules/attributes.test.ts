// attributes/* on their fixtures: each failing fixture breaks exactly one rule; each passing one sits just inside a limit.
import { describe, expect, it } from 'vitest';
import { checkJson, type JsonFinding, pickFields } from '../helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';

type Expected = Partial<Pick<JsonFinding, 'ruleId' | 'severity' | 'messageId' | 'message' | 'file' | 'featureIndex' | 'featureId' | 'measured' | 'limit' | 'unit'>>;

const pick = pickFields<Expected>;

/** Errors and warnings: other families' "not checked" infos (no --registered) are not this file's business. */
function shown(findings: JsonFinding[]): JsonFinding[] {
  return findings.filter((finding) => finding.severity !== 'info');
}

const FAILING: Array<{ fixture: string; findings: Expected[] }> = [
  {
    fixture: 'attributes/required/fail/parcel-without-method-field',
    findings: [{ ruleId: 'attributes/required', messageId: 'missingField', file: 'parcel.shp', featureIndex: null, message: 'The parcel table has no "method" field (names accepted: method)' }],
  },
  {
    fixture: 'attributes/complete/fail/blank-purpose',
    findings: [{ ruleId: 'attributes/complete', messageId: 'blank', file: 'parcel.shp', featureIndex: 0, featureId: '01.14.07.012.034', message: '"purpose" is blank' }],
  },
  {
    fixture: 'attributes/allowed-values/fail/purpose-forest',
    findings: [{ ruleId: 'attributes/allowed-values', messageId: 'notInList', file: 'parcel.shp', featureIndex: 0, message: 'purpose "forest" is not an allowed value (allowed: agricultural, non-agricultural)' }],
  },
  {
    fixture: 'attributes/allowed-values/fail/method-7',
    findings: [{ ruleId: 'attributes/allowed-values', messageId: 'notInList', file: 'parcel.shp', featureIndex: 0, message: 'method "7" is not an allowed value (allowed: 1, 2, 3, 4, 5, 6)' }],
  },
  {
    fixture: 'attributes/allowed-values/fail/storeys-1.5',
    findings: [{ ruleId: 'attributes/allowed-values', messageId: 'notStoreys', file: 'building.shp', featureIndex: 1, featureId: '02' }],
  },
  {
    fixture: 'attributes/allowed-values/fail/linear-type-fence',
    findings: [{ ruleId: 'attributes/allowed-values', messageId: 'notInList', file: 'linear.shp', featureIndex: 0 }],
  },
  {
    fixture: 'attributes/allowed-values/fail/marker-labelled-b1',
    findings: [{ ruleId: 'attributes/allowed-values', messageId: 'notLabel', file: 'markers.shp', featureIndex: 1, featureId: 'b1' }],
  },
  {
    fixture: 'attributes/area-matches-geometry/fail/area-off-by-1.5m2',
    findings: [{
      ruleId: 'attributes/area-matches-geometry', messageId: 'areaDiffers', file: 'parcel.shp', featureIndex: 0, measured: 1.5, limit: 1, unit: 'm²',
      message: 'Declared area 1241.5 m² differs from the drawn area 1240.00 m² by 1.50 m² (limit 1 m²)',
    }],
  },
  {
    fixture: 'attributes/building-number/fail/building-numbered-1',
    findings: [{ ruleId: 'attributes/building-number', messageId: 'badPattern', file: 'building.shp', featureIndex: 1, featureId: '1' }],
  },
  {
    fixture: 'attributes/building-number/fail/two-buildings-01',
    findings: [
      { ruleId: 'attributes/building-number', messageId: 'duplicate', file: 'building.shp', featureIndex: 1, message: 'Building number "01" is used twice (first by feature 0 of building.shp)' },
      // A building number identifies the object (RULES.md, geometry/duplicate): two separate buildings under one number (issue 13).
      { ruleId: 'geometry/duplicate', messageId: 'sameIdentifier', file: 'building.shp', featureIndex: 1, message: 'Same number "01" as record 0, on a separate object: one object, one record — merge them or give each its own number' },
    ],
  },
  {
    fixture: 'attributes/linear-length/fail/length-plan-off-by-0.20m',
    findings: [{
      ruleId: 'attributes/linear-length', messageId: 'lengthDiffers', file: 'linear.shp', featureIndex: 0, measured: 0.2, limit: 0.15, unit: 'm',
      message: 'length_plan 30.2 m differs from the drawn 2D length 30 m by 0.2 m (limit 0.15 m)',
    }],
  },
  {
    fixture: 'attributes/marker-label/fail/two-markers-labelled-A',
    findings: [{ ruleId: 'attributes/marker-label', messageId: 'duplicate', file: 'markers.shp', featureIndex: 2, featureId: 'A' }],
  },
];

const PASSING = [
  'attributes/required/pass/area-field-named-FARTOBI',
  'attributes/complete/pass/storeys-0-is-filled-in',
  'attributes/allowed-values/pass/georgian-spellings-and-codes',
  'attributes/area-matches-geometry/pass/area-off-by-0.5m2',
  'attributes/building-number/pass/buildings-09-and-10',
  'attributes/linear-length/pass/length-plan-off-by-0.10m',
  'attributes/marker-label/pass/markers-A-B-C-D',
];

describe.each(FAILING)('$fixture', ({ fixture, findings }) => {
  it(`reports exactly ${findings.map((f) => `${f.ruleId} ${f.messageId}`).join(', ')} and fails`, async () => {
    const { exitCode, report } = await checkJson(`${RULES_DIR}/${fixture}`);
    const errors = shown(report.findings);
    expect(errors.map((finding, i) => pick(finding, findings[i] ?? { ruleId: '' }))).toEqual(findings);
    expect(errors.every((finding) => finding.severity === 'error')).toBe(true);
    expect(exitCode).toBe(1);
  });
});

describe.each(PASSING)('%s', (fixture) => {
  it('passes with no error or warning', async () => {
    const { exitCode, report } = await checkJson(`${RULES_DIR}/${fixture}`);
    expect(shown(report.findings)).toEqual([]);
    expect(exitCode).toBe(0);
  });
});
