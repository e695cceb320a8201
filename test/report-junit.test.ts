// --format junit: one <testsuite> per submission, one <testcase> per rule, failures carry the findings; held against
// schema/junit.xsd with xmllint (when installed) and always parsed back with fast-xml-parser.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './helpers.js';

const VALID = 'fixtures/ge-388/valid';
const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';
const WARNING = 'fixtures/ge-388/rules/input/encoding/fail/georgian-dbf-without-cpg';
const XMLLINT = ['/usr/bin/xmllint', '/bin/xmllint'].find((path) => existsSync(path));
const temp = mkdtempSync(join(tmpdir(), 'cadcheck-junit-'));

interface Testcase { name: string; classname: string; failure?: { '#text': string; message: string; type: string }; error?: unknown; skipped?: { message: string }; 'system-out'?: string }
interface Testsuite { name: string; tests: string; failures: string; errors: string; skipped: string; testcase: Testcase[]; properties: { property: Array<{ name: string; value: string }> } }

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' || name === 'property' });

async function junit(args: string[]): Promise<{ exitCode: number; xml: string; suites: Testsuite[] }> {
  const result = await runCli(['check', ...args, '--format', 'junit']);
  expect(result.stderr).toBe('');
  // Well-formed XML first (fast-xml-parser's validator), then the structure.
  expect(XMLValidator.validate(result.stdout)).toBe(true);
  if (XMLLINT) {
    const file = join(temp, `${Math.random().toString(36).slice(2)}.xml`);
    writeFileSync(file, result.stdout);
    // Throws (and fails the test) with xmllint's message when the report does not fit the schema.
    execFileSync(XMLLINT, ['--noout', '--schema', join(REPO, 'schema/junit.xsd'), file], { stdio: 'pipe' });
  }
  const parsed = parser.parse(result.stdout) as { testsuites: { testsuite: Testsuite[] } };
  return { exitCode: result.exitCode, xml: result.stdout, suites: parsed.testsuites.testsuite };
}

async function profileRuleIds(): Promise<string[]> {
  return (JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as Array<{ id: string }>).map((rule) => rule.id);
}

describe('junit report', () => {
  it('one testcase per rule of the profile; the broken rule fails with its finding', async () => {
    const { exitCode, suites } = await junit([BOW_TIE]);
    expect(exitCode).toBe(1);
    expect(suites).toHaveLength(1);
    const suite = suites[0]!;
    expect(suite.testcase.map((testcase) => testcase.name)).toEqual(await profileRuleIds());
    expect([suite.name, suite.tests, suite.failures, suite.errors, suite.skipped]).toEqual([BOW_TIE, String(suite.testcase.length), '1', '0', '0']);
    const failing = suite.testcase.filter((testcase) => testcase.failure);
    expect(failing.map((testcase) => testcase.name)).toEqual(['geometry/valid']);
    expect(failing[0]!.failure).toEqual({
      message: 'Invalid geometry (self-intersection): the boundary crosses itself',
      type: 'error',
      '#text': 'error building.shp #1 (02): Invalid geometry (self-intersection): the boundary crosses itself at 481723, 4618727.5 · Resolution No. 388 (2016), Annex 1, Art. 8(4)(a)',
    });
    expect(failing[0]!.classname).toBe(BOW_TIE);
    expect(suite.properties.property.find((property) => property.name === 'result')?.value).toBe('fail');
  });

  it('warnings pass their testcase (listed in system-out) unless they exceed --max-warnings', async () => {
    const within = await junit([WARNING]);
    const encoding = (suites: Testsuite[]) => suites[0]!.testcase.find((testcase) => testcase.name === 'input/encoding')!;
    expect(within.exitCode).toBe(0);
    expect(encoding(within.suites).failure).toBeUndefined();
    expect(encoding(within.suites)['system-out']).toBe('warning building.shp: building.shp has non-ASCII text but no .cpg; it was read as utf-8. Add a .cpg (e.g. UTF-8) so Georgian text is not garbled');
    expect(within.suites[0]!.failures).toBe('0');

    const over = await junit([WARNING, '--max-warnings', '0']);
    expect(over.exitCode).toBe(1);
    expect(encoding(over.suites).failure?.type).toBe('warning');
    expect(over.suites[0]!.failures).toBe('1');
  });

  it('a rule turned off in the config is a skipped testcase', async () => {
    const config = join(temp, 'off.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'geometry/valid': 'off' } }));
    const { exitCode, suites } = await junit([BOW_TIE, '--config', config]);
    expect(exitCode).toBe(0);
    const valid = suites[0]!.testcase.find((testcase) => testcase.name === 'geometry/valid')!;
    expect(valid.skipped).toEqual({ message: 'turned off in the configuration' });
    expect([suites[0]!.skipped, suites[0]!.failures]).toEqual(['1', '0']);
  });

  it('one testsuite per submission, totals on <testsuites>', async () => {
    const { xml, suites } = await junit([VALID, BOW_TIE]);
    expect(suites.map((suite) => [suite.name, suite.failures])).toEqual([[VALID, '0'], [BOW_TIE, '1']]);
    const tests = suites.reduce((sum, suite) => sum + Number(suite.tests), 0);
    expect(xml).toContain(`<testsuites name="cadcheck" tests="${tests}" failures="1" errors="0" skipped="0" time="0">`);
  });

  it('escapes names: a path with <, &, quotes and a control character stays well-formed and round-trips', async () => {
    const hostile = join(temp, `a<b>&"c'\u0001`);
    cpSync(join(REPO, BOW_TIE), hostile, { recursive: true });
    const { suites } = await junit([hostile]);
    // U+0001 cannot appear in XML 1.0 at all: it becomes U+FFFD.
    expect(suites[0]!.name).toBe(hostile.replace('\u0001', '\ufffd'));
  });

  it.skipIf(!XMLLINT)('the schema rejects a report that breaks it (so the xmllint check can fail)', () => {
    const file = join(temp, 'broken.xml');
    writeFileSync(file, '<testsuites><testsuite name="x" tests="1" failures="0"><testcase name="r"/></testsuite></testsuites>');
    expect(() => execFileSync(XMLLINT!, ['--noout', '--schema', join(REPO, 'schema/junit.xsd'), file], { stdio: 'pipe' })).toThrow();
  });
});
