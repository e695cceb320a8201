// Every (rule, message id) a test expects, gathered from the data the tests run: the RuleTester tables
// (test/rules/cases/), the test rows fixture cases carry (scripts/fixtures/cases/) and the ua-1051/kz-pcm rows.
import { FIXTURE_CASES } from '../../scripts/fixtures/cases/index.js';
import { fixturePath } from '../../scripts/fixtures/cases/case.js';
import { RULE_CASES } from '../rules/cases/index.js';
import { PROFILE_FILE_ROWS } from '../rules/cases/profile-file-rows.js';

export interface ExpectedMessage {
  ruleId: string;
  messageId: string;
  /** The case that expects it, to name in a failure. */
  where: string;
}

/**
 * Message ids a rule declares but the engine reports outside the rule's check, so no rule case can produce them: each
 * with the test that expects it (the meta-test holds that the file still names it).
 */
export const REPORTED_OUTSIDE_CHECK: ReadonlyArray<{ ruleId: string; messageId: string; test: string; why: string }> = [
  { ruleId: 'input/too-complex', messageId: 'time', test: 'test/check-thread.test.ts', why: 'the check thread is stopped past its time budget (src/worker/too-complex.ts)' },
  { ruleId: 'input/too-complex', messageId: 'memory', test: 'test/check-thread.test.ts', why: 'the check thread is stopped past its heap budget (src/worker/too-complex.ts)' },
  { ruleId: 'photos/duplicate', messageId: 'otherSubmission', test: 'test/batch.test.ts', why: 'a batch compares photos across submissions (src/batch/cross.ts)' },
  { ruleId: 'tolerance/registered-overlap', messageId: 'otherSubmission', test: 'test/batch.test.ts', why: 'a batch compares parcels across submissions (src/batch/cross.ts)' },
];

/**
 * Message ids no submission can reach today, each with why it is kept; test/message-ids.test.ts holds the claim.
 * metadata/manifest's `schema` says a schema problem in the schema's own words when the rule has no form for it (a key
 * that is neither a code list, a layer role, an enum nor of one JSON type): every node of schema/manifest.schema.json
 * has a type or an enum, so no manifest reaches it, but a keyword the schema gains later (a pattern, a format) would be
 * said through it rather than dropped.
 */
export const UNREACHABLE: ReadonlyArray<{ ruleId: string; messageId: string }> = [{ ruleId: 'metadata/manifest', messageId: 'schema' }];

export function expectedMessages(): ExpectedMessage[] {
  const expected: ExpectedMessage[] = [];
  for (const cases of RULE_CASES) {
    for (const testCase of cases.invalid) {
      for (const finding of testCase.findings) expected.push({ ruleId: cases.rule, messageId: finding.messageId, where: `test/rules/cases: ${cases.rule}, ${testCase.name}` });
    }
  }
  for (const fixtureCase of FIXTURE_CASES) {
    for (const finding of fixtureCase.expect.findings) expected.push({ ruleId: finding.ruleId, messageId: finding.messageId, where: fixturePath(fixtureCase) });
  }
  for (const row of PROFILE_FILE_ROWS) {
    for (const [ruleId, messageId] of row.findings) expected.push({ ruleId, messageId, where: row.path });
  }
  return expected;
}
