// A submitter must not blind the clerk (issue 15.14): attribute values and file names with ESC[2J (clear the screen),
// ESC[8m (hide what follows, the verdict too), OSC 8 (a clickable link), C1 CSI and a bidi override reach every text
// output with their control characters shown as escapes; JSON carries them escaped; the data itself is kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { surveyFolder, tempDir } from './helpers.js';

const dir = tempDir('terminal');
const ESC = '\u001b';
const CLEAR = `${ESC}[2J`;
const HIDE = `${ESC}[8m`;
const LINK = `${ESC}]8;;http://evil.example/${'\u0007'}click me${ESC}]8;;${'\u0007'}`;
const C1_CSI = '\u009b2J';
const RLO = '\u202e';
const HOSTILE_VALUE = `${CLEAR}${HIDE}${LINK}${C1_CSI}${RLO}fence`;
// No "/" in the name: it would make folders.
const HOSTILE_FILE = `evil${CLEAR}${HIDE}${ESC}]8;;https:evil.example${'\u0007'}x${ESC}]8;;${'\u0007'}.geojson`;
const crs = '{"type":"name","properties":{"name":"EPSG:32638"}}';

/** The valid survey plus a linear layer whose type and id are hostile, and an unknown layer with a hostile name. */
function hostileSurvey(name: string): string {
  const linear = {
    type: 'FeatureCollection',
    crs: JSON.parse(crs) as unknown,
    features: [{ type: 'Feature', properties: { id: `${CLEAR}L-1`, type: HOSTILE_VALUE }, geometry: { type: 'LineString', coordinates: [[481700, 4618745], [481705, 4618745]] } }],
  };
  return surveyFolder(dir, name, {
    'linear.geojson': Buffer.from(JSON.stringify(linear)),
    [HOSTILE_FILE]: Buffer.from(`{"type":"FeatureCollection","crs":${crs},"features":[]}`),
  });
}

/** Raw characters a terminal acts on: C0 except line feed, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text output shows control characters as escapes', () => {
  it('the text report: the attribute value, the feature id and the file name are escaped; the verdict is there', async () => {
    const survey = hostileSurvey('text');
    const { stdout, exitCode } = await runCli(['check', survey]);
    expect(exitCode).toBe(1);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('#0 (\\x1b[2JL-1) type "\\x1b[2J\\x1b[8m\\x1b]8;;http://evil.example/\\x07click me\\x1b]8;;\\x07\\x9b2J\\u202efence" is not an allowed value');
    expect(stdout).toContain('  evil\\x1b[2J\\x1b[8m\\x1b]8;;https:evil.example\\x07x\\x1b]8;;\\x07.geojson\n');
    expect(stdout).toMatch(/\n✖ FAIL {2}\d+ errors?, \d+ warnings?/);
  });

  it('with colour on, the only escapes are cadcheck\'s own SGR colours', async () => {
    const { stdout } = await runCli(['check', hostileSurvey('colour'), '--color']);
    // eslint-disable-next-line no-control-regex -- cadcheck's own SGR colours, taken out
    expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL);
    expect(stdout).not.toContain(CLEAR);
    expect(stdout).not.toContain(HIDE);
  });

  it('JSON keeps the value exactly, written with \\u escapes only', async () => {
    const { stdout } = await runCli(['check', hostileSurvey('json'), '--format', 'json']);
    expect(stdout).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(stdout) as { findings: Array<{ ruleId: string; featureId: string | null; message: string }> };
    const finding = report.findings.find((f) => f.ruleId === 'attributes/allowed-values')!;
    expect(finding.featureId).toBe(`${CLEAR}L-1`);
    expect(finding.message).toBe(`type "${HOSTILE_VALUE}" is not an allowed value (allowed: communication, road, railway, pipeline, tunnel, ropeway, power-line, telecom-line, funicular, dam, canal)`);
    expect(stdout).toContain('\\u009b2J\\u202efence');
  });

  it('the CSV summary (first error) and the JUnit report carry no raw control character', async () => {
    const survey = hostileSurvey(`csv${CLEAR}`);
    const out = join(dir, 'csv-out');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(out);
    await runCli(['check', survey, '--format', 'csv', '--output', join(out, 's.csv'), '--format', 'junit', '--output', join(out, 'r.xml')]);
    const csv = readFileSync(join(out, 's.csv'), 'utf8');
    expect(csv.replace(/\r\n/g, '\n')).not.toMatch(RAW_CONTROL);
    expect(csv).toContain('\\x1b[2J');
    const junit = readFileSync(join(out, 'r.xml'), 'utf8');
    expect(junit.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
    // C1 and bidi as character references: the same text to an XML parser.
    expect(junit).toContain('&#x9b;2J&#x202e;fence');
  });

  it('stderr: a one-line error naming a hostile path shows the escapes', async () => {
    const missing = join(dir, `no${CLEAR}${HIDE}such`);
    const { stderr, exitCode } = await runCli(['check', missing]);
    expect(exitCode).toBe(2);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain('no\\x1b[2J\\x1b[8msuch');
    expect(stderr.split('\n')).toHaveLength(2);
  });
});

describe('the crash report', () => {
  it('echoes the command line with its control characters escaped', async () => {
    const { reportCrash } = await import('../../src/cli.js');
    let text = '';
    reportCrash(new Error(`boom in ${CLEAR}x`), { argv: ['check', `a${HIDE}b`], env: {}, stderr: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream });
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('input: cadcheck check a\\x1b[8mb\n');
    expect(text).toContain('boom in \\x1b[2Jx\n');
  });
});
