// Options per rule (issue 16): a rule declares the numbers it reads (meta.options), each defaulting to the profile's
// tolerance; a config sets them for one rule (`rules.<id>.options`) or for all (`tolerances`), and the descriptions
// print the number in force.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crossSubmissionFindings } from '../src/batch/cross.js';
import type { BatchParcel } from '../src/batch/check-one.js';
import { resolveSettings, RULES, validateConfig } from '../src/catalogue.js';
import { ruleDescription } from '../src/engine/messages.js';
import { declaredOptions, formatOption, optionsOf } from '../src/engine/options.js';
import { marginOf } from '../src/tiles/run-tiled.js';
import { checkJson, REPO, runCli } from './helpers.js';

const NEAR_MISS = 'tolerance/vertex-near-miss';
const FAIL = `${REPO}/fixtures/ge-388/rules/${NEAR_MISS}/fail`;
/** Two division vertices 0.10 m apart (0.09999… as drawn): a near miss under 0.15 m, and still under exactly 0.10 m. */
const TEN_CM = `${FAIL}/division-vertices-0.10m-apart-on-common-side`;
/** A vertex 0.128 m from a neighbour's corner: a near miss under 0.15 m, clear of it under 0.10 m. */
const NOTCHED = `${FAIL}/notched-parcel-first-vertex-0.128m-from-corner`;

const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-rule-options-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let count = 0;
function config(content: unknown): string {
  const path = join(scratch, `config-${++count}.json`);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const accuracyFor = (id: string, accuracy: number) => config({ rules: { [id]: { severity: 'warning', options: { accuracy } } } });
const ruleLine = (stdout: string, id: string) => stdout.split('\n').find((line) => line.startsWith(`${id} `))!;

describe('a rule option set in the config for one rule', () => {
  it('cadcheck rules prints it in that rule\'s description, and the profile\'s number in the others', async () => {
    const file = accuracyFor(NEAR_MISS, 0.1);
    const { stdout, exitCode } = await runCli(['rules', '--config', file]);
    expect(exitCode).toBe(0);
    expect(ruleLine(stdout, NEAR_MISS)).toContain('not closer than 0.10 m to another parcel');
    expect(ruleLine(stdout, 'topology/parcel-overlap')).toContain('wider than the 0.15 m accuracy');
    const json = JSON.parse((await runCli(['rules', '--config', file, '--format', 'json', '--lang', 'ru'])).stdout) as Array<{ id: string; description: string }>;
    expect(json.find((rule) => rule.id === NEAR_MISS)!.description).toContain('не ближе 0.10 м');
  });

  it('cadcheck rules shows the severity in force and, as JSON, the rule\'s own severity and its options in force', async () => {
    const file = config({ rules: { [NEAR_MISS]: { severity: 'error', options: { accuracy: 0.1 } }, 'geometry/spike': 'off' } });
    const { stdout } = await runCli(['rules', '--config', file]);
    expect(ruleLine(stdout, NEAR_MISS)).toMatch(new RegExp(`^${NEAR_MISS} +error +`));
    expect(ruleLine(stdout, 'geometry/spike')).toMatch(/^geometry\/spike +off +/);
    expect(ruleLine(stdout, 'topology/parcel-overlap')).toMatch(/^topology\/parcel-overlap +error +/);
    const json = JSON.parse((await runCli(['rules', '--config', file, '--format', 'json'])).stdout) as Array<{ id: string; severity: string; defaultSeverity: string; options: Record<string, number> }>;
    const nearMiss = json.find((rule) => rule.id === NEAR_MISS)!;
    expect([nearMiss.severity, nearMiss.defaultSeverity, nearMiss.options]).toEqual(['error', 'warning', { accuracy: 0.1, coincident: 0.001 }]);
    expect(json.find((rule) => rule.id === 'metadata/manifest')!.options).toEqual({});
  });

  it('cadcheck explain prints it with the other options of the rule', async () => {
    const { stdout } = await runCli(['explain', NEAR_MISS, '--config', accuracyFor(NEAR_MISS, 0.1)]);
    expect(stdout.split('\n').slice(1, 6)).toEqual([
      "A parcel vertex is not closer than 0.10 m to another parcel's vertex or edge (surveyed or registered) without meeting it",
      '',
      `Options (a config sets them in "rules": { "${NEAR_MISS}": { "options": { … } } }, or for every rule in "tolerances")`,
      "  accuracy    0.10 m   A vertex closer than this to another parcel's vertex or edge, without meeting it, is a near miss (the accuracy)",
      '  coincident  0.001 m  Closer than this is the same point',
    ]);
  });

  it('the rule measures with it: the finding\'s limit is 0.1, and a 0.128 m near miss is no longer one', async () => {
    const before = (await checkJson(TEN_CM)).report.findings.filter((finding) => finding.ruleId === NEAR_MISS);
    expect(before.map((finding) => finding.limit)).toEqual([0.15]);
    const after = (await checkJson(TEN_CM, ['--config', accuracyFor(NEAR_MISS, 0.1)])).report.findings.filter((finding) => finding.ruleId === NEAR_MISS);
    expect(after.map(({ measured, limit, severity }) => ({ measured, limit, severity }))).toEqual([{ measured: 0.1, limit: 0.1, severity: 'warning' }]);

    expect((await checkJson(NOTCHED)).report.findings.filter((finding) => finding.ruleId === NEAR_MISS)).not.toEqual([]);
    expect((await checkJson(NOTCHED, ['--config', accuracyFor(NEAR_MISS, 0.1)])).report.findings.filter((finding) => finding.ruleId === NEAR_MISS)).toEqual([]);
  });

  it('SARIF\'s rule metadata says it', async () => {
    const { stdout } = await runCli(['check', TEN_CM, '--format', 'sarif', '--config', accuracyFor(NEAR_MISS, 0.1)]);
    const rules = (JSON.parse(stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } } }> }).runs[0]!.tool.driver.rules;
    expect(rules.find((rule) => rule.id === NEAR_MISS)!.shortDescription.text).toContain('not closer than 0.10 m');
    expect(rules.find((rule) => rule.id === 'topology/parcel-overlap')!.shortDescription.text).toContain('the 0.15 m accuracy');
  });

  it('leaves the other rules that read the accuracy at the profile\'s', () => {
    const settings = resolveSettings('ge-388', validateConfig({ rules: { [NEAR_MISS]: { options: { accuracy: 0.1 } } } }, 'cadcheck.config.json'));
    const byId = (id: string) => RULES.find((rule) => rule.id === id)!;
    expect(optionsOf(byId(NEAR_MISS), settings).accuracy).toBe(0.1);
    expect(optionsOf(byId('topology/parcel-overlap'), settings).accuracy).toBe(0.15);
    // No severity in the entry: the rule keeps its own.
    expect(settings.ruleSettings[NEAR_MISS]).toBeUndefined();
  });
});

describe('the profile-wide tolerances key', () => {
  it('sets the default of every rule that uses the number; a rule\'s own option wins over it', () => {
    const settings = resolveSettings('ge-388', validateConfig({ tolerances: { accuracy: 0.2 }, rules: { [NEAR_MISS]: { options: { accuracy: 0.05 } } } }, 'cadcheck.config.json'));
    const byId = (id: string) => RULES.find((rule) => rule.id === id)!;
    expect(ruleDescription(byId('topology/building-within-parcel'), 'en', settings)).toBe('A building lies within the parcel(s): no part sticks out wider than the 0.20 m accuracy');
    expect(ruleDescription(byId(NEAR_MISS), 'en', settings)).toContain('closer than 0.05 m');
  });
});

describe('a bad rule entry is refused, naming the key', () => {
  const cases = [
    { content: { rules: { [NEAR_MISS]: { options: { photoMaxDistance: 10 } } } }, key: `rules.${NEAR_MISS}.options.photoMaxDistance`, problem: 'is not an option of tolerance/vertex-near-miss (its options: accuracy, coincident' },
    { content: { rules: { 'geometry/valid': { options: { accuracy: 0.1 } } } }, key: 'rules.geometry/valid.options.accuracy', problem: 'is not an option of geometry/valid (it has none' },
    { content: { rules: { [NEAR_MISS]: { options: { acuracy: 0.1 } } } }, key: `rules.${NEAR_MISS}.options.acuracy`, problem: 'is not a known key' },
    { content: { rules: { [NEAR_MISS]: { options: { accuracy: '10 cm' } } } }, key: `rules.${NEAR_MISS}.options.accuracy`, problem: 'must be number' },
    { content: { rules: { [NEAR_MISS]: { options: { accuracy: 0 } } } }, key: `rules.${NEAR_MISS}.options.accuracy`, problem: 'must be > 0' },
    { content: { rules: { [NEAR_MISS]: { severity: 'warn' } } }, key: `rules.${NEAR_MISS}.severity`, problem: 'must be one of "error", "warning", "info", "off"' },
    { content: { rules: { [NEAR_MISS]: { level: 'warning' } } }, key: `rules.${NEAR_MISS}.level`, problem: 'is not a known key' },
    { content: { rules: { [NEAR_MISS]: 'warn' } }, key: `rules.${NEAR_MISS}`, problem: 'must be one of "error", "warning", "info", "off"' },
  ];
  for (const { content, key, problem } of cases) {
    it(`"${key}" ${problem}`, () => {
      expect(() => validateConfig(content, 'cadcheck.config.json')).toThrow(`cadcheck.config.json: "${key}" ${problem}`);
    });
  }
});

describe('every rule\'s options', () => {
  it('are each placeholder of its descriptions, in every language, and have a description and a unit', () => {
    const settings = resolveSettings('ge-388', null);
    for (const rule of RULES) {
      for (const name of declaredOptions(rule)) {
        expect(rule.meta.options![name]!.description, `${rule.id} ${name}`).toMatch(/^\S.*\S$/);
        expect(['m', 'm²'], `${rule.id} ${name}`).toContain(rule.meta.options![name]!.unit);
      }
      // A placeholder the rule does not declare would print as "{name}".
      for (const lang of ['en', 'ka', 'ru', 'uk', 'kk'] as const) expect(ruleDescription(rule, lang, settings), `${rule.id} ${lang}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('print as the law writes them: two decimals for a fraction of a metre, finer ones as they are, whole ones plain', () => {
    expect([0.15, 0.3, 0.1, 0.001, 1, 200, 0.125].map(formatOption)).toEqual(['0.15', '0.30', '0.10', '0.001', '1', '200', '0.125']);
  });
});

describe('batch: land claimed by two submissions', () => {
  /** A 10 m × 10 m parcel whose west edge is at x. */
  const square = (x: number): BatchParcel => ({ file: 'parcel.shp', featureIndex: 0, featureId: null, geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 10, 0], [x + 10, 10], [x, 10], [x, 0]]] } });
  // The second claims a 0.40 m strip of the first: over ge-388's 0.30 m.
  const inputs = [{ name: 'a', parcels: [square(0)], photos: [] }, { name: 'b', parcels: [square(9.6)], photos: [] }];

  it('is measured against tolerance/registered-overlap\'s own option, as that rule\'s findings', () => {
    const overlaps = (config: unknown) => crossSubmissionFindings(inputs, resolveSettings('ge-388', validateConfig(config, 'cadcheck.config.json'))).flat();
    expect(overlaps({}).map(({ ruleId, measured, limit }) => ({ ruleId, measured, limit }))).toEqual([
      { ruleId: 'tolerance/registered-overlap', measured: 0.4, limit: 0.3 }, { ruleId: 'tolerance/registered-overlap', measured: 0.4, limit: 0.3 },
    ]);
    expect(overlaps({ rules: { 'tolerance/registered-overlap': { options: { registeredOverlap: 0.5 } } } })).toEqual([]);
    // The profile-wide key reaches it too.
    expect(overlaps({ tolerances: { registeredOverlap: 0.5 } })).toEqual([]);
  });
});

describe('tiles of a big layer', () => {
  it('overlap by the widest reach of any rule, a rule\'s own option included (else a wider gap across a tile side is cut)', () => {
    expect(marginOf(resolveSettings('ge-388', null))).toBeCloseTo(1.01, 9);
    expect(marginOf(resolveSettings('ge-388', validateConfig({ rules: { 'topology/parcel-gap': { options: { gapMaxWidth: 2 } } } }, 'cadcheck.config.json')))).toBeCloseTo(2.01, 9);
  });
});
