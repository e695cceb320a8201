// cadcheck batch: a folder of submissions checked in worker threads, then against each other (issue 7).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch/run.js';
import { resolveSettings } from '../src/catalogue.js';
import { buildJsonReport } from '../src/report/json.js';
import { photo, validSurvey } from '../scripts/fixtures/ge-388-survey.js';
import type { SubmissionSpec } from '../scripts/fixtures/submission-writer.js';
import { writeSubmission } from '../scripts/fixtures/submission-writer.js';
import { expectValidReport, runCli, TEST_NOW, type JsonReport } from './helpers.js';

type Coordinates = number | Coordinates[];

/** validSurvey()'s three photos: local time, UTC time, GPS offset from the origin. */
const PHOTO_SHOTS: Array<[string, [number, number, number], [number, number]]> = [
  ['10:31:02', [6, 31, 2], [1, 1]], ['10:33:47', [6, 33, 47], [29, 39]], ['10:40:15', [6, 40, 15], [15, -8]],
];

function moved(coordinates: Coordinates, dx: number, dy: number): Coordinates {
  if (typeof (coordinates as Coordinates[])[0] === 'number') {
    const [x, y] = coordinates as number[];
    return [x! + dx, y! + dy];
  }
  return (coordinates as Coordinates[]).map((part) => moved(part, dx, dy));
}

/** The valid survey moved by (dx, dy) metres, its photos' GPS with it; photos listed in `newPhotos` get other pixels (other SHA-256). */
function movedSurvey(dx: number, dy: number, cadCode: string, newPhotos: number[]): SubmissionSpec {
  const spec = validSurvey();
  return {
    ...spec,
    layers: spec.layers.map((layer) => ({
      ...layer,
      features: layer.features.map((feature) => ({
        geometry: feature.geometry && ({ ...feature.geometry, coordinates: moved(feature.geometry.coordinates as Coordinates, dx, dy) } as typeof feature.geometry),
        properties: layer.name === 'parcel' ? { ...feature.properties, cad_code: cadCode } : feature.properties,
      })),
    })),
    // A reused photo is the same file, byte for byte (its GPS too); a new one is taken on the moved site.
    photos: spec.photos.map((original, i) => {
      if (!newPhotos.includes(i + 1)) return original;
      const [time, utc, offset] = PHOTO_SHOTS[i]!;
      return { ...photo(i + 1, time, utc, [offset[0] + dx, offset[1] + dy]), gray: original.gray + 7 };
    }),
  };
}

let root: string;
let batch: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cadcheck-batch-'));
  batch = join(root, 'in');
  writeSubmission(join(batch, 'a-survey'), validSurvey());
  // Not a zip at all past its signature: a damaged submission in the middle of the batch.
  mkdirSync(batch, { recursive: true });
  writeFileSync(join(batch, 'b-damaged.zip'), Buffer.from('PK\u0003\u0004 this archive was cut off in transfer', 'latin1'));
  // The northern neighbour claims a 30 m × 0.42 m strip of a-survey's parcel and reuses its first photo.
  writeSubmission(join(batch, 'c-north-neighbour'), movedSurvey(0, 39.58, '01.14.07.012.035', [2, 3]));
  // Far away, its own photos: passes.
  writeSubmission(join(batch, 'd-elsewhere'), movedSurvey(500, 0, '01.14.07.012.036', [1, 2, 3]));
  writeFileSync(join(batch, 'notes.txt'), 'not a submission\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function parseLines(stdout: string): { reports: JsonReport[]; summary: Record<string, unknown> } {
  const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  const summary = lines.pop()!;
  for (const report of lines) expectValidReport(report);
  return { reports: lines as unknown as JsonReport[], summary };
}

const notInfo = (report: JsonReport) => report.findings.filter((finding) => finding.severity !== 'info').map((finding) => [finding.ruleId, finding.messageId, finding.file, finding.featureIndex, finding.measured]);

describe('cadcheck batch', () => {
  it('checks every sub-folder and .zip, a damaged one becoming a failed report, and finds the overlap and the reused photo on both sides', async () => {
    const reportsDir = join(root, 'reports');
    const summaryCsv = join(root, 'summary.csv');
    const { exitCode, stdout, stderr } = await runCli(['batch', batch, '--jobs', '2', '--reports', reportsDir, '--summary', summaryCsv]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(1);
    const { reports, summary } = parseLines(stdout);
    expect(reports.map((report) => [report.submission.path, report.result, report.summary])).toEqual([
      [join(batch, 'a-survey'), 'fail', { errors: 1, warnings: 1, infos: 2 }],
      [join(batch, 'b-damaged.zip'), 'fail', { errors: 1, warnings: 0, infos: 0 }],
      [join(batch, 'c-north-neighbour'), 'fail', { errors: 1, warnings: 1, infos: 2 }],
      [join(batch, 'd-elsewhere'), 'pass', { errors: 0, warnings: 0, infos: 2 }],
    ]);
    expect(summary).toEqual({ summary: { submissions: 4, checked: 4, passed: 1, failed: 3, interrupted: false } });

    const [a, b, c] = reports as [JsonReport, JsonReport, JsonReport];
    expect(notInfo(a)).toEqual([
      ['tolerance/registered-overlap', 'otherSubmission', 'parcel.shp', 0, 0.42],
      ['photos/duplicate', 'otherSubmission', 'photos/IMG_0001.jpg', null, null],
    ]);
    expect(notInfo(c)).toEqual(notInfo(a));
    expect(a.findings[0]!.message).toBe(`Parcel overlaps parcel 01.14.07.012.035 of submission ${join(batch, 'c-north-neighbour')} by 0.420 m (limit 0.30 m), over 12.60 m²: both claim this land`);
    expect(c.findings[0]!.message).toContain(`parcel 01.14.07.012.034 of submission ${join(batch, 'a-survey')}`);
    expect(a.findings[0]!.reference).toBe('Resolution No. 388 (2016), Annex 1, Art. 2(3)');
    expect(c.findings[1]!.message).toMatch(new RegExp(`^photos/IMG_0001\\.jpg is the same image as photos/IMG_0001\\.jpg of submission ${join(batch, 'a-survey')} \\(SHA-256 [0-9a-f]{12}\\)`));
    expect(b.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['input/readable', 'error']]);
    expect(b.findings[0]!.message).toMatch(/^.*b-damaged\.zip cannot be read: /);

    // --reports: one file per submission, the same report as on stdout.
    expect(readdirSync(reportsDir).sort()).toEqual(['a-survey.json', 'b-damaged.zip.json', 'c-north-neighbour.json', 'd-elsewhere.json']);
    for (const report of reports) {
      const written = JSON.parse(readFileSync(join(reportsDir, `${report.submission.path.replace(/^.*\//, '')}.json`), 'utf8')) as unknown;
      expectValidReport(written);
      expect(written).toEqual(report);
    }
    // --summary: a BOM, RFC 4180, CRLF, the first error quoted where it has a comma; the report file, applicant, cadastral
    // codes and errors and warnings per rule family (a-survey: the overlap is tolerance, the reused photo photos).
    const rows = readFileSync(summaryCsv, 'utf8').split('\r\n');
    expect(rows[0]).toBe('\uFEFFpath,result,errors,warnings,first_error,report,applicant,cadastral_codes,attributes_findings,geometry_findings,input_findings,metadata_findings,photos_findings,tolerance_findings,topology_findings');
    expect(rows[1]).toBe(`${join(batch, 'a-survey')},fail,1,1,"tolerance/registered-overlap: ${a.findings[0]!.message}",${join(reportsDir, 'a-survey.json')},Nino Kapanadze,01.14.07.012.034,0,0,0,0,1,1,0`);
    expect(rows[2]).toMatch(new RegExp(`^${join(batch, 'b-damaged.zip')},fail,1,0,"?input/readable: .*,${join(reportsDir, 'b-damaged.zip.json')},,,0,0,1,0,0,0,0$`));
    expect(rows[4]).toBe(`${join(batch, 'd-elsewhere')},pass,0,0,,${join(reportsDir, 'd-elsewhere.json')},Nino Kapanadze,01.14.07.012.036,0,0,0,0,0,0,0`);
    expect(rows).toHaveLength(6);
    expect(rows[5]).toBe('');
  });

  it('gives the same reports with --jobs 1 as with --jobs 2', async () => {
    const one = await runCli(['batch', batch, '--jobs', '1']);
    const two = await runCli(['batch', batch, '--jobs', '2']);
    expect(one.exitCode).toBe(1);
    expect(one.stdout).toBe(two.stdout);
  });

  it('exits 0 when every submission passes, and --max-warnings fails a submission over it', async () => {
    const clean = join(root, 'clean');
    writeSubmission(join(clean, 'only'), movedSurvey(500, 0, '01.14.07.012.036', [1, 2, 3]));
    const passed = await runCli(['batch', clean, '--jobs', '1']);
    expect(passed.exitCode).toBe(0);
    expect(parseLines(passed.stdout).summary).toEqual({ summary: { submissions: 1, checked: 1, passed: 1, failed: 0, interrupted: false } });
    const warned = await runCli(['batch', batch, '--jobs', '2', '--max-warnings', '0']);
    // a-survey and c-north-neighbour have one warning each: already failed by their overlap error; d-elsewhere has none.
    expect(parseLines(warned.stdout).reports.map((report) => report.result)).toEqual(['fail', 'fail', 'fail', 'pass']);
  });

  it.each([
    ['a folder that does not exist', ['batch', 'no/such/folder']],
    ['--jobs 0', ['batch', 'fixtures', '--jobs', '0']],
    ['--jobs two', ['batch', 'fixtures', '--jobs', 'two']],
    ['a bad --survey-date', ['batch', 'fixtures', '--survey-date', '14.05.2024']],
    ['a missing --registered file', ['batch', 'fixtures', '--registered', 'no-such.fgb']],
    ['an unknown option', ['batch', 'fixtures', '--frobnicate']],
  ])('exits 2 on %s', async (_name, argv) => {
    const { exitCode, stdout } = await runCli(argv);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
  });

  it('stops cleanly when interrupted: what was checked is returned, the rest is not started', async () => {
    const controller = new AbortController();
    const settings = resolveSettings(undefined, null);
    const result = await runBatch({
      folder: batch, folderPath: batch, jobs: 1, settings, maxWarnings: null, signal: controller.signal,
      check: { registered: null, surveyDate: null, now: TEST_NOW.toISOString() },
      onProgress: (done) => done === 1 && controller.abort(),
    });
    expect(result.interrupted).toBe(true);
    expect(result.total).toBe(4);
    expect(result.submissions.map(({ run }) => run.submission.path)).toEqual([join(batch, 'a-survey')]);
    for (const { run, inventory } of result.submissions) expectValidReport(buildJsonReport(run, { name: 'cadcheck', version: 'test' }, run.surveyDate, { inventory: inventory ?? undefined }));
  });
});
