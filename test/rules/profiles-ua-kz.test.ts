// Profiles ua-1051 (Ukrainian exchange XML) and kz-pcm (Kazakh turning-point files): the bundled valid files pass,
// each broken file gets exactly its findings; the fixtures are what scripts/fixtures/profile-files.ts writes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_FILE_CASES, profileFilePath, writeProfileFixtures } from '../../scripts/fixtures/profile-files.js';
import { parseKzPoints } from '../../src/io/kz-points.js';
import { chainBoundary, parseUkraineXml } from '../../src/io/ukraine-xml.js';
import { PROFILES } from '../../src/profiles/index.js';
import { checkJson, REPO, runCli } from '../helpers.js';
import { KZ_ROWS, type Row, UA_ROWS } from './cases/profile-file-rows.js';

async function findingsOf(path: string, profile: string, extra: string[] = []): Promise<{ exitCode: number; rows: Row[]; messages: string[] }> {
  const { exitCode, report } = await checkJson(path, ['--profile', profile, '--verbose', ...extra]);
  const findings = report.findings as unknown as Array<{ ruleId: string; messageId: string; featureIndex: number | null; data: Record<string, unknown>; message: string }>;
  return { exitCode, rows: findings.map((finding) => [finding.ruleId, finding.messageId, finding.featureIndex, finding.data]), messages: findings.map((finding) => finding.message) };
}

describe('fixtures of ua-1051 and kz-pcm', () => {
  it('regenerate byte for byte (run `npm run fixtures` after changing a case)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-profile-fixtures-'));
    const written = writeProfileFixtures(scratch);
    expect(written).toEqual(PROFILE_FILE_CASES.map(profileFilePath));
    for (const path of written) expect(readFileSync(join(scratch, path)).equals(readFileSync(join(REPO, path))), path).toBe(true);
  });

  it('the profiles run their own family, the shared checks, and nothing of Georgia’s layers or photos', () => {
    expect(PROFILES['ua-1051']!.rules).toEqual([
      'geometry/repeated-vertex', 'geometry/valid', 'input/coordinates-plausible', 'input/readable', 'input/too-complex',
      'ua/area-matches-geometry', 'ua/closed-boundaries', 'ua/crs-declared', 'ua/point-accuracy', 'ua/polyline-refs', 'ua/schema', 'ua/unique-point-ids',
    ]);
    expect(PROFILES['kz-pcm']!.rules).toEqual([
      'geometry/repeated-vertex', 'geometry/valid', 'input/readable', 'input/too-complex', 'kz/closed-contours', 'kz/parseable-lines', 'kz/point-numbers', 'topology/parcel-overlap',
    ]);
  });
});

describe('profile ua-1051', () => {
  it('the valid exchange file passes with no finding, as a file and as a folder', async () => {
    expect(await findingsOf('fixtures/ua-1051/valid/parcel.xml', 'ua-1051')).toMatchObject({ exitCode: 0, rows: [] });
    expect(await findingsOf('fixtures/ua-1051/valid', 'ua-1051')).toMatchObject({ exitCode: 0, rows: [] });
  });

  it('reads points (X north, Y east), polylines and the parcel boundary, and chains polylines either way round', () => {
    const exchange = parseUkraineXml('parcel.xml', readFileSync(join(REPO, 'fixtures/ua-1051/valid/parcel.xml'), 'utf8'));
    expect(exchange.coordinateSystem).toEqual({ name: 'USC2000', zone: null });
    expect(exchange.points.map((point) => [point.uidp, point.x, point.y, point.mx])).toEqual([
      ['1', '5592000.00', '6325000.00', '0.05'], ['2', '5592025.00', '6325000.00', '0.05'], ['3', '5592025.00', '6325040.00', '0.05'], ['4', '5592000.00', '6325040.00', '0.05'],
    ]);
    // The land plot repeats the parcel's ring (as in every schema-valid file): one boundary, with the parcel's declared area.
    expect(exchange.boundaries).toEqual([{ label: 'parcel 0001', lines: ['1', '2'], featureIndex: 0, declaredAreas: [{ unit: 'га', size: '0.1000', error: null }] }]);
    expect(exchange.controlPoints).toEqual(['1', '2']);
    // Written from its other polyline, the land plot's boundary is still the parcel's ring: judged once.
    const valid = readFileSync(join(REPO, 'fixtures/ua-1051/valid/parcel.xml'), 'utf8');
    const landsAt = valid.indexOf('<LandParcelInfo>');
    const turned = valid.slice(0, landsAt) + valid.slice(landsAt).replace('<Line><ULID>1</ULID></Line>\n', '').replace('<Line><ULID>2</ULID></Line>\n', '<Line><ULID>2</ULID></Line>\n                          <Line><ULID>1</ULID></Line>\n');
    expect(turned).not.toBe(valid);
    expect(parseUkraineXml('parcel.xml', turned).boundaries.map((boundary) => boundary.label)).toEqual(['parcel 0001']);
    expect(exchange.formatVersion).toBe('0.7');
    const reversed = new Map([['a', { ulid: 'a', points: ['3', '2', '1'], index: 0 }], ['b', { ulid: 'b', points: ['1', '4', '3'], index: 1 }]]);
    expect(chainBoundary({ label: 'x', lines: ['a', 'b'], featureIndex: 0 }, reversed)).toEqual({ uidps: ['3', '2', '1', '4', '3'], brokenAt: null });
  });

  const cases = UA_ROWS;
  it.each(cases)('%s', async (name, expected, message) => {
    const result = await findingsOf(`fixtures/ua-1051/rules/${name}`, 'ua-1051');
    expect(result.rows.map(([ruleId, messageId, featureIndex, data]) => [ruleId, messageId, featureIndex, expected.length && expected[0]![3] === undefined ? undefined : data])).toEqual(
      expected.map(([ruleId, messageId, featureIndex, data]) => [ruleId, messageId, featureIndex, data]),
    );
    expect(result.exitCode).toBe(name.includes('/pass/') ? 0 : 1);
    if (message) expect(result.messages.join('\n')).toMatch(message);
  });

  it('ua/schema lists at most 50 distinct problems of a file and says how many more there were', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-ua-schema-'));
    try {
      // 70 points, each with an element of its own name that the format does not have: 70 distinct problems.
      const extra = Array.from({ length: 70 }, (_, i) =>
        `<Point><UIDP>${i + 10}</UIDP><PN>${i + 10}</PN><DeterminationMethod><GPS/></DeterminationMethod><X>5592000.00</X><Y>6325000.00</Y><Extra${i}/></Point>\n`).join('');
      const valid = readFileSync(join(REPO, 'fixtures/ua-1051/valid/parcel.xml'), 'utf8');
      writeFileSync(join(folder, 'many.xml'), valid.replace('      </PointInfo>', `${extra}      </PointInfo>`));
      const { rows } = await findingsOf(join(folder, 'many.xml'), 'ua-1051');
      const schemaRows = rows.filter(([ruleId]) => ruleId === 'ua/schema');
      expect(schemaRows.filter(([, messageId]) => messageId === 'unexpectedHere')).toHaveLength(50);
      expect(schemaRows.filter(([, messageId]) => messageId !== 'unexpectedHere')).toEqual([['ua/schema', 'more', null, { count: 20 }]]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a Georgian-profile rule in ua-1051 cites no Georgian article; a ua/* rule cites Res. 1051', async () => {
    const { report } = await checkJson('fixtures/ua-1051/rules/geometry/valid/fail/bow-tie-parcel.xml', ['--profile', 'ua-1051']);
    expect(report.findings[0]!.reference).toBeNull();
    const ua = await checkJson('fixtures/ua-1051/rules/ua/crs-declared/fail/no-coordinate-system.xml', ['--profile', 'ua-1051']);
    expect(ua.report.findings[0]!.reference).toBe('CMU Resolution No. 1051 (2012), §70 (Annex 6, PointInfo)');
  });

  it('every report format works on a single exchange file (the HTML report draws the parcel, with no photos to open)', async () => {
    for (const format of ['text', 'json', 'junit', 'sarif', 'geojson', 'html', 'csv']) {
      const result = await runCli(['check', 'fixtures/ua-1051/valid/parcel.xml', '--profile', 'ua-1051', '--format', format]);
      expect([format, result.exitCode, result.stderr]).toEqual([format, 0, '']);
      if (format === 'html') expect(result.stdout).toContain('<svg class="map"');
    }
  });

  it('cadcheck rules and SARIF give a shared rule no Georgian article under ua-1051', async () => {
    const rules = JSON.parse((await runCli(['rules', '--profile', 'ua-1051', '--format', 'json'])).stdout) as Array<{ id: string; reference: string | null }>;
    expect(rules.find((rule) => rule.id === 'geometry/valid')!.reference).toBeNull();
    expect(rules.find((rule) => rule.id === 'ua/polyline-refs')!.reference).toBe('CMU Resolution No. 1051 (2012), §70 (Annex 11, Boundary)');
    const sarif = JSON.parse((await runCli(['check', 'fixtures/ua-1051/valid/parcel.xml', '--profile', 'ua-1051', '--format', 'sarif'])).stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; properties: { reference: string | null } }> } } }>;
    };
    const driverRules = sarif.runs[0]!.tool.driver.rules;
    expect(driverRules.find((rule) => rule.id === 'geometry/valid')!.properties.reference).toBeNull();
  });

  it('speaks Ukrainian with --lang uk', async () => {
    const result = await runCli(['check', 'fixtures/ua-1051/rules/ua/closed-boundaries/fail/boundary-not-closed.xml', '--profile', 'ua-1051', '--lang', 'uk']);
    // The boundary's owner word is translated too (issue 14, item 11): matched as any word.
    expect(result.stdout).toMatch(/Межа \S+ 0001 не замкнена: вона закінчується точкою 4, а не першою точкою 1/);
    expect(result.stdout).toContain('✖ ВІДХИЛЕНО');
  });
});

describe('profile kz-pcm', () => {
  it('the valid folder (a ;-separated .csv with decimal commas and two contours, and a space-separated .txt) passes', async () => {
    expect(await findingsOf('fixtures/kz-pcm/valid', 'kz-pcm')).toMatchObject({ exitCode: 0, rows: [] });
  });

  it('reads contours by "Контур" headers and blank lines, skips the comment and the column header', () => {
    const parsed = parseKzPoints('parcel.csv', readFileSync(join(REPO, 'fixtures/kz-pcm/valid/parcel.csv'), 'utf8'));
    expect(parsed.unparsed).toEqual([]);
    expect(parsed.contours.map((contour) => [contour.name, contour.points.map((point) => point.number).join(' ')])).toEqual([['1', '1 2 3 4 1'], ['2', '5 6 7 8 5']]);
    expect(parsed.contours[0]!.points[1]).toEqual({ number: '2', x: 4791020, y: 3420000, line: 5 });
    const loose = parseKzPoints('a.txt', '1 10 10\n2 10 20\n3 20 20\n1 10 10\n\n1 50 50\n2 50 60\n3 60 60\n1 50 50\n');
    expect(loose.contours.map((contour) => contour.points.length)).toEqual([4, 4]);
  });

  const cases = KZ_ROWS;
  it.each(cases)('%s', async (name, expected, exitCode) => {
    const result = await findingsOf(`fixtures/kz-pcm/rules/${name}`, 'kz-pcm');
    expect(result.rows).toEqual(expected.map(([ruleId, messageId, featureIndex, data]) => [ruleId, messageId, featureIndex, expect.objectContaining(data!) as unknown]));
    expect(result.exitCode).toBe(exitCode);
  });

  it('the unclosed contour measures its gap: 10 m from point 8 back to point 5', async () => {
    const { report } = await checkJson('fixtures/kz-pcm/rules/kz/closed-contours/fail/contour-2-not-closed.csv', ['--profile', 'kz-pcm']);
    expect(report.findings.map((finding) => [finding.measured, finding.unit, finding.location])).toEqual([[10, 'm', [3420045, 4791000]]]);
  });

  it('speaks Kazakh and Russian', async () => {
    const kk = await runCli(['check', 'fixtures/kz-pcm/rules/kz/closed-contours/fail/contour-2-not-closed.csv', '--profile', 'kz-pcm', '--lang', 'kk']);
    expect(kk.stdout).toContain('2 контуры тұйықталмаған: ол 8 нүктесімен, бірінші 5 нүктесінен 10 м жерде аяқталады');
    const ru = await runCli(['check', 'fixtures/kz-pcm/rules/kz/point-numbers/fail/point-3-twice.csv', '--profile', 'kz-pcm', '--lang', 'ru']);
    expect(ru.stdout).toContain('Точка 3 встречается в контуре 1 дважды (строки 6 и 7)');
  });
});
