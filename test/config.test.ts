// cadcheck.config.json end to end through the CLI: field names, tolerances, severities and code lists a registry
// sets without code, and configs that are rejected with exit 2 and the bad key named.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSubmission } from '../scripts/fixtures/submission-writer.js';
import { replaceLayer, validSurvey } from '../scripts/fixtures/ge-388-survey.js';
import { validateConfig } from '../src/catalogue.js';
import { checkJson, REPO, runCli, type JsonFinding } from './helpers.js';

const RULES_DIR = `${REPO}/fixtures/ge-388/rules`;
const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let configCount = 0;
/** Writes a config file in a scratch folder and returns its path. */
function config(content: unknown): string {
  configCount += 1;
  const path = join(scratch, `config-${configCount}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const shown = (findings: JsonFinding[]) => findings.filter((finding) => finding.severity !== 'info');
const brief = (findings: JsonFinding[]) => shown(findings).map(({ ruleId, severity, messageId, featureIndex, measured }) => ({ ruleId, severity, messageId, featureIndex, measured }));

describe('a registry field name', () => {
  // A registry whose template names the purpose column "danishnul" (დანიშნულება, purpose).
  const survey = join(scratch, 'purpose-as-danishnul');
  writeSubmission(survey, replaceLayer(validSurvey(), 'parcel', (layer) => ({
    ...layer,
    fields: layer.fields.map((field) => (field.name === 'purpose' ? { ...field, name: 'DANISHNUL' } : field)),
    features: layer.features.map(({ geometry, properties: { purpose, ...rest } }) => ({ geometry, properties: { ...rest, DANISHNUL: purpose! } })),
  })));

  it('without the config, the purpose field is missing', async () => {
    const { exitCode, report } = await checkJson(survey, ['--config', config({})]);
    expect(brief(report.findings)).toEqual([{ ruleId: 'attributes/required', severity: 'error', messageId: 'missingField', featureIndex: null, measured: null }]);
    expect(exitCode).toBe(1);
  });
  it('with fields.parcel.purpose = ["danishnul"], the column is found (case-insensitively) and its values checked', async () => {
    const { exitCode, report } = await checkJson(survey, ['--config', config({ fields: { parcel: { purpose: ['danishnul'] } } })]);
    expect(shown(report.findings)).toEqual([]);
    expect(exitCode).toBe(0);
  });
});

describe('a registry tolerance', () => {
  const areaFixture = `${RULES_DIR}/attributes/area-matches-geometry/fail/area-off-by-1.5m2`;
  it('areaTolerance 2 m² accepts the 1.5 m² difference that fails at the default 1 m²', async () => {
    expect(brief((await checkJson(areaFixture)).report.findings)).toEqual([{ ruleId: 'attributes/area-matches-geometry', severity: 'error', messageId: 'areaDiffers', featureIndex: 0, measured: 1.5 }]);
    const { exitCode, report } = await checkJson(areaFixture, ['--config', config({ tolerances: { areaTolerance: 2 } })]);
    expect(shown(report.findings)).toEqual([]);
    expect(exitCode).toBe(0);
  });
  it('accuracy 0.05 m fails the length_plan that passes 0.10 m off at the default 0.15 m', async () => {
    const lengthFixture = `${RULES_DIR}/attributes/linear-length/pass/length-plan-off-by-0.10m`;
    const { exitCode, report } = await checkJson(lengthFixture, ['--config', config({ tolerances: { accuracy: 0.05 } })]);
    const finding = shown(report.findings).find((f) => f.ruleId === 'attributes/linear-length')!;
    expect([finding.messageId, finding.measured, finding.limit, finding.unit]).toEqual(['lengthDiffers', 0.1, 0.05, 'm']);
    expect(exitCode).toBe(1);
  });
});

describe('a registry severity', () => {
  const fixture = `${RULES_DIR}/attributes/building-number/fail/building-numbered-1`;
  it('"warning" keeps the finding and lets the survey pass', async () => {
    const { exitCode, report } = await checkJson(fixture, ['--config', config({ rules: { 'attributes/building-number': 'warning' } })]);
    expect(brief(report.findings)).toEqual([{ ruleId: 'attributes/building-number', severity: 'warning', messageId: 'badPattern', featureIndex: 1, measured: null }]);
    expect(exitCode).toBe(0);
  });
  it('"off" drops the rule', async () => {
    const { exitCode, report } = await checkJson(fixture, ['--config', config({ rules: { 'attributes/building-number': 'off' } })]);
    expect(shown(report.findings)).toEqual([]);
    expect(exitCode).toBe(0);
  });
});

describe('a registry code list', () => {
  const forest = `${RULES_DIR}/attributes/allowed-values/fail/purpose-forest`;
  const purposes = { codeLists: { 'parcel.purpose': [{ value: 'agricultural', accepted: ['1'] }, { value: 'non-agricultural', accepted: ['2'] }, { value: 'forest', accepted: ['3', 'ტყე'] }] } };
  it('adds a value: "forest" is accepted', async () => {
    const { exitCode, report } = await checkJson(forest, ['--config', config(purposes)]);
    expect(shown(report.findings)).toEqual([]);
    expect(exitCode).toBe(0);
  });
  it('replaces the profile list: the valid survey\'s "non-agricultural" fails a list without it', async () => {
    const { exitCode, report } = await checkJson(`${REPO}/fixtures/ge-388/valid`, ['--config', config({ codeLists: { 'parcel.purpose': [{ value: 'agricultural' }] } })]);
    expect(shown(report.findings).map((f) => [f.ruleId, f.messageId, f.featureIndex, f.message])).toEqual([
      ['attributes/allowed-values', 'notInList', 0, 'purpose "non-agricultural" is not an allowed value (allowed: agricultural)'],
    ]);
    expect(exitCode).toBe(1);
  });
  it('can list a field the profile does not code: building.purpose', async () => {
    const { report } = await checkJson(`${REPO}/fixtures/ge-388/valid`, ['--config', config({ codeLists: { 'building.purpose': [{ value: 'residential' }] } })]);
    expect(shown(report.findings).map((f) => [f.ruleId, f.messageId, f.featureIndex, f.message])).toEqual([
      ['attributes/allowed-values', 'notInList', 1, 'purpose "auxiliary" is not an allowed value (allowed: residential)'],
    ]);
  });
});

describe('invalid configs are exit 2 with the bad key named', () => {
  it.each([
    { name: 'unknown key', content: { colour: 'red' }, stderr: /"colour" is not a known key/ },
    { name: 'unknown tolerance', content: { tolerances: { acuracy: 0.2 } }, stderr: /"tolerances\.acuracy" is not a known key/ },
    { name: 'wrong type', content: { tolerances: { areaTolerance: '1 m2' } }, stderr: /"tolerances\.areaTolerance" must be number/ },
    { name: 'unknown rule id', content: { rules: { 'attributes/area': 'off' } }, stderr: /"rules\.attributes\/area" is not a cadcheck rule id/ },
    { name: 'bad severity', content: { rules: { 'attributes/required': 'fatal' } }, stderr: /"rules\.attributes\/required" must be one of "error", "warning", "info", "off"/ },
    { name: 'bad time zone', content: { timeZone: 'Tbilisi' }, stderr: /"timeZone" is "Tbilisi", not an IANA time zone/ },
    { name: 'code list key without a role', content: { codeLists: { purpose: [{ value: 'x' }] } }, stderr: /"codeLists\.purpose" is not an allowed name: it must match pattern/ },
    { name: 'code list value not text', content: { codeLists: { 'parcel.method': [{ value: 1 }] } }, stderr: /"codeLists\.parcel\.method\[0\]\.value" must be string/ },
    { name: 'unknown role in fields', content: { fields: { house: { number: ['nomeri'] } } }, stderr: /"fields\.house" is not an allowed name: it must be one of "parcel", "building"/ },
    { name: 'not JSON', content: '{ "rules": ', stderr: /not valid JSON/ },
    // RULES.md, "Never measure in degrees": a geographic measuring CRS is refused whatever else the config says.
    { name: 'geographic measuring CRS', content: { crs: ['EPSG:4326', 'EPSG:32638'] }, stderr: /"crs\[0\]" is EPSG:4326, a geographic CRS \(degrees\): cadcheck measures in metres/ },
  ])('$name', async ({ content, stderr }) => {
    const path = config(content);
    const result = await runCli(['check', `${REPO}/fixtures/ge-388/valid`, '--config', path]);
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr).toContain(path);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stdout).toBe('');
    expect(result.exitCode).toBe(2);
  });
});

describe('docs/config.md', () => {
  const text = readFileSync(join(REPO, 'docs/config.md'), 'utf8');
  const example = JSON.parse(/## A complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(text)![1]!) as Record<string, unknown>;
  const schema = JSON.parse(readFileSync(join(REPO, 'schema/config.schema.json'), 'utf8')) as { properties: Record<string, unknown>; definitions: { tolerances: { properties: Record<string, unknown> } } };

  it('as it says, a geographic CRS may follow the measuring one (layers delivered in it are reprojected)', () => {
    expect(() => validateConfig({ crs: ['EPSG:32638', 'EPSG:4326'] }, 'cadcheck.config.json')).not.toThrow();
  });
  it('its complete example is a valid config', () => {
    expect(() => validateConfig(example, 'docs/config.md')).not.toThrow();
  });
  it('its complete example uses every key of the schema, and the key table names each', () => {
    expect(Object.keys(example).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(Object.keys(example.tolerances as object).sort()).toEqual(Object.keys(schema.definitions.tolerances.properties).sort());
    for (const key of Object.keys(schema.properties)) expect(text).toContain(`| \`${key}`);
  });
  it('checks the valid survey with its example config and passes', async () => {
    const { exitCode } = await checkJson(`${REPO}/fixtures/ge-388/valid`, ['--config', config(example)]);
    expect(exitCode).toBe(0);
  });
});
