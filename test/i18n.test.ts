// Issue 10: every rule's description and messages in Georgian, Russian, Ukrainian and Kazakh, chosen with --lang or the locale;
// every report format speaks the chosen language; JSON keeps ruleId/messageId stable.
import { describe, expect, it } from 'vitest';
import { labelsOf, langFromEnv, langOfLocale, LANGS } from '../src/i18n/index.js';
import { resolveSettings } from '../src/catalogue.js';
import { ruleDescription } from '../src/engine/messages.js';
import { RULES } from '../src/rules/index.js';
import { checkJson, runCli } from './helpers.js';

/** What the test reads of a SARIF log. */
interface SarifLog {
  runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } }; results: Array<{ ruleId: string; message: { text: string } }> }>;
}

const OTHER_LANGS = ['ka', 'ru', 'uk', 'kk'] as const;
const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();

// That each rule has every language and exactly its message ids is the compiler's (meta.translations is typed by the
// rule's message ids); what it cannot see is an empty text or a placeholder dropped or invented in the translation.
describe('translations cover every registered rule', () => {
  for (const lang of OTHER_LANGS) {
    it(`${lang}: a description, a fix and every message id of every rule, with the English placeholders exactly`, () => {
      const problems: string[] = [];
      for (const rule of RULES) {
        const texts = rule.meta.translations[lang];
        if (!texts.description.trim()) problems.push(`${rule.id}: empty description`);
        if (!texts.fix.trim()) problems.push(`${rule.id}: empty fix`);
        if (placeholders(texts.description).join() !== placeholders(rule.meta.description).join()) problems.push(`${rule.id}: description placeholders differ from the English`);
        for (const [messageId, english] of Object.entries(rule.meta.messages)) {
          const translated = (texts.messages as Record<string, string | undefined>)[messageId];
          if (translated === undefined) { problems.push(`${rule.id}/${messageId}: missing`); continue; }
          if (placeholders(translated).join() !== placeholders(english).join()) {
            problems.push(`${rule.id}/${messageId}: placeholders {${placeholders(translated).join('}, {')}} but English has {${placeholders(english).join('}, {')}}`);
          }
        }
        for (const messageId of Object.keys(texts.messages)) {
          if (!(messageId in rule.meta.messages)) problems.push(`${rule.id}/${messageId}: no such message id in the rule`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('the placeholder check itself catches a dropped or invented placeholder', () => {
    expect(placeholders('Parcel {parcel} overlaps {other} by {width} m')).toEqual(['other', 'parcel', 'width']);
    expect(placeholders('{a} {a} {b}')).toEqual(['a', 'b']);
  });
});

describe('choosing the language', () => {
  it('reads a POSIX locale name', () => {
    expect(langOfLocale('ka_GE.UTF-8')).toBe('ka');
    expect(langOfLocale('ru_RU.UTF-8')).toBe('ru');
    expect(langOfLocale('uk_UA')).toBe('uk');
    expect(langOfLocale('kk_KZ.UTF-8@latin')).toBe('kk');
    expect(langOfLocale('C.UTF-8')).toBe('en');
    expect(langOfLocale('de_DE.UTF-8')).toBeNull();
  });

  it('takes LC_ALL over LC_MESSAGES over LANG, and English when unset or unknown', () => {
    expect(langFromEnv({})).toBe('en');
    expect(langFromEnv({ LANG: 'ka_GE.UTF-8' })).toBe('ka');
    expect(langFromEnv({ LANG: 'ka_GE.UTF-8', LC_MESSAGES: 'uk_UA.UTF-8' })).toBe('uk');
    expect(langFromEnv({ LANG: 'ka_GE.UTF-8', LC_MESSAGES: 'uk_UA.UTF-8', LC_ALL: 'kk_KZ.UTF-8' })).toBe('kk');
    expect(langFromEnv({ LC_ALL: 'fr_FR.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
  });

  it('counts in each language', () => {
    expect(labelsOf('ru').count(1, 'error')).toBe('1 ошибка');
    expect(labelsOf('ru').count(3, 'error')).toBe('3 ошибки');
    expect(labelsOf('ru').count(11, 'error')).toBe('11 ошибок');
    expect(labelsOf('ru').count(21, 'warning')).toBe('21 предупреждение');
    expect(labelsOf('uk').count(5, 'error')).toBe('5 помилок');
    expect(labelsOf('ka').count(5, 'error')).toBe('5 შეცდომა');
    expect(labelsOf('kk').count(2, 'error')).toBe('2 қате');
    expect(labelsOf('en').count(1, 'info')).toBe('1 info');
  });

  it('an unknown --lang is a usage error (exit 2) naming the languages', async () => {
    const result = await runCli(['check', 'fixtures/ge-388/valid', '--lang', 'xx']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`Languages: ${LANGS.join(', ')}`);
  });

  it('the locale chooses the language when --lang is not given; --lang wins over it', async () => {
    const fromLocale = await runCli(['check', 'fixtures/ge-388/valid'], { env: { LANG: 'ka_GE.UTF-8' } });
    expect(fromLocale.stdout).toContain('✔ მიღებულია');
    const flagWins = await runCli(['check', 'fixtures/ge-388/valid', '--lang', 'ru'], { env: { LANG: 'ka_GE.UTF-8' } });
    expect(flagWins.stdout).toContain('✔ ПРИНЯТО');
    const english = await runCli(['check', 'fixtures/ge-388/valid'], { env: {} });
    expect(english.stdout).toContain('✔ PASS');
  });
});

const FAILING = 'fixtures/ge-388/rules/topology/parcel-overlap/fail/overlap-0.16m';
/** The overlap finding of the failing fixture in each language (width 0.16 m, limit 0.15 m). */
const OVERLAP: Record<(typeof OTHER_LANGS)[number], RegExp> = {
  ka: /ზედდება ნაკვეთთან .* სიგანით 0\.160? მ \(ზღვარი 0\.15 მ\)/,
  ru: /Наложение участка .* шириной 0\.160? м \(предел 0\.15 м\)/,
  uk: /Накладання ділянки .* завширшки 0\.160? м \(ліміт 0\.15 м\)/,
  kk: /қабаттасады \(шегі 0\.15 м\)/,
};

describe('every report format in the chosen language', () => {
  it('JSON keeps ruleId and messageId; only message changes', async () => {
    const english = (await checkJson(FAILING)).report;
    const english0 = english.findings.find((finding) => finding.ruleId === 'topology/parcel-overlap')!;
    expect(english0.message).toMatch(/overlaps parcel .* by 0\.160? m \(limit 0\.15 m\)/);
    for (const lang of OTHER_LANGS) {
      const translated = (await checkJson(FAILING, ['--lang', lang])).report;
      expect(translated.findings.map((finding) => [finding.ruleId, finding.messageId, finding.featureIndex, finding.measured])).toEqual(
        english.findings.map((finding) => [finding.ruleId, finding.messageId, finding.featureIndex, finding.measured]),
      );
      const overlap = translated.findings.find((finding) => finding.ruleId === 'topology/parcel-overlap')!;
      expect(overlap.message).toMatch(OVERLAP[lang]);
    }
  });

  for (const lang of OTHER_LANGS) {
    it(`${lang}: text, json, junit, sarif, html, csv and geojson over the valid and a failing fixture`, async () => {
      const labels = labelsOf(lang);
      const english = labelsOf('en');
      const description = ruleDescription(RULES.find((rule) => rule.id === 'topology/parcel-overlap')!, lang, resolveSettings('ge-388', null));

      const valid = await runCli(['check', 'fixtures/ge-388/valid', '--lang', lang]);
      expect(valid.exitCode).toBe(0);
      expect(valid.stdout).toContain(`✔ ${labels.pass}`);
      expect(valid.stdout).toContain(labels.count(0, 'error'));
      expect(valid.stdout).not.toContain('PASS');

      const text = await runCli(['check', FAILING, '--lang', lang]);
      expect(text.exitCode).toBe(1);
      expect(text.stdout).toContain(`✖ ${labels.fail}`);
      expect(text.stdout).toMatch(OVERLAP[lang]);
      expect(text.stdout).toContain(`${labels.at} `);
      expect(text.stdout).not.toMatch(/\boverlaps\b|\bFAIL\b/);

      for (const folder of ['fixtures/ge-388/valid', FAILING]) {
        const junit = (await runCli(['check', folder, '--lang', lang, '--format', 'junit'])).stdout;
        const sarif = JSON.parse((await runCli(['check', folder, '--lang', lang, '--format', 'sarif'])).stdout) as SarifLog;
        const html = (await runCli(['check', folder, '--lang', lang, '--format', 'html'])).stdout;
        const csv = (await runCli(['check', folder, '--lang', lang, '--format', 'csv'])).stdout;
        const geojson = JSON.parse((await runCli(['check', folder, '--lang', lang, '--format', 'geojson'])).stdout) as { features: Array<{ properties: { message: string } }> };
        const overlapRule = sarif.runs[0]!.tool.driver.rules.find((rule) => rule.id === 'topology/parcel-overlap');
        expect(overlapRule!.shortDescription.text).toBe(description);
        expect(html).toContain(`<html lang="${labels.htmlLang}">`);
        expect(html).toContain(`<h1>${labels.reportTitle}</h1>`);
        expect(html).toContain(`<h3>${labels.map}</h3>`);
        expect(html).not.toContain(english.reportTitle);
        if (folder === FAILING) {
          expect(junit).toMatch(OVERLAP[lang]);
          expect(junit).toContain(`${labels.severity.error} `);
          expect(sarif.runs[0]!.results.find((result) => result.ruleId === 'topology/parcel-overlap')!.message.text).toMatch(OVERLAP[lang]);
          expect(html).toMatch(OVERLAP[lang]);
          expect(html).toContain(`✖ ${labels.fail}`);
          expect(html).toContain(`<th>${labels.columns.severity}</th>`);
          expect(csv).toMatch(OVERLAP[lang]);
          expect(geojson.features.some((feature) => OVERLAP[lang].test(feature.properties.message))).toBe(true);
        } else {
          expect(html).toContain(`✔ ${labels.pass}`);
          expect(html).toContain(labels.noFindings);
          expect(junit).toContain('failures="0"');
        }
      }
    });
  }
});
