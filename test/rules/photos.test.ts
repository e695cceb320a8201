// photos/* rules (Art. 5) on their fixtures, the JSON report's photos array, and the photo reader's reading bounds.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPhoto } from '../../src/io/photos.js';
import { FolderSource, type SourceEntry, type SubmissionSource } from '../../src/io/source.js';
import { captureFactsOf, exifDateTimeToIso, instantOfLocalTime, normaliseOffset } from '../../src/photos/capture.js';
import type { Photo } from '../../src/model.js';
import { at, toLonLat } from '../../scripts/fixtures/ge-388-survey.js';
import { encodeJpeg } from '../../scripts/lib/jpeg-writer.js';
import { checkJson, type JsonFinding } from '../helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules/photos';

/** Errors and warnings only: infos of rules that need data the fixtures do not give (registered parcels) are not ours. */
function errorsAndWarnings(findings: JsonFinding[]): JsonFinding[] {
  return findings.filter((finding) => finding.severity !== 'info');
}

const IMG3 = 'photos/IMG_0003.jpg';
const IMG4 = 'photos/IMG_0004.jpg';

describe('the photos array of the JSON report', () => {
  it('gives file, sha256, capture date/time, offset, date and GPS for the valid survey', async () => {
    const { report } = await checkJson('fixtures/ge-388/valid');
    expect(report.photos.map(({ sha256: _sha256, gps: _gps, ...rest }) => rest)).toEqual([
      { file: 'photos/IMG_0001.jpg', captureDateTime: '2024-05-14T10:31:02', captureOffset: '+04:00', captureDate: '2024-05-14' },
      { file: 'photos/IMG_0002.jpg', captureDateTime: '2024-05-14T10:33:47', captureOffset: '+04:00', captureDate: '2024-05-14' },
      { file: IMG3, captureDateTime: '2024-05-14T10:40:15', captureOffset: '+04:00', captureDate: '2024-05-14' },
    ]);
    const expectedPlaces = [at(1, 1), at(29, 39), at(15, -8)].map(toLonLat);
    report.photos.forEach((photo, i) => {
      expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
      const gps = photo.gps as { lon: number; lat: number };
      expect(gps.lon).toBeCloseTo(expectedPlaces[i]!.lon, 7);
      expect(gps.lat).toBeCloseTo(expectedPlaces[i]!.lat, 7);
    });
    expect(new Set(report.photos.map((photo) => photo.sha256)).size).toBe(3);
  });

  it('converts a UTC camera time to the Tbilisi date: 2024-05-13 23:30 +00:00 is 2024-05-14', async () => {
    const { report } = await checkJson(`${RULES_DIR}/capture-date-matches-survey/pass/utc-camera-late-evening-is-survey-day-in-tbilisi`);
    expect(report.photos[2]).toMatchObject({ file: IMG3, captureDateTime: '2024-05-13T23:30:00', captureOffset: '+00:00', captureDate: '2024-05-14' });
  });

  it('keeps the camera date when no offset is written', async () => {
    const { report } = await checkJson(`${RULES_DIR}/capture-date-matches-survey/pass/no-offset-late-evening`);
    expect(report.photos[2]).toMatchObject({ file: IMG3, captureDateTime: '2024-05-14T23:30:00', captureOffset: null, captureDate: '2024-05-14' });
  });

  it('gives null, never omits, what is unknown: a photo without EXIF and a PNG named .jpg', async () => {
    const noExif = await checkJson(`${RULES_DIR}/capture-date-present/fail/photo-without-exif`);
    expect(noExif.report.photos[2]).toEqual({ file: IMG3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown, captureDateTime: null, captureOffset: null, captureDate: null, gps: null });
    const png = await checkJson(`${RULES_DIR}/is-jpeg/fail/png-named-jpg`);
    expect(png.report.photos.map((photo) => photo.file)).toEqual(['photos/IMG_0001.jpg', 'photos/IMG_0002.jpg', IMG3, IMG4]);
    expect(png.report.photos[3]).toEqual({ file: IMG4, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown, captureDateTime: null, captureOffset: null, captureDate: null, gps: null });
  });

  it('gives the two duplicates the same fingerprint (for comparing across submissions too)', async () => {
    const { report } = await checkJson(`${RULES_DIR}/duplicate/fail/same-photo-twice`);
    const byFile = new Map(report.photos.map((photo) => [photo.file, photo.sha256]));
    expect(byFile.get('photos/corner-A.jpg')).toBe(byFile.get('photos/IMG_0001.jpg'));
    expect(byFile.get('photos/IMG_0002.jpg')).not.toBe(byFile.get('photos/IMG_0001.jpg'));
  });
});

describe('the survey date, the clock and the settings', () => {
  it('--survey-date overrides the manifest: the photos taken on the 14th then fail, the one of the 13th passes', async () => {
    const { report } = await checkJson(`${RULES_DIR}/capture-date-matches-survey/fail/taken-the-day-before`, ['--survey-date', '2024-05-13']);
    expect(report.findings.filter((f) => f.ruleId === 'photos/capture-date-matches-survey').map((f) => f.file)).toEqual(['photos/IMG_0001.jpg', 'photos/IMG_0002.jpg']);
  });

  it('compares instants with the injected clock: a photo taken at 10:40:15+04:00 is in the future at 06:35 UTC', async () => {
    const { report } = await checkJson('fixtures/ge-388/valid', [], { now: new Date('2024-05-14T06:35:00Z') });
    expect(report.findings.filter((f) => f.ruleId === 'photos/not-in-future').map((f) => [f.messageId, f.file])).toEqual([['afterNow', IMG3]]);
  });

  it('takes the time zone from the config: in UTC the 23:30 +00:00 photo of the 13th is off the survey date', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-photos-'));
    writeFileSync(join(folder, 'cadcheck.config.json'), JSON.stringify({ timeZone: 'UTC', tolerances: { photoMaxDistance: 600 } }));
    const args = ['--config', join(folder, 'cadcheck.config.json')];
    const evening = await checkJson(`${RULES_DIR}/capture-date-matches-survey/pass/utc-camera-late-evening-is-survey-day-in-tbilisi`, args);
    expect(errorsAndWarnings(evening.report.findings).map((f) => [f.ruleId, f.file])).toEqual([['photos/capture-date-matches-survey', IMG3]]);
    // ...and photoMaxDistance from the config: 500 m is within 600 m.
    const far = await checkJson(`${RULES_DIR}/near-parcel/fail/photo-500m-away`, args);
    expect(far.report.findings.filter((f) => f.ruleId === 'photos/near-parcel')).toEqual([]);
  });
});

describe('capture facts', () => {
  const photo = (fields: Partial<Photo>): Photo => ({
    file: 'p.jpg', sizeBytes: 1, sha256: null, detectedType: 'jpeg', namedJpeg: true, damage: null, exifProblem: null,
    dateTimeOriginal: null, createDate: null, offsetTimeOriginal: null, offsetTimeDigitized: null, gps: null, gpsDateStamp: null, gpsDateTimeUtc: null, ...fields,
  });

  it('reads DateTimeOriginal, else CreateDate with its own offset', () => {
    expect(captureFactsOf(photo({ dateTimeOriginal: '2024:05:14 10:00:00', createDate: '2024:05:15 10:00:00' }), 'Asia/Tbilisi').captureDate).toBe('2024-05-14');
    expect(captureFactsOf(photo({ createDate: '2024:05:14 22:00:00', offsetTimeDigitized: '-03:00', offsetTimeOriginal: '+04:00' }), 'Asia/Tbilisi'))
      .toEqual({ captureDateTime: '2024-05-14T22:00:00', captureOffset: '-03:00', captureDate: '2024-05-15' });
  });

  it('treats an unset or impossible camera date as no date', () => {
    expect(exifDateTimeToIso('0000:00:00 00:00:00')).toBeNull();
    expect(exifDateTimeToIso('2024:02:30 10:00:00')).toBeNull();
    expect(exifDateTimeToIso('2024:05:14 24:00:00')).toBeNull();
    expect(exifDateTimeToIso('    :  :     :  :  ')).toBeNull();
    expect(exifDateTimeToIso('2024:02:29 23:59:59')).toBe('2024-02-29T23:59:59');
  });

  it('normalises offsets and reads local times in a zone', () => {
    expect(normaliseOffset('+0400')).toBe('+04:00');
    expect(normaliseOffset('+04:00')).toBe('+04:00');
    expect(normaliseOffset('   :  ')).toBeNull();
    expect(instantOfLocalTime('2024-05-14T10:40:15', 'Asia/Tbilisi').toISOString()).toBe('2024-05-14T06:40:15.000Z');
    // Across a daylight-saving change (Europe/Berlin went to +02:00 on 2024-03-31 at 02:00).
    expect(instantOfLocalTime('2024-03-31T12:00:00', 'Europe/Berlin').toISOString()).toBe('2024-03-31T10:00:00.000Z');
    expect(instantOfLocalTime('2024-03-30T12:00:00', 'Europe/Berlin').toISOString()).toBe('2024-03-30T11:00:00.000Z');
  });
});

describe('the photo reader reads metadata, not pixels', () => {
  /** A source over one in-memory file that records every read. */
  function countingSource(bytes: Buffer): { source: SubmissionSource; entry: SourceEntry; reads: string[] } {
    const reads: string[] = [];
    const source: SubmissionSource = {
      entries: () => [{ path: 'big.jpg', sizeBytes: bytes.length }],
      read: () => {
        reads.push('whole file');
        return bytes;
      },
      readHead: (_path, length) => {
        reads.push(`head ${length}`);
        return bytes.subarray(0, length);
      },
      readTail: (_path, length) => {
        reads.push(`tail ${length}`);
        return bytes.subarray(Math.max(0, bytes.length - length));
      },
      sha256: () => {
        reads.push('sha256');
        return '0'.repeat(64);
      },
    };
    return { source, entry: { path: 'big.jpg', sizeBytes: bytes.length }, reads };
  }

  /** An 8 MB photo: a real JPEG's headers, then 8 MB of (stuffing-free) image data, then the end marker. */
  function bigJpeg(): Buffer {
    const small = encodeJpeg({ dateTimeOriginal: '2024:05:14 10:00:00', gps: { lat: 41.7, lon: 44.8, dateStamp: '2024:05:14', timeStamp: [6, 0, 0] } });
    const scanStart = small.indexOf(Buffer.of(0xff, 0xda));
    const headers = small.subarray(0, scanStart + 2 + small.readUInt16BE(scanStart + 2));
    return Buffer.concat([headers, Buffer.alloc(8 * 1024 * 1024, 0x11), Buffer.of(0xff, 0xd9)]);
  }

  it('reads the head once, the last 4 KiB once, and hashes in one pass', async () => {
    const { source, entry, reads } = countingSource(bigJpeg());
    const photo = await readPhoto(source, entry);
    expect(reads).toEqual(['head 131072', 'sha256', 'tail 4096']);
    expect(photo).toMatchObject({ detectedType: 'jpeg', damage: null, exifProblem: null, dateTimeOriginal: '2024:05:14 10:00:00', gpsDateTimeUtc: '2024-05-14T06:00:00Z' });
  });

  it('tells the same 8 MB photo cut short, from the tail alone', async () => {
    const cut = bigJpeg();
    const { source, entry } = countingSource(cut.subarray(0, cut.length - 1000));
    expect((await readPhoto(source, entry)).damage).toBe('the file is truncated (the image data has no JPEG end marker)');
  });

  it('hashes a folder file by streaming: the same digest as hashing it whole', () => {
    const source = new FolderSource('fixtures/ge-388/valid');
    const whole = source.read('photos/IMG_0001.jpg');
    expect(source.sha256('photos/IMG_0001.jpg')).toBe(createHash('sha256').update(whole).digest('hex'));
    expect(source.readTail('photos/IMG_0001.jpg', 2)).toEqual(Buffer.of(0xff, 0xd9));
  });
});
