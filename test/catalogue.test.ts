// Meta-tests that keep the rule catalogue honest: sorted registry, a file, a doc page, fixtures and expected findings per rule.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CASES } from '../scripts/fixtures/cases/index.js';
import { PROFILE_FILE_CASES } from '../scripts/fixtures/profile-files.js';
import { resolveSettings } from '../src/catalogue.js';
import { ruleDescription } from '../src/engine/messages.js';
import { PROFILES } from '../src/profiles/index.js';
import { RULES } from '../src/rules/index.js';
import { REPO } from './helpers.js';
import { expectedMessages, REPORTED_OUTSIDE_CHECK } from './support/expected-messages.js';

const SPEC_RULES = join(REPO, '../shared/spec/RULES.md');
/** Findings the engine makes when it stops a check (src/worker/too-complex.ts), not a rule over the submission's data. */
const BUDGET_RULES = ['input/too-complex'];

/** Rules some test expects a finding of: a rule case, a fixture case's test row, a profile file row (test/message-ids.test.ts). */
const EXPECTED_RULES = new Set([...expectedMessages(), ...REPORTED_OUTSIDE_CHECK].map((expected) => expected.ruleId));

describe('rule catalogue', () => {
  const ids = RULES.map((rule) => rule.id);

  it('the registry is sorted by id and has no duplicates', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The doc pages are ge-388's: a description's {option} reads as that profile's number (0.15 m, the law's accuracy).
  it.each(ids)('%s lives in src/rules/<id>.ts and has a doc page that quotes its description', (id) => {
    expect(existsSync(join(REPO, `src/rules/${id}.ts`))).toBe(true);
    const doc = join(REPO, `docs/rules/${id}.md`);
    expect(existsSync(doc), `docs/rules/${id}.md`).toBe(true);
    const [title, quote] = readFileSync(doc, 'utf8').split('\n');
    expect(title).toBe(`# ${id}`);
    expect(quote).toBe(`> ${ruleDescription(RULES.find((rule) => rule.id === id)!, 'en', resolveSettings('ge-388', null))}`);
  });

  it.each(ids)('%s has a failing fixture and a test that expects its findings', (id) => {
    // ua/* and kz/* read their own file formats: their failing fixtures are files of scripts/fixtures/profile-files.ts.
    const cases = [...FIXTURE_CASES, ...PROFILE_FILE_CASES];
    // input/too-complex fails a check past its time or heap budget: its failing inputs are a tiny budget in a config and
    // a 100,000-parcel layer, both made at test time (test/check-thread.test.ts), never a committed fixture.
    if (!BUDGET_RULES.includes(id)) expect(cases.some((fixtureCase) => fixtureCase.rule === id && fixtureCase.outcome === 'fail')).toBe(true);
    expect(EXPECTED_RULES.has(id)).toBe(true);
  });

  it('every message template is non-empty and every rule has a one-line description', () => {
    for (const rule of RULES) {
      expect(rule.meta.description).not.toMatch(/\n/);
      for (const template of Object.values<string>(rule.meta.messages)) expect(template.trim()).not.toBe('');
    }
  });

  it('profile ge-388 runs every registered rule of its families', () => {
    expect(PROFILES['ge-388']!.rules).toEqual(ids.filter((id) => /^(input|geometry|topology|tolerance|attributes|metadata|photos)\//.test(id)));
  });

  it.skipIf(!existsSync(SPEC_RULES))('uses only rule ids that spec/RULES.md defines, or says on the doc page why it goes beyond it (skipped without ../shared)', () => {
    const specIds = new Set([...readFileSync(SPEC_RULES, 'utf8').matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \|/gm)].map((match) => match[1]));
    // RULES.md's "Other profiles" section names no ids: the ua-1051 and kz-pcm families (issue 10) are allowed by prefix.
    // input/too-complex is named by issue 15 ("What must hold": budgets), which RULES.md has no row for yet.
    // input/config-ignored is issue 15's item 1 ("a config inside a submission is never applied (say so as a finding)").
    // A rule of our own beyond the specification says so, and why, on its doc page ("**Beyond the specification:** …"),
    // where a user reads it: the page is one of the four files a new rule is (docs/architecture.md, "How to add a rule").
    const saysWhy = (id: string): boolean => readFileSync(join(REPO, `docs/rules/${id}.md`), 'utf8').includes('**Beyond the specification:**');
    expect(ids.filter((id) => !specIds.has(id) && !/^(ua|kz)\//.test(id) && !BUDGET_RULES.includes(id) && id !== 'input/config-ignored' && !saysWhy(id))).toEqual([]);
  });
});
