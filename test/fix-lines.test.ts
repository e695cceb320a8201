// Every finding carries its "how to fix" line (issue 14): the text report under the first finding of each rule in a
// file, the HTML report under every finding, from the rule's doc page as `cadcheck explain` prints it.
import { describe, expect, it } from 'vitest';
import { howToFix } from '../src/io/rule-docs.js';
import { escapeHtml } from '../src/report/escape.js';
import { RULES } from '../src/rules/index.js';
import { runCli } from './helpers.js';

const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';
const TWO_SIDES = 'fixtures/ge-388/rules/topology/building-within-parcel/fail/building-out-on-two-sides';
const VALID = RULES.find((rule) => rule.id === 'geometry/valid')!;
const VALID_FIX = 'Fix the outline at the reported location (in QGIS: the Fix Geometries tool, then check the result by eye).';

describe('how to fix', () => {
  it('is the first paragraph of the doc page\'s "How to fix", on one line, for every rule', () => {
    expect(howToFix('geometry/valid')).toBe(VALID_FIX);
    for (const rule of RULES) {
      const fix = howToFix(rule.id);
      expect(fix, rule.id).toMatch(/^\S.*\S$/);
      expect(fix, rule.id).not.toContain('\n');
    }
  });

  it('text: under the finding, by default (not only with --verbose)', async () => {
    const { stdout } = await runCli(['check', BOW_TIE]);
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.endsWith('  geometry/valid'));
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '            at 481723, 4618727.5 · Resolution No. 388 (2016), Annex 1, Art. 8(4)(a)',
      `            how to fix: ${VALID_FIX}`,
    ]);
  });

  it('text: once per rule and file, however many findings the rule has there', async () => {
    const { stdout } = await runCli(['check', TWO_SIDES]);
    const fix = `how to fix: ${howToFix('topology/building-within-parcel')}`;
    expect(stdout.split('\n').filter((line) => line.endsWith('  topology/building-within-parcel'))).toHaveLength(2);
    expect(stdout.split('\n').filter((line) => line.trim() === fix)).toHaveLength(1);
  });

  it('html: under every finding', async () => {
    const { stdout } = await runCli(['check', TWO_SIDES, '--format', 'html']);
    const fix = `<br><span class="fix">${escapeHtml(`how to fix: ${howToFix('topology/building-within-parcel')}`)}</span>`;
    expect(stdout.split(fix)).toHaveLength(3);
    expect(stdout).toContain(`Art. 8(4)(d)</span>${fix}</td>`);
  });

  it('every rule\'s fix is translated into ka, ru, uk and kk, on one line', () => {
    for (const lang of ['ka', 'ru', 'uk', 'kk'] as const) {
      expect(RULES.filter((rule) => !/^\S.*\S$/.test(rule.meta.translations[lang].fix)).map((rule) => rule.id), lang).toEqual([]);
    }
  });

  it('under --lang ka the fix is in Georgian, in text and HTML', async () => {
    const text = await runCli(['check', BOW_TIE, '--lang', 'ka']);
    expect(text.stdout).toContain(`\n            როგორ გავასწოროთ: ${VALID.meta.translations.ka.fix}\n`);
    const html = await runCli(['check', BOW_TIE, '--lang', 'ru', '--format', 'html']);
    expect(html.stdout).toContain(`<span class="fix">${escapeHtml(`как исправить: ${VALID.meta.translations.ru.fix}`)}</span>`);
  });
});
