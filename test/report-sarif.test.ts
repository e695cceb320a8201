// --format sarif: SARIF 2.1.0 held against the OASIS schema (schema/sarif-2.1.0.schema.json), rules with their doc help, a result per finding.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { packageJson } from '../src/package-root.js';
import { checkJson, runCli } from './helpers.js';

const TWO_SIDES = 'fixtures/ge-388/rules/topology/building-within-parcel/fail/building-out-on-two-sides';
const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';

// The official schema is draft-04 ("id", not "$id"); its keywords are ones ajv's draft-07 mode reads the same way,
// so it is compiled without meta-validation and without the draft-04 "id" (which ajv 8 refuses).
const { id: _id, $schema: _draft, ...sarifSchema } = packageJson<Record<string, unknown>>('schema/sarif-2.1.0.schema.json');
const Ajv = AjvModule.default;
const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
const isUri = (text: string): boolean => { try { return Boolean(new URL(text)); } catch { return false; } };
ajv.addFormat('uri', isUri);
ajv.addFormat('uri-reference', (text: string) => !/[\s<>"{}|\\^`]/.test(text));
ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
const validateSarif = ajv.compile(sarifSchema);

interface SarifRule { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown?: string }; helpUri: string; defaultConfiguration: { level: string; enabled?: boolean } }
interface SarifResult { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } }; logicalLocations?: Array<{ name: string; fullyQualifiedName: string }> }>; properties: Record<string, unknown> }
interface SarifLog { version: string; runs: Array<{ tool: { driver: { name: string; rules: SarifRule[] } }; results: SarifResult[] }> }

async function sarif(args: string[]): Promise<{ exitCode: number; log: SarifLog }> {
  const result = await runCli(['check', ...args, '--format', 'sarif']);
  expect(result.stderr).toBe('');
  const log = JSON.parse(result.stdout) as SarifLog;
  expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
  return { exitCode: result.exitCode, log };
}

describe('sarif report', () => {
  it('the schema check can fail (a result without a message is refused)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] })).toBe(false);
  });

  it('describes every rule of the profile with its doc page: description, what it checks, help, helpUri, level', async () => {
    const { log } = await sarif([BOW_TIE]);
    const rules = log.runs[0]!.tool.driver.rules;
    const catalogue = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as Array<{ id: string; severity: string; description: string }>;
    expect(rules.map((rule) => [rule.id, rule.shortDescription.text])).toEqual(catalogue.map((rule) => [rule.id, rule.description]));
    const valid = rules.find((rule) => rule.id === 'geometry/valid')!;
    expect(valid.defaultConfiguration).toEqual({ level: 'error' });
    expect(valid.fullDescription.text).toMatch(/^Every polygon is valid as OGC and JTS define it/);
    expect(valid.help.text).toContain('There must be no self-intersection and no self-overlap in a polygon layer.');
    expect(valid.help.text).toContain('How to fix\nFix the outline at the reported location');
    expect(valid.help.markdown).toMatch(/^# geometry\/valid\n/);
    expect(valid.helpUri).toMatch(/^file:\/\/.*\/docs\/rules\/geometry\/valid\.md$/);
    expect(existsSync(fileURLToPath(valid.helpUri))).toBe(true);
    const levels = { error: 'error', warning: 'warning', info: 'note' } as Record<string, string>;
    expect(rules.map((rule) => rule.defaultConfiguration.level)).toEqual(catalogue.map((rule) => levels[rule.severity]));
  });

  it('one result per finding: rule, level, message, the file as artifact, the coordinates in the property bag', async () => {
    const { report } = await checkJson(TWO_SIDES);
    const { exitCode, log } = await sarif([TWO_SIDES]);
    expect(exitCode).toBe(1);
    const results = log.runs[0]!.results;
    expect(results.map((result) => [result.ruleId, result.level, result.message.text])).toEqual(
      report.findings.map((finding) => [finding.ruleId, { error: 'error', warning: 'warning', info: 'note' }[finding.severity], finding.message]),
    );
    const first = results[0]!;
    expect(log.runs[0]!.tool.driver.rules[first.ruleIndex]!.id).toBe('topology/building-within-parcel');
    expect(first.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: `${TWO_SIDES}/building.shp`, uriBaseId: '%SRCROOT%' });
    expect(first.locations[0]!.logicalLocations).toEqual([{ name: '01', fullyQualifiedName: 'building.shp#0', kind: 'element' }]);
    expect(first.properties).toMatchObject({ location: [481711, 4618699.9], crs: 'EPSG:32638', measured: 0.2, limit: 0.15, unit: 'm', featureIndex: 0, featureId: '01', layer: 'building' });
    // A finding about the whole submission points at its folder.
    const whole = results.find((result) => result.properties.featureIndex === null && result.properties.layer === null)!;
    expect(whole.locations[0]!.physicalLocation.artifactLocation.uri).toBe(`${TWO_SIDES}/`);
  });

  it('a rule turned off in the config is listed disabled', async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'cadcheck-sarif-')), 'cadcheck.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'geometry/valid': 'off' } }));
    const { log } = await sarif([BOW_TIE, '--config', config]);
    expect(log.runs[0]!.tool.driver.rules.find((rule) => rule.id === 'geometry/valid')!.defaultConfiguration).toEqual({ enabled: false, level: 'error' });
    expect(log.runs[0]!.results.some((result) => result.ruleId === 'geometry/valid')).toBe(false);
  });
});
