// metadata/scale, source-parcels and paper-matches-digital on their fixtures: exact findings, and near misses that pass.
import { describe, expect, it } from 'vitest';
import { checkJson, type JsonFinding, pickFields } from '../helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';

type Expected = Partial<Pick<JsonFinding, 'ruleId' | 'severity' | 'messageId' | 'message' | 'file' | 'layer' | 'featureIndex' | 'featureId' | 'measured' | 'limit' | 'unit'>>;

const pick = pickFields<Expected>;

/** Errors and warnings: other families' "not checked" infos (no --registered) are not this file's business. */
function shown(findings: JsonFinding[]): JsonFinding[] {
  return findings.filter((finding) => finding.severity !== 'info');
}

const FAILING: Array<{ fixture: string; findings: Expected[] }> = [
  {
    fixture: 'metadata/scale/fail/scale-750',
    findings: [{ ruleId: 'metadata/scale', severity: 'error', messageId: 'notAllowed', file: 'cadcheck.json', message: 'Scale 1:750 is not allowed: use 1:500, 1:1000, 1:2000 or a larger multiple of 1000' }],
  },
  {
    fixture: 'metadata/scale/fail/individual-ownership-at-1000',
    findings: [{ ruleId: 'metadata/scale', severity: 'error', messageId: 'notAllowedIndividual', file: 'cadcheck.json' }],
  },
  {
    fixture: 'metadata/source-parcels/fail/merge-with-one-source-parcel',
    findings: [{ ruleId: 'metadata/source-parcels', severity: 'error', messageId: 'mergeNeedsTwo', file: 'cadcheck.json', message: 'A merge must list the cadastral codes of at least 2 merged parcels in sourceParcels; it lists 1' }],
  },
  {
    fixture: 'metadata/source-parcels/fail/division-with-two-source-parcels',
    findings: [{ ruleId: 'metadata/source-parcels', severity: 'error', messageId: 'divisionNeedsOne', file: 'cadcheck.json' }],
  },
  {
    fixture: 'metadata/paper-matches-digital/fail/paper-area-off-by-2m2',
    findings: [{
      ruleId: 'metadata/paper-matches-digital', severity: 'error', messageId: 'parcelArea', file: 'cadcheck.json', featureIndex: null, measured: 2, limit: 0, unit: 'm²',
      message: 'paper.parcelArea 1242 m² differs from the declared area attribute (area) of the parcel layer, 1240 m² rounded to a whole m² (1240.00 m² as declared)',
    }],
  },
  {
    fixture: 'metadata/paper-matches-digital/fail/paper-building-storeys-differ',
    findings: [{
      ruleId: 'metadata/paper-matches-digital', severity: 'error', messageId: 'storeysDiffer', layer: 'building', file: 'building.shp', featureIndex: 1, featureId: '02',
      message: 'Building 02 has 1 storeys in the layer but 2 on paper',
    }],
  },
];

const PASSING = [
  'metadata/scale/pass/scale-3000',
  'metadata/scale/pass/individual-ownership-at-100',
  'metadata/source-parcels/pass/merge-with-two-source-parcels',
  'metadata/paper-matches-digital/pass/paper-area-rounded-from-1240.4',
  'metadata/paper-matches-digital/pass/paper-condition-in-georgian',
];

describe.each(FAILING)('$fixture', ({ fixture, findings }) => {
  it(`reports exactly ${findings.map((f) => `${f.ruleId} ${f.messageId}`).join(', ')} and fails`, async () => {
    const { exitCode, report } = await checkJson(`${RULES_DIR}/${fixture}`);
    expect(shown(report.findings).map((finding, i) => pick(finding, findings[i] ?? { ruleId: '' }))).toEqual(findings);
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
