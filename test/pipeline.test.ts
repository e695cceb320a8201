// The one pipeline (issue 16): the engine runs the rules it is handed, not a registry of its own; the config is checked
// against the rules it is handed; checkSubmission() reads, runs and settles one verdict(findings, maxWarnings).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings, RULES_BY_ID, validateConfig } from '../src/catalogue.js';
import { checkSubmission } from '../src/check-submission.js';
import { validateConfig as validateConfigAgainst } from '../src/engine/config.js';
import type { RuleDefinition } from '../src/engine/define-rule.js';
import { runRules } from '../src/engine/run.js';
import { tooManyWarnings, verdict } from '../src/engine/verdict.js';
import { loadSubmission } from '../src/io/submission.js';
import type { Finding, Severity } from '../src/model.js';
import { REPO, TEST_NOW } from './helpers.js';

const BOW_TIE = join(REPO, 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building');
const VALID = join(REPO, 'fixtures/ge-388/valid');
const TWO_PHOTOS = join(REPO, 'fixtures/ge-388/rules/photos/min-count/fail/only-two-photos');

const findingOf = (severity: Severity): Finding => ({
  ruleId: 'test/any', severity, messageId: 'any', message: 'any', data: {}, reference: null, layer: null, file: null,
  featureIndex: null, featureId: null, location: null, measured: null, limit: null, unit: null, geometry: null,
});

describe('verdict(findings, maxWarnings)', () => {
  it('fails on an error whatever --max-warnings says, and passes on infos alone', () => {
    expect(verdict([findingOf('error')], null)).toBe('fail');
    expect(verdict([findingOf('error')], 100)).toBe('fail');
    expect(verdict([findingOf('info'), findingOf('info')], 0)).toBe('pass');
    expect(verdict([], null)).toBe('pass');
  });

  it('fails on more warnings than --max-warnings allows, not on as many', () => {
    const two = [findingOf('warning'), findingOf('warning')];
    expect(verdict(two, null)).toBe('pass');
    expect(verdict(two, 2)).toBe('pass');
    expect(verdict(two, 1)).toBe('fail');
    expect(tooManyWarnings(two, 1)).toBe(true);
    expect(tooManyWarnings(two, 2)).toBe(false);
  });
});

describe('the engine is given its rules', () => {
  const settings = resolveSettings('ge-388', null);

  it('runs only the rules handed to it, though the profile lists them all', async () => {
    const submission = await loadSubmission(BOW_TIE, settings);
    const everything = runRules(submission, settings.rules.map((id) => RULES_BY_ID.get(id)!), { settings, now: TEST_NOW });
    expect(new Set(everything.findings.map((finding) => finding.ruleId)).size).toBeGreaterThan(1);
    const valid = runRules(submission, [RULES_BY_ID.get('geometry/valid')!], { settings, now: TEST_NOW });
    expect(valid.findings.length).toBeGreaterThan(0);
    expect(new Set(valid.findings.map((finding) => finding.ruleId))).toEqual(new Set(['geometry/valid']));
    expect(valid.result).toBe('fail');
  });

  it('runs a rule no registry knows', async () => {
    const submission = await loadSubmission(VALID, settings);
    const base = RULES_BY_ID.get('geometry/empty')!;
    const messageId = Object.keys(base.meta.messages)[0]!;
    const handMade: RuleDefinition = { ...base, id: 'test/hand-made', check: ({ report }) => report({ messageId }) };
    const run = runRules(submission, [handMade], { settings, now: TEST_NOW });
    expect(run.findings.map((finding) => [finding.ruleId, finding.messageId, finding.severity])).toEqual([['test/hand-made', messageId, base.meta.severity]]);
  });

  it('checks a config against the rules it is handed', () => {
    const config = { rules: { 'geometry/valid': 'warning' } };
    expect(() => validateConfig(config, 'cadcheck.config.json')).not.toThrow();
    expect(() => validateConfigAgainst(config, 'cadcheck.config.json', new Map())).toThrow('cadcheck.config.json: "rules.geometry/valid" is not a cadcheck rule id');
  });
});

describe('checkSubmission(): read, run, verdict', () => {
  const settings = resolveSettings('ge-388', null);
  const options = { registered: null, surveyDate: null, now: TEST_NOW, maxWarnings: null };

  it('passes the bundled survey and states the manifest survey date', async () => {
    const run = await checkSubmission(VALID, settings, options);
    expect(run.result).toBe('pass');
    expect(run.surveyDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await checkSubmission(VALID, settings, { ...options, surveyDate: '2026-01-02' })).surveyDate).toBe('2026-01-02');
  });

  it('settles the verdict with --max-warnings', async () => {
    // Too few photos is an error in ge-388; a registry's config may make it a warning.
    const lenient = resolveSettings('ge-388', validateConfig({ rules: { 'photos/min-count': 'warning' } }, 'cadcheck.config.json'));
    const run = await checkSubmission(TWO_PHOTOS, lenient, options);
    const warnings = run.findings.filter((finding) => finding.severity === 'warning').length;
    expect(run.findings.some((finding) => finding.severity === 'error')).toBe(false);
    expect(warnings).toBeGreaterThan(0);
    expect(run.result).toBe('pass');
    expect((await checkSubmission(TWO_PHOTOS, lenient, { ...options, maxWarnings: warnings - 1 })).result).toBe('fail');
    expect((await checkSubmission(TWO_PHOTOS, lenient, { ...options, maxWarnings: warnings })).result).toBe('pass');
  });
});
