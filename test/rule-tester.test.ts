// The RuleTester itself: it sees a missing, an extra or a different finding, and it makes findings as the engine does.
import { describe, expect, it } from 'vitest';
import { comparable, findingsOf, type InvalidCase } from './support/rule-tester.js';
import { rect } from './support/submission-builder.js';

/** Building 01 sticking 0.16 m out of the parcel's west side: one topology/building-within-parcel error. */
const OUT: InvalidCase = {
  name: 'a building 0.16 m out',
  submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40)] }, { role: 'building', features: [{ geometry: rect(-0.16, 5, 17, 15), properties: { number: '01' } }] }] },
  findings: [{ messageId: 'protrudes', featureIndex: 0, featureId: '01', measured: 0.16 }],
};
const RULE = 'topology/building-within-parcel';

describe('RuleTester', () => {
  it('compares only the fields a case states, and passes when they agree', () => {
    expect(comparable(findingsOf(RULE, OUT), OUT.findings)).toEqual(OUT.findings);
  });
  it('fails on a finding the case does not expect, showing what it is', () => {
    const shown = comparable(findingsOf(RULE, OUT), []);
    expect(shown).toEqual([{ messageId: 'protrudes', severity: 'error', message: expect.stringContaining('0.160 m') as unknown, featureIndex: 0, featureId: '01', measured: 0.16, limit: 0.15 }]);
    expect(shown).not.toEqual([]);
  });
  it('fails on an expected finding the rule does not make, and on a different value', () => {
    const found = findingsOf(RULE, OUT);
    const twice = [...OUT.findings, { messageId: 'protrudes' }];
    expect(comparable(found, twice)).not.toEqual(twice);
    const other = [{ ...OUT.findings[0]!, measured: 0.15 }];
    expect(comparable(found, other)).not.toEqual(other);
  });
  it('turns a report into a finding through the engine: a rule turned off in the config gives nothing', () => {
    expect(findingsOf(RULE, { ...OUT, settings: { ruleSettings: { [RULE]: 'off' } } })).toEqual([]);
  });
  it('builds feature ids as a reader does: the first id field filled in, trimmed', () => {
    const [finding] = findingsOf(RULE, { ...OUT, submission: { layers: [OUT.submission.layers![0]!, { role: 'building', features: [{ geometry: rect(-0.16, 5, 17, 15), properties: { id: ' ', NUMBER: ' 07 ' } }] }] } });
    expect(finding!.featureId).toBe('07');
  });
});
