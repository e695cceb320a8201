// Under --lang ka|ru|uk|kk no English is left in a report (issue 14): every failing fixture's text and HTML report is
// searched for the words cadcheck's own English texts use. Allowed: rule ids, file names and paths, manifest and config
// keys (paper.parcelArea, surveyDate), values as written (in quotes), role names (they are file names), units, numbers,
// EPSG codes, command-line options, abbreviations in capitals (GPS, EXIF, JSON) and single letters (Art. 8(4)(a)).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labels as englishLabels } from '../src/i18n/en.js';
import type { Lang } from '../src/i18n/index.js';
import { PROFILES } from '../src/profiles/index.js';
import { RULES } from '../src/rules/index.js';
import { REPO, runCli } from './helpers.js';
import manifestSchema from '../schema/manifest.schema.json' with { type: 'json' };

const RULES_DIR = 'fixtures/ge-388/rules';
const LANGS: Array<Exclude<Lang, 'en'>> = ['ka', 'ru', 'uk', 'kk'];

/** Every failing fixture of the ge-388 rules (all of them for Georgian; the first of each rule for the other languages). */
function failingFixtures(firstOnly: boolean): string[] {
  const found: string[] = [];
  for (const family of readdirSync(join(REPO, RULES_DIR))) {
    for (const rule of readdirSync(join(REPO, RULES_DIR, family))) {
      const fail = join(RULES_DIR, family, rule, 'fail');
      if (!existsSync(join(REPO, fail))) continue;
      const names = readdirSync(join(REPO, fail));
      for (const name of names.sort()) found.push(join(fail, name));
      if (firstOnly && names.length > 1) found.splice(found.length - names.length + 1);
    }
  }
  return found;
}

/** The words of cadcheck's English: every rule's description and messages, the report labels, the profiles' law names. */
function englishVocabulary(): Set<string> {
  const texts: string[] = [];
  for (const rule of RULES) texts.push(rule.meta.description, ...Object.values(rule.meta.messages));
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') {
      for (const args of [[3, 'warning'], [1, 'finding'], [3, true], [3, false], [3, 'x', 'y']]) {
        try { texts.push(String((value as (...given: unknown[]) => unknown)(...args))); } catch { /* not these arguments */ }
      }
    }
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(englishLabels);
  for (const profile of Object.values(PROFILES)) texts.push(profile.referencePrefix);
  const words = new Set<string>();
  for (const text of texts) for (const word of stripIdentifiers(text.replace(/\{\w+\}/g, ' ')).match(/[A-Za-z]{2,}/g) ?? []) words.add(word.toLowerCase());
  // Words that are also the names a user types (role names are layer file names; a manifest's kind values).
  // Names a user types, kept as they are in every language: field names and their aliases, code-list values, manifest keys.
  const ge = PROFILES['ge-388']!;
  const typed = ['cadcheck', 'json', 'true', 'false', 'crs', ...Object.keys(manifestSchema.properties)];
  for (const fields of Object.values(ge.fields)) for (const [field, aliases] of Object.entries(fields ?? {})) typed.push(field, ...(aliases));
  for (const values of Object.values(ge.codeLists)) for (const value of values) typed.push(value.value, ...value.value.split('-'));
  for (const allowed of typed) words.delete(allowed.toLowerCase());
  return words;
}

/** Removes what is not prose: identifiers, file names, quoted values, numbers with units. */
function stripIdentifiers(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ') // HTML tags and their attributes
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/„[^“]*“|«[^»]*»|"[^"]*"|“[^”]*”|'[^']*'|`[^`]*`/g, ' ') // values as written
    .replace(/[^\s"'«»„“]*\/[^\s"'«»„“]*\/[^\s"'«»„“]*/g, ' ') // paths with two slashes or more
    .replace(/\b[a-z]+\/[a-z0-9-]+\b/g, ' ') // rule ids
    .replace(/(?:\.{0,2}\/)?[\p{L}\p{N}_./ -]*\.(?:shp|shx|dbf|prj|cpg|geojson|json|jpe?g|png|xml|txt|csv|md|zip|gpkg|html)\b/giu, ' ') // file names and paths
    .replace(/--[a-z-]+/g, ' ') // options
    .replace(/\b[A-Za-z]+=\S*/g, ' ') // an attribute as written: id=…
    .replace(/\bcadcheck (?:check|explain|init|rules|batch)\b/g, ' ') // commands
    .replace(/\bEPSG:\d+/g, ' ')
    .replace(/\b[A-Za-z_]+(?:\.[A-Za-z_*[\]0-9]+)+\b/g, ' ') // dotted keys: paper.parcelArea, limits.maxCheckSeconds
    .replace(/\b\w*_\w*\b/g, ' ') // snake_case fields
    .replace(/\b[a-z]+[A-Z]\w*\b/g, ' ') // camelCase keys: surveyDate
    .replace(/\b[A-Z][a-z]+[A-Z]\w*\b/g, ' ') // PascalCase XML elements: PointInfo
    .replace(/\b[A-Z0-9-]{2,}\b/g, ' '); // abbreviations: GPS, EXIF, UTF-8
}

/** An HTML report as the text a reader meets: what is shown, and what is said as a tooltip or to a screen reader. */
function readableText(html: string): string {
  const body = html.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, ' ');
  const said = [...body.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((match) => match[1]!);
  return `${body.replace(/<[^>]*>/g, '\n')}\n${said.join('\n')}`.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** English words left in a report, each with a little of its line (a word once per line). */
function englishLeft(report: string, vocabulary: Set<string>): string[] {
  const left: string[] = [];
  for (const line of report.split('\n')) {
    const prose = stripIdentifiers(line);
    for (const word of prose.match(/[A-Za-z]{2,}/g) ?? []) {
      if (vocabulary.has(word.toLowerCase())) left.push(`${word} — ${line.trim().slice(0, 160)}`);
    }
  }
  return left;
}

describe('no English in a non-English report', () => {
  const fixtures = failingFixtures(false);
  const firstOfEach = failingFixtures(true);
  const vocabulary = englishVocabulary();

  it('the vocabulary is English, and the check finds it', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    for (const word of ['limit', 'measured', 'resolution', 'annex', 'the', 'must']) expect(vocabulary.has(word), word).toBe(true);
    const line = '    შეცდომა Building 01 sticks out of the parcel (limit 0.15 m)  topology/building-within-parcel';
    expect(englishLeft(line, vocabulary).map((entry) => entry.split(' ')[0])).toEqual(['Building', 'sticks', 'out', 'of', 'the', 'parcel', 'limit']);
    expect(englishLeft(readableText('<p>ნაკვეთი</p><svg aria-label="Map of the findings"></svg><style>body{color:red}</style>'), vocabulary).map((entry) => entry.split(' ')[0])).toEqual(['Map', 'of', 'the', 'findings']);
    expect(englishLeft('ფაილი parcel.shp, EPSG:32638, paper.parcelArea „built“ topology/parcel-gap --verbose 0.15 მ', vocabulary)).toEqual([]);
  });

  /** The ua-1051 and kz-pcm failing fixtures (a file each), with their profile. */
  const otherProfiles: Array<[string, string]> = [];
  for (const profile of ['ua-1051', 'kz-pcm']) {
    const rulesDir = join(REPO, 'fixtures', profile, 'rules');
    for (const family of readdirSync(rulesDir)) {
      for (const rule of readdirSync(join(rulesDir, family))) {
        if (!existsSync(join(rulesDir, family, rule, 'fail'))) continue;
        const names = readdirSync(join(rulesDir, family, rule, 'fail'));
        for (const name of names.sort()) otherProfiles.push([profile, join('fixtures', profile, 'rules', family, rule, 'fail', name)]);
      }
    }
  }
  // The exchange format's element and attribute names (Polyline, Length, Other, id…) are names of the format (its XSD).
  const elements = new Set<string>();
  for (const match of readFileSync(join(REPO, 'schema/ua-exchange/UAXML-0.7.xsd'), 'utf8').matchAll(/\bname="([A-Za-z][\w-]*)"/g)) elements.add(match[1]!);
  const elementNames = new RegExp(`(?<![\\p{L}])(?:${[...elements].join('|')})(?![\\p{L}])`, 'gu');

  for (const lang of LANGS) {
    it(`--lang ${lang}: the text reports of the ua-1051 and kz-pcm failing fixtures`, async () => {
      expect(otherProfiles.length).toBeGreaterThan(15);
      expect(elements.has('Polyline')).toBe(true);
      const left: string[] = [];
      for (const [profile, fixture] of otherProfiles) {
        const { stdout } = await runCli(['check', fixture, '--profile', profile, '--lang', lang, '--verbose', '--no-color']);
        left.push(...englishLeft(stdout.replace(elementNames, ' '), vocabulary).map((entry) => `${fixture}: ${entry}`));
      }
      expect(left).toEqual([]);
    }, 300_000);

    it(`--lang ${lang}: the text and HTML reports of every failing fixture (infos too)`, async () => {
      const left: string[] = [];
      for (const fixture of lang === 'ka' ? fixtures : firstOfEach) {
        for (const format of ['text', 'html']) {
          const { stdout } = await runCli(['check', fixture, '--lang', lang, '--verbose', '--format', format, '--no-color']);
          // The HTML report is titled by the submission's own folder name: a name as written, like a file name.
          const shown = format === 'html' ? readableText(stdout).split(basename(fixture)).join(' ') : stdout;
          left.push(...englishLeft(shown, vocabulary).map((entry) => `${fixture} (${format}): ${entry}`));
        }
      }
      expect(left).toEqual([]);
    }, 300_000);
  }
});

describe('the legal reference in the report\'s language', () => {
  const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';
  it.each([
    ['ka', 'საქართველოს მთავრობის 2016 წლის 8 აგვისტოს №388 დადგენილება, დანართი 1, მუხ. 8(4)(a)'],
    ['ru', 'Постановление Правительства Грузии № 388 (2016), приложение 1, ст. 8(4)(a)'],
    ['uk', 'Постанова Уряду Грузії № 388 (2016), додаток 1, ст. 8(4)(a)'],
    ['kk', 'Грузия Үкіметінің № 388 қаулысы (2016), 1-қосымша, бап 8(4)(a)'],
  ])('--lang %s: the text and HTML reports cite %s; JSON keeps the English reference', async (lang, cited) => {
    expect((await runCli(['check', BOW_TIE, '--lang', lang])).stdout).toContain(` · ${cited}\n`);
    expect((await runCli(['check', BOW_TIE, '--lang', lang, '--format', 'html'])).stdout).toContain(`<span class="dim">· ${cited}</span>`);
    const json = JSON.parse((await runCli(['check', BOW_TIE, '--lang', lang, '--format', 'json'])).stdout) as { findings: Array<{ ruleId: string; reference: string }> };
    expect(json.findings.find((finding) => finding.ruleId === 'geometry/valid')!.reference).toBe('Resolution No. 388 (2016), Annex 1, Art. 8(4)(a)');
  });

  it('a basis naming its own annex replaces the profile\'s annex (photos/duplicate: Annex 2)', async () => {
    const { localReference } = await import('../src/engine/reference.js');
    const settings = { referencePrefix: 'Resolution No. 388 (2016), Annex 1', lang: 'ru' as const, profileId: 'ge-388' };
    expect(localReference('Resolution No. 388 (2016), Annex 2 Art. 2(1)(a)', settings)).toBe('Постановление Правительства Грузии № 388 (2016), приложение 2 ст. 2(1)(a)');
    expect(localReference('Resolution No. 388 (2016), Annex 1, Art. 7', { ...settings, lang: 'en' as const })).toBe('Resolution No. 388 (2016), Annex 1, Art. 7');
  });
});
