// Layer roles told by their names in every language cadcheck speaks (issue 14): the Georgian servitude layer is checked,
// an unknown name is a warning shown by default with the closest role, and docs/layer-names.md is the profile's table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestRole, comparableName } from '../src/engine/suggest.js';
import { dataText } from '../src/i18n/data-words.js';
import { LANGS, labelsOf } from '../src/i18n/index.js';
import { ROLES } from '../src/model.js';
import { ge388, LAYER_NAME_LANGUAGES, LAYER_NAMES } from '../src/profiles/ge-388.js';
import { checkJson, REPO, runCli } from './helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';

/** The table docs/layer-names.md must hold: one row per role, one column per language. */
function layerNamesTable(): string {
  const header = `| role | ${LAYER_NAME_LANGUAGES.join(' | ')} |`;
  const rule = `|${'---|'.repeat(LAYER_NAME_LANGUAGES.length + 1)}`;
  const rows = ROLES.map((role) => `| **${role}** | ${LAYER_NAME_LANGUAGES.map((language) => LAYER_NAMES[role][language].map((name) => `\`${name}\``).join(', ') || '—').join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

describe('layer names', () => {
  it('docs/layer-names.md holds the profile\'s table of names, every one of them', () => {
    const doc = readFileSync(join(REPO, 'docs/layer-names.md'), 'utf8');
    expect(doc).toContain(layerNamesTable());
  });

  it('no name belongs to two roles, and every language has a name for every role', () => {
    const owner = new Map<string, string>();
    for (const role of ROLES) {
      for (const language of LAYER_NAME_LANGUAGES) expect(LAYER_NAMES[role][language].length, `${role} in ${language}`).toBeGreaterThan(0);
      for (const name of ge388.roleNames[role]) {
        const key = comparableName(name);
        expect(owner.get(key) ?? role, `${name} is both ${owner.get(key)} and ${role}`).toBe(role);
        owner.set(key, role);
      }
    }
  });

  it('the word a report uses for a role, in every language, is a name of that role (a surveyor may name the file by it)', () => {
    for (const lang of LANGS) {
      if (lang === 'en') continue;
      for (const role of ROLES) {
        const names = ge388.roleNames[role].map(comparableName);
        expect(names, `${lang} ${labelsOf(lang).roles[role]}`).toContain(comparableName(labelsOf(lang).roles[role]));
        expect(names, `${lang} ${dataText(role, lang)}`).toContain(comparableName(dataText(role, lang)));
      }
    }
  });

  it('every layer named in Georgian is read in its role, the servitude layer სერვიტუტი.geojson as an obligation', async () => {
    const { exitCode, report } = await checkJson(`${RULES_DIR}/input/unknown-layer/pass/georgian-layer-names`);
    expect(exitCode).toBe(0);
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(report.layers.map((layer) => [layer.file, layer.role]).sort()).toEqual([
      ['ნაკვეთი.shp', 'parcel'], ['სერვიტუტი.geojson', 'obligation'], ['შენობა.shp', 'building'],
    ]);
  });

  it('a servitude in სერვიტუტი.geojson sticking out of the parcel fails topology/servitude-within-parcel', async () => {
    const { exitCode, report } = await checkJson(`${RULES_DIR}/topology/servitude-within-parcel/fail/servitude-out-0.16m-layer-named-in-georgian`);
    expect(exitCode).toBe(1);
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.ruleId, finding.messageId, finding.file, finding.measured])).toEqual([
      ['topology/servitude-within-parcel', 'protrudes', 'სერვიტუტი.geojson', 0.16],
    ]);
  });

  it('an unknown name is a warning shown by default, naming the file, the roles and the closest role', async () => {
    const fixture = `${RULES_DIR}/input/unknown-layer/fail/servitude-zone-layer`;
    const { exitCode, report } = await checkJson(fixture);
    expect(exitCode).toBe(0);
    const warnings = report.findings.filter((finding) => finding.severity !== 'info');
    expect(warnings.map((finding) => [finding.ruleId, finding.severity, finding.file, finding.message])).toEqual([[
      'input/unknown-layer', 'warning', 'სერვიტუტის ზონა.geojson',
      'სერვიტუტის ზონა.geojson: role unknown, so this layer is not checked. Closest role: "obligation" (accepted name "სერვიტუტი"). '
      + 'Name the file by its role ("parcel", "building", "obligation", "linear", "sides", "points", "markers"; every accepted name, in each language, is in docs/layer-names.md) '
      + 'or map it in cadcheck.json "layers"',
    ]]);
    // Shown in the default text report, not only with --verbose.
    const text = await runCli(['check', fixture]);
    expect(text.stdout).toMatch(/^ {4}warning სერვიტუტის ზონა\.geojson: role unknown, so this layer is not checked\. Closest role: "obligation" .* {2}input\/unknown-layer$/m);
  });

  it.each([
    ['servitutis zona', 'obligation', 'servituti'],
    ['Servitutebi_2024', 'obligation', 'servitutebi'],
    ['nakvetis_sazgvari', 'parcel', 'nakveti'],
    ['shenobebi-axali', 'building', 'shenobebi'],
    ['здания_2024', 'building', 'здания'],
    ['markrs', 'markers', 'markers'],
  ])('the closest role to %s is %s (by %s)', (name, role, matched) => {
    expect(closestRole(name, ge388.roleNames)).toEqual({ role, name: matched });
  });

  it('a name is compared in Unicode NFC: a decomposed Cyrillic й is the same name', () => {
    expect(comparableName('Земельный_Участок'.normalize('NFD'))).toBe(comparableName('земельный участок'));
  });
});
