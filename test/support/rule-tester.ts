// An in-memory RuleTester, as ESLint's: one rule over submissions built in memory (no readers, no files), through the
// engine's own runRules, so a finding is made exactly as in a real check (severity, config, rounding, message).
//
//   testRule({ rule: 'metadata/dates', valid: [{ name: 'a real date', submission: { manifest: { drawingDate: '2024-05-16' } } }],
//     invalid: [{ name: 'month 13', submission: { manifest: { drawingDate: '2024-13-01' } }, findings: [{ messageId: 'notADate' }] }] });
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import type { Settings, Tolerances } from '../../src/engine/settings.js';
import type { Finding } from '../../src/model.js';
import type { RegisteredParcels } from '../../src/model/registered.js';
import { PROFILES } from '../../src/profiles/index.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { buildSubmission, type SubmissionSpec } from './submission-builder.js';

/** The same fixed clock as test/helpers.ts: long after the fixtures' 2024 survey dates. */
export const TESTER_NOW = '2026-11-23T12:00:00Z';

/** What a config may change, for a case: top-level settings, tolerances one by one. */
export type SettingsOverride = Partial<Omit<Settings, 'tolerances'>> & { tolerances?: Partial<Tolerances> };

export interface ValidCase {
  /** Names the situation, e.g. 'photo taken 150 m away'. */
  name: string;
  submission: SubmissionSpec;
  /** Default 'ge-388'. */
  profile?: string;
  settings?: SettingsOverride;
  /** The rule's own options, as a config's `rules.<id>.options` sets them. */
  options?: Partial<Tolerances>;
  registered?: RegisteredParcels | null;
  /** The run's clock (ISO); default TESTER_NOW. */
  now?: string;
  /** As `--survey-date`. */
  surveyDate?: string | null;
}

/** The fields of a finding a case states; `messageId` always, the rest as the case is about. */
export type ExpectedFinding = Partial<Omit<Finding, 'ruleId'>> & { messageId: string };

export interface InvalidCase extends ValidCase {
  /** Exactly the findings the rule must make, in the engine's order (severity, layer, file, feature, message). */
  findings: ExpectedFinding[];
}

export interface RuleCases {
  rule: string;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function settingsFor(testCase: ValidCase, ruleId: string): Settings {
  const profileId = testCase.profile ?? 'ge-388';
  const profile = PROFILES[profileId];
  if (!profile) throw new Error(`unknown profile ${profileId}`);
  const { tolerances, ...rest } = testCase.settings ?? {};
  const settings: Settings = { ...profile, ...rest, tolerances: { ...profile.tolerances, ...tolerances }, rules: [ruleId] };
  return testCase.options ? { ...settings, ruleOptions: { ...settings.ruleOptions, [ruleId]: testCase.options } } : settings;
}

/** The findings one rule makes on a case, as the engine makes them. */
export function findingsOf(ruleId: string, testCase: ValidCase): Finding[] {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId} in src/rules/index.ts`);
  const run = runRules(buildSubmission(testCase.submission), [rule], {
    settings: settingsFor(testCase, rule.id),
    registered: testCase.registered ?? null,
    now: new Date(testCase.now ?? TESTER_NOW),
    surveyDateOverride: testCase.surveyDate ?? null,
  });
  return run.findings;
}

/** Fields shown for a finding no case expected, so the diff says what it is. */
const SHOWN_WHEN_UNEXPECTED: ReadonlyArray<keyof Finding> = ['messageId', 'severity', 'message', 'featureIndex', 'featureId', 'measured', 'limit'];

/** The actual findings cut to the fields each expected finding states: `toEqual` then diffs only what the case is about. */
export function comparable(actual: readonly Finding[], expected: readonly ExpectedFinding[]): Array<Partial<Finding>> {
  return actual.map((finding, i) => {
    const stated = expected[i];
    const keys = stated ? (Object.keys(stated) as Array<keyof Finding>) : SHOWN_WHEN_UNEXPECTED;
    return Object.fromEntries(keys.map((key) => [key, finding[key]]));
  });
}

/** Registers one describe block per rule: each valid case gives no finding, each invalid case exactly its findings. */
export function testRule(cases: RuleCases): void {
  describe(cases.rule, () => {
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        expect(comparable(findingsOf(cases.rule, testCase), [])).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name} → ${testCase.findings.map((finding) => finding.messageId).join(', ')}`, () => {
        expect(testCase.findings.length, 'an invalid case expects at least one finding').toBeGreaterThan(0);
        expect(comparable(findingsOf(cases.rule, testCase), testCase.findings)).toEqual(testCase.findings);
      });
    }
  });
}
