// The photo reader against a real camera corpus (../shared/corpora/exif-samples) and exiftool's reading of it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPhoto } from '../../src/io/photos.js';
import { FolderSource } from '../../src/io/source.js';
import type { Finding, Photo, Submission } from '../../src/model.js';
import { PROFILES } from '../../src/profiles/index.js';
import { runProfileRules } from '../../src/catalogue.js';
import { REPO } from '../helpers.js';

const CORPUS = join(REPO, '../shared/corpora/exif-samples');

interface ExiftoolRow {
  file: string;
  DateTimeOriginal: string;
  CreateDate: string;
  GPSLatitude: string;
  GPSLongitude: string;
  GPSDateStamp: string;
  notes: string;
}

/** RFC 4180 CSV: the notes column quotes its commas and doubles its quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function readExpected(): ExiftoolRow[] {
  const [header, ...rows] = parseCsv(readFileSync(join(CORPUS, 'expected.csv'), 'utf8'));
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])) as unknown as ExiftoolRow);
}

/**
 * Files where cadcheck's verdict on the file differs from "a readable JPEG", with the reason.
 * Everything else must read exactly as exiftool's EXIF groups do, including:
 * - corrupted.jpg and invalid/*.jpg: cadcheck reads them whole, as exiftool does (the invalid/
 *   files simply have no EXIF APP1, so no date; their XMP dates are deliberately not read:
 *   Art. 5's capture date is the camera's EXIF one, and XMP is what editing software rewrites);
 * - Reconyx, olympus-d320l, sony-powershota5: dates only in maker notes / PictureInfo / CIFF,
 *   not in EXIF, so no capture date for cadcheck either (photos/capture-date-present fails them);
 * - sanyo-vpcg250 and Sony_DSLR-A200: Jan-1 midnight camera-default dates are real dates and are
 *   read as written (photos/capture-date-matches-survey fails them against any real survey date).
 */
const NOT_A_READABLE_JPEG: Record<string, { detectedType: string; damage: RegExp | null }> = {
  // A HEIC image with a .jpg name: photos/is-jpeg fails it; its metadata is not read (Art. 5 asks for JPG).
  'exif-py-extra/heic_hdlr_box.jpg': { detectedType: 'heic', damage: null },
};

describe.skipIf(!existsSync(CORPUS))('exif-samples corpus, read like exiftool (skipped when ../shared/corpora/exif-samples is absent)', () => {
  const rows = existsSync(CORPUS) ? readExpected() : [];
  const source = new FolderSource(CORPUS);
  const entries = new Map(existsSync(CORPUS) ? source.entries().map((entry) => [entry.path, entry] as const) : []);

  it('covers every JPEG-named file of the corpus (90 rows)', () => {
    expect(rows).toHaveLength(90);
    expect([...entries.keys()].filter((path) => /\.jpe?g$/i.test(path)).sort()).toEqual(rows.map((row) => row.file).sort());
  });

  const photos = new Map<string, Photo>();
  async function photoOf(file: string): Promise<Photo> {
    if (!photos.has(file)) photos.set(file, await readPhoto(source, entries.get(file)!));
    return photos.get(file)!;
  }

  it('survives every file: photos/is-jpeg fails only the HEIC named .jpg, and nothing crashes a photo rule', async () => {
    const all = await Promise.all(rows.map((row) => photoOf(row.file)));
    const submission: Submission = { path: CORPUS, manifest: { file: 'cadcheck.json', data: { surveyDate: '2008-10-22' }, problem: null }, layers: [], photos: all, problems: [] };
    const settings = { ...PROFILES['ge-388']!, rules: PROFILES['ge-388']!.rules.filter((id) => id.startsWith('photos/')) };
    const { findings } = runProfileRules(submission, settings, { now: new Date('2026-11-23T12:00:00Z') });
    const byRule = (id: string): Finding[] => findings.filter((finding) => finding.ruleId === id);
    expect(findings.filter((finding) => finding.messageId === 'ruleCrashed')).toEqual([]);
    expect(byRule('photos/is-jpeg').map((f) => [f.messageId, f.file])).toEqual([['notJpeg', 'exif-py-extra/heic_hdlr_box.jpg']]);
    // The Polaroid's clock says 2026-11-24: after the test clock's now.
    expect(byRule('photos/not-in-future').map((f) => [f.messageId, f.file])).toEqual([['afterNow', 'WWL_(Polaroid)_ION230.jpg']]);
    // The nine gps/DSCN photos: local 2008-10-22 16:28–17:00, GPS UTC stamp 2008-10-23 (exiftool flags them too).
    expect(byRule('photos/clock-disagrees').map((f) => f.file)).toEqual(rows.filter((row) => row.notes.includes('FLAG GPSDateStamp (UTC) differs')).map((row) => row.file));
    expect(byRule('photos/clock-disagrees')).toHaveLength(9);
    // 89 JPEGs; capture dates: 56 DateTimeOriginal in EXIF, no CreateDate-only file.
    expect(all.filter((photo) => photo.detectedType === 'jpeg')).toHaveLength(89);
    expect(byRule('photos/capture-date-present')).toHaveLength(89 - rows.filter((row) => row.DateTimeOriginal !== '' || row.CreateDate !== '').length);
  });

  describe.each(rows.map((row) => ({ ...row, name: row.file })))('$name', (row) => {
    const deliberate = NOT_A_READABLE_JPEG[row.file];
    if (deliberate) {
      it(`is not read as a JPEG (${deliberate.detectedType})`, async () => {
        const photo = await photoOf(row.file);
        expect(photo.detectedType).toBe(deliberate.detectedType);
        expect(photo.namedJpeg).toBe(true);
        expect(photo.dateTimeOriginal).toBeNull();
        expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
      });
      return;
    }
    it('is a whole JPEG with DateTimeOriginal, CreateDate, GPS position and GPSDateStamp as exiftool reads them', async () => {
      const photo = await photoOf(row.file);
      expect(photo.detectedType).toBe('jpeg');
      expect(photo.damage).toBeNull();
      expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect({ DateTimeOriginal: photo.dateTimeOriginal ?? '', CreateDate: photo.createDate ?? '', GPSDateStamp: photo.gpsDateStamp ?? '' })
        .toEqual({ DateTimeOriginal: row.DateTimeOriginal, CreateDate: row.CreateDate, GPSDateStamp: row.GPSDateStamp });
      if (row.GPSLatitude === '') {
        expect(photo.gps).toBeNull();
      } else {
        expect(photo.gps).not.toBeNull();
        expect(Math.abs(photo.gps!.lat - Number(row.GPSLatitude))).toBeLessThan(1e-6);
        expect(Math.abs(photo.gps!.lon - Number(row.GPSLongitude))).toBeLessThan(1e-6);
      }
    });
  });
});
