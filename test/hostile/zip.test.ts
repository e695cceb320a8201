// Zip submissions (issue 8): read in place; escaping, linked, encrypted, lying and bomb entries are input/readable findings.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeZip } from '../../scripts/lib/zip-writer.js';
import { checkJson, runCli, type JsonReport } from '../helpers.js';
import { limitsConfig, surveyZip, tempDir, VALID } from './helpers.js';

const dir = tempDir('zip');

/** The input/readable findings of a report, as [file, message]. */
function unreadable(report: JsonReport): Array<[string | null, string]> {
  return report.findings.filter((f) => f.ruleId === 'input/readable').map((f) => [f.file, f.message]);
}

describe('a zip of the valid survey', () => {
  it('with one top-level folder inside gives the same report as the folder', async () => {
    const zipped = await checkJson(surveyZip(dir, 'survey.zip'));
    const folder = await checkJson(VALID);
    expect(zipped.exitCode).toBe(0);
    expect(zipped.report.findings).toEqual(folder.report.findings);
    expect(zipped.report.photos).toEqual(folder.report.photos);
    expect(zipped.report.layers).toEqual(folder.report.layers);
  });
  it('with the files at its root passes too', async () => {
    const { exitCode, report } = await checkJson(surveyZip(dir, 'flat.zip', [], ''));
    expect(exitCode).toBe(0);
    expect(report.layers.map((layer) => layer.file)).toEqual(['building.shp', 'obligation.shp', 'parcel.shp']);
  });
});

describe('hostile entries are refused one by one; the rest of the archive is still checked', () => {
  const cases: Array<{ name: string; entry: Parameters<typeof encodeZip>[0][number]; file: string; reason: RegExp }> = [
    { name: 'a path climbing out with ..', entry: { name: '../../evil.geojson', data: Buffer.from('{}') }, file: '../../evil.geojson', reason: /climbs out with "\.\."/ },
    { name: 'a .. inside the path', entry: { name: 'survey-2024-0117/photos/../../../x.jpg', data: Buffer.from('x') }, file: 'survey-2024-0117/photos/../../../x.jpg', reason: /climbs out/ },
    { name: 'an absolute path', entry: { name: '/etc/cadcheck.json', data: Buffer.from('{}') }, file: '/etc/cadcheck.json', reason: /path is absolute/ },
    { name: 'a drive letter', entry: { name: 'C:\\Windows\\win.ini', data: Buffer.from('x') }, file: 'C:/Windows/win.ini', reason: /drive letter/ },
    { name: 'a symbolic link', entry: { name: 'survey-2024-0117/photos/IMG_0004.jpg', data: Buffer.from('/etc/passwd'), symlink: true }, file: 'survey-2024-0117/photos/IMG_0004.jpg', reason: /symbolic link/ },
    { name: 'an encrypted entry', entry: { name: 'survey-2024-0117/notes.geojson', data: Buffer.from('not really encrypted'), encrypted: true }, file: 'survey-2024-0117/notes.geojson', reason: /encrypted/ },
  ];
  for (const { name, entry, file, reason } of cases) {
    it(name, async () => {
      const { exitCode, report } = await checkJson(surveyZip(dir, `${name.replace(/\W+/g, '-')}.zip`, [entry]));
      expect(exitCode).toBe(1);
      // The one error is the refused entry: the survey around it was read and passes.
      expect(report.summary.errors).toBe(1);
      expect(unreadable(report)).toEqual([[file, expect.stringMatching(reason)]]);
      expect(report.findings.find((f) => f.ruleId === 'input/readable')!.messageId).toBe('unreadable');
      expect(report.layers).toHaveLength(3);
      expect(report.photos).toHaveLength(3);
    });
  }
});

describe('zip bombs are measured by the bytes that really come out', () => {
  it('an entry inflating over 500 times its compressed size is stopped (20 MiB of spaces in ~20 KB)', async () => {
    const spaces = Buffer.alloc(20 * 1024 * 1024, 0x20);
    const { exitCode, report } = await checkJson(surveyZip(dir, 'ratio-bomb.zip', [{ name: 'survey-2024-0117/road.geojson', data: spaces }]));
    expect(exitCode).toBe(1);
    const compressed = deflateRawSync(spaces).length;
    expect(unreadable(report)).toEqual([['survey-2024-0117/road.geojson', `survey-2024-0117/road.geojson cannot be read: it inflates more than 500 times its compressed size of ${compressed} bytes (limits.zipMaxRatio in cadcheck.config.json); reading stopped (a zip bomb?)`]]);
  });
  it('an entry that declares 100 bytes but inflates to 2 MB is refused (the declared size is a lie)', async () => {
    const data = Buffer.from(Array.from({ length: 2_000_000 }, (_, i) => (i * 7919) % 251));
    const { report } = await checkJson(surveyZip(dir, 'lying-size.zip', [{ name: 'survey-2024-0117/liar.geojson', data, declaredSize: 100 }]));
    expect(unreadable(report)).toEqual([['survey-2024-0117/liar.geojson', expect.stringMatching(/cannot be read: the zip entry is damaged \(too many bytes in the stream/)]]);
  });
  it('the archive total stops at limits.zipMaxTotalBytes, counted in inflated bytes', async () => {
    // The survey inflates to about 5,500 bytes; entries are read in archive order (building.*, cadcheck.json, obligation.*, parcel.*, photos).
    const config = limitsConfig(dir, { zipMaxTotalBytes: 3000 });
    const { report } = await checkJson(surveyZip(dir, 'total.zip'), ['--config', config]);
    const refused = unreadable(report);
    expect(refused.map(([file]) => file)).toContain('survey-2024-0117/photos/IMG_0003.jpg');
    expect(refused.map(([file]) => file)).not.toContain('survey-2024-0117/building.shp');
    for (const [, message] of refused) expect(message).toMatch(/the archive inflates to more than limits\.zipMaxTotalBytes in cadcheck\.config\.json allows; reading stopped at this entry/);
  });
  it('an archive with more entries than limits.zipMaxEntries is read up to the limit and named', async () => {
    const config = limitsConfig(dir, { zipMaxEntries: 5 });
    const { report } = await checkJson(surveyZip(dir, 'many.zip'), ['--config', config]);
    expect(unreadable(report)).toContainEqual(['many.zip', 'many.zip cannot be read: the archive has more than 5 entries (limits.zipMaxEntries in cadcheck.config.json); the entries after that were not read']);
  });
  it('a photo declaring more than limits.maxPhotoBytes is not inflated', async () => {
    const config = limitsConfig(dir, { maxPhotoBytes: 500 }); // the photos are 550 bytes
    const { report } = await checkJson(surveyZip(dir, 'big-photos.zip'), ['--config', config]);
    expect(unreadable(report).map(([file]) => file)).toEqual(['survey-2024-0117/photos/IMG_0001.jpg', 'survey-2024-0117/photos/IMG_0002.jpg', 'survey-2024-0117/photos/IMG_0003.jpg']);
  });
});

describe('damaged archives', () => {
  it('a bit flipped in an entry fails its CRC-32: that entry is unreadable, the rest is checked', async () => {
    const path = surveyZip(dir, 'flipped.zip', [{ name: 'survey-2024-0117/extra.json', data: Buffer.from('{"a": 1}'), method: 'store' }]);
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    const at = bytes.indexOf('{"a": 1}');
    bytes[at + 6]! ^= 0x01; // "1" becomes "0"
    writeFileSync(path, bytes);
    const { report } = await checkJson(path);
    expect(unreadable(report)).toEqual([['survey-2024-0117/extra.json', 'survey-2024-0117/extra.json cannot be read: the zip entry is damaged (its CRC-32 does not match its content)']]);
  });
  const broken: Array<[string, (zip: Buffer) => Buffer]> = [
    ['cut before its central directory', (zip) => zip.subarray(0, Math.floor(zip.length / 2))],
    ['not a zip at all', () => Buffer.from('this is a text file named .zip\n')],
    ['empty', () => Buffer.alloc(0)],
  ];
  for (const [name, damage] of broken) {
    // Issue 18: the exit-code contract (spec REPORT.md) says a damaged file of a submission is an input/readable finding,
    // not exit 2; a damaged .zip is the submission's own file, so check now agrees with batch: exit 1, a failed report.
    it(`a zip ${name} is a failed submission (exit 1) with an input/readable error, as in batch`, async () => {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.zip`);
      writeFileSync(path, damage(encodeZip([{ name: 'cadcheck.json', data: Buffer.from('{}') }, { name: 'parcel.geojson', data: Buffer.alloc(5000, 0x20) }])));
      const { exitCode, report } = await checkJson(path);
      expect(exitCode).toBe(1);
      expect([report.result, report.summary, report.layers, report.photos]).toEqual(['fail', { errors: 1, warnings: 0, infos: 0 }, [], []]);
      expect(report.findings.map((f) => [f.ruleId, f.severity, f.file])).toEqual([['input/readable', 'error', null]]);
      expect(report.findings[0]!.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read: cannot open the submission: .* is not a readable zip archive \\(.+\\)`));
    });
  }
  it('in a batch, an unopenable zip is one failed submission with an input/readable finding', async () => {
    const batch = join(dir, 'batch');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(batch);
    writeFileSync(join(batch, 'broken.zip'), Buffer.from('PK\u0003\u0004 nothing more'));
    surveyZip(batch, 'good.zip');
    const result = await runCli(['batch', batch, '--jobs', '1']);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as JsonReport & { summary: Record<string, unknown> });
    expect(lines[0]!.result).toBe('fail');
    expect(lines[0]!.findings.map((f) => [f.ruleId, f.message])).toEqual([['input/readable', expect.stringMatching(/broken\.zip cannot be read: cannot open the submission: .*not a readable zip archive/)]]);
    expect(lines[1]!.result).toBe('pass');
  });
});
