// Checks the fixture writers against independent readers: the `shapefile` package for .shp/.dbf, exifr and djpeg for JPEGs.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import * as shapefile from 'shapefile';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeJpeg, type ExifInput } from '../scripts/lib/jpeg-writer.js';
import { encodeShapefile, writeShapefile, type ShapefileInput } from '../scripts/lib/shapefile-writer.js';

const scratchFolder = mkdtempSync(join(tmpdir(), 'cadcheck-writers-'));
afterAll(() => rmSync(scratchFolder, { recursive: true, force: true }));

interface ReadFeature {
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown>;
}

async function readShapefile(basePath: string, encoding: string): Promise<{ bbox: number[]; features: ReadFeature[] }> {
  const source = await shapefile.open(`${basePath}.shp`, `${basePath}.dbf`, { encoding });
  const features: ReadFeature[] = [];
  for (let result = await source.read(); !result.done; result = await source.read()) {
    features.push(result.value as ReadFeature);
  }
  return { bbox: source.bbox, features };
}

/** Shoelace area, y up: positive is counter-clockwise. Written here again so the test does not trust the writer's own. */
function signedArea(ring: number[][]): number {
  let twiceArea = 0;
  for (let i = 0; i + 1 < ring.length; i++) twiceArea += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return twiceArea / 2;
}

const parcels: ShapefileInput = {
  geometryType: 'Polygon',
  fields: [
    { name: 'NAME', type: 'C', length: 30 },
    { name: 'SHORT', type: 'C', length: 10 },
    { name: 'AREA', type: 'N', length: 12, decimals: 2 },
    { name: 'CODE', type: 'N', length: 4 },
    { name: 'OK', type: 'L', length: 1 },
    { name: 'SURVEYED', type: 'D', length: 8 },
  ],
  features: [
    {
      // RFC 7946 orientation (outer counter-clockwise, hole clockwise), outer ring left open.
      geometry: {
        type: 'Polygon',
        coordinates: [
          [[0, 0], [10, 0], [10, 10], [0, 10]],
          [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]],
        ],
      },
      properties: { NAME: 'ნაკვეთი', SHORT: 'ნაკვეთი', AREA: 1234.5, CODE: 7, OK: true, SURVEYED: '2024-01-02' },
    },
    { geometry: null, properties: { NAME: null, SHORT: null, AREA: null, CODE: null, OK: null, SURVEYED: null } },
    {
      // One island already clockwise, one counter-clockwise: both must come out clockwise.
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [[[20, 0], [20, 5], [25, 5], [25, 0], [20, 0]]],
          [[[30, 0], [35, 0], [35, 5], [30, 5], [30, 0]]],
        ],
      },
      properties: { NAME: 'two islands', AREA: -3.25, CODE: -12, OK: false },
    },
  ],
  prj: 'PROJCS["GEORGIA_NATIONAL_GRID"]',
  cpg: 'UTF-8',
};

describe('shapefile writer', () => {
  it('round-trips polygons with outer rings clockwise, holes counter-clockwise, rings closed', async () => {
    const basePath = join(scratchFolder, 'parcels', 'parcels');
    writeShapefile(basePath, parcels);
    const { bbox, features } = await readShapefile(basePath, 'utf-8');

    expect(bbox).toEqual([0, 0, 35, 10]);
    expect(features.map((feature) => feature.geometry)).toEqual([
      {
        type: 'Polygon',
        coordinates: [
          [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]],
          [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]],
        ],
      },
      null,
      {
        type: 'MultiPolygon',
        coordinates: [
          [[[20, 0], [20, 5], [25, 5], [25, 0], [20, 0]]],
          [[[30, 0], [30, 5], [35, 5], [35, 0], [30, 0]]],
        ],
      },
    ]);
    const [outer, hole] = (features[0]!.geometry!.coordinates as number[][][]);
    expect(signedArea(outer!)).toBe(-100);
    expect(signedArea(hole!)).toBe(4);
  });

  it('round-trips attributes, Georgian UTF-8 text and truncation on a character boundary', async () => {
    const basePath = join(scratchFolder, 'parcels', 'parcels');
    writeShapefile(basePath, parcels);
    const { features } = await readShapefile(basePath, 'utf-8');

    expect(features[0]!.properties).toEqual({
      NAME: 'ნაკვეთი',
      SHORT: 'ნაკ', // 21 UTF-8 bytes cut to 9, not 10: the 4th letter would be split
      AREA: 1234.5,
      CODE: 7,
      OK: true,
      SURVEYED: new Date(2024, 0, 2),
    });
    // The reader turns a blank D field into a nonsense Date (new Date(0, -1, 0)), so
    // SURVEYED is left out here; the header test checks that its bytes are blank.
    const { SURVEYED: _blankDate, ...allNull } = features[1]!.properties;
    expect(allNull).toEqual({ NAME: null, SHORT: null, AREA: null, CODE: null, OK: null });
    expect(features[2]!.properties).toMatchObject({ NAME: 'two islands', SHORT: null, AREA: -3.25, CODE: -12, OK: false });
  });

  it('round-trips Cyrillic text and field names in windows-1251', async () => {
    const basePath = join(scratchFolder, 'cyrillic', 'участки');
    writeShapefile(basePath, {
      geometryType: 'Point',
      fields: [
        { name: 'ИМЯ', type: 'C', length: 40 },
        { name: 'ПЛОЩАДЬ', type: 'N', length: 10, decimals: 1 },
      ],
      features: [
        { geometry: { type: 'Point', coordinates: [44.8, 41.7] }, properties: { ИМЯ: 'Земельный участок №5 «Ёлка»', ПЛОЩАДЬ: 512.3 } },
        { geometry: { type: 'MultiPoint', coordinates: [[45, 42, 350]] }, properties: { ИМЯ: 'Дом', ПЛОЩАДЬ: 0 } },
      ],
      cpg: '1251',
      encoding: 'windows-1251',
    });
    const dbf = readFileSync(`${basePath}.dbf`);
    const { bbox, features } = await readShapefile(basePath, 'windows-1251');

    expect(features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [44.8, 41.7] }, properties: { ИМЯ: 'Земельный участок №5 «Ёлка»', ПЛОЩАДЬ: 512.3 } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [45, 42] }, properties: { ИМЯ: 'Дом', ПЛОЩАДЬ: 0 } },
    ]);
    expect(bbox).toEqual([44.8, 41.7, 45, 42]);
    expect(dbf[29]).toBe(0xc9); // language driver: Russian Windows
    expect(dbf.includes(Buffer.of(0xc4, 0xee, 0xec))).toBe(true); // 'Дом', one byte a letter
    expect(readFileSync(`${basePath}.cpg`, 'utf8')).toBe('1251');
    expect(existsSync(`${basePath}.prj`)).toBe(false);
  });

  it('round-trips lines, joining MultiLineString parts into one record', async () => {
    const basePath = join(scratchFolder, 'lines', 'boundaries');
    writeShapefile(basePath, {
      geometryType: 'LineString',
      fields: [{ name: 'ID', type: 'N', length: 3 }],
      features: [
        { geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 0]] }, properties: { ID: 1 } },
        { geometry: { type: 'MultiLineString', coordinates: [[[5, 5], [6, 6]], [[7, 7], [8, 9]]] }, properties: { ID: 2 } },
        { geometry: { type: 'LineString', coordinates: [] }, properties: { ID: 3 } },
      ],
    });
    const { features } = await readShapefile(basePath, 'utf-8');

    expect(features.map((feature) => [feature.geometry, feature.properties])).toEqual([
      [{ type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 0]] }, { ID: 1 }],
      [{ type: 'MultiLineString', coordinates: [[[5, 5], [6, 6]], [[7, 7], [8, 9]]] }, { ID: 2 }],
      [null, { ID: 3 }], // an empty geometry becomes a null shape
    ]);
  });

  it('writes headers, record headers, the .shx index and the DBF layout as the specifications say', () => {
    const { shp, shx, dbf, prj, cpg } = encodeShapefile(parcels);

    for (const file of [shp, shx]) {
      expect(file.readInt32BE(0)).toBe(9994);
      expect(file.readInt32BE(24) * 2).toBe(file.length);
      expect(file.readInt32LE(28)).toBe(1000);
      expect(file.readInt32LE(32)).toBe(5);
      expect([36, 44, 52, 60].map((at) => file.readDoubleLE(at))).toEqual([0, 0, 35, 10]);
    }
    expect(shx.length).toBe(100 + 8 * parcels.features.length);
    parcels.features.forEach((_, index) => {
      const offset = shx.readInt32BE(100 + 8 * index) * 2;
      const contentLength = shx.readInt32BE(104 + 8 * index) * 2;
      expect(shp.readInt32BE(offset)).toBe(index + 1);
      expect(shp.readInt32BE(offset + 4) * 2).toBe(contentLength);
    });
    const nullRecord = shx.readInt32BE(108) * 2;
    expect(shp.readInt32BE(nullRecord + 4)).toBe(2); // 4 bytes of content, in 16-bit words
    expect(shp.readInt32LE(nullRecord + 8)).toBe(0);
    const islandsRecord = shx.readInt32BE(116) * 2 + 8;
    expect([4, 12, 20, 28].map((at) => shp.readDoubleLE(islandsRecord + at))).toEqual([20, 0, 35, 5]);
    expect([shp.readInt32LE(islandsRecord + 36), shp.readInt32LE(islandsRecord + 40)]).toEqual([2, 10]);

    const headerBytes = 32 + 32 * parcels.fields.length + 1;
    const recordBytes = 1 + 30 + 10 + 12 + 4 + 1 + 8;
    expect([...dbf.subarray(0, 4)]).toEqual([0x03, 124, 5, 16]); // fixed 2024-05-16, never today
    expect(dbf.readUInt32LE(4)).toBe(3);
    expect(dbf.readUInt16LE(8)).toBe(headerBytes);
    expect(dbf.readUInt16LE(10)).toBe(recordBytes);
    expect(dbf[headerBytes - 1]).toBe(0x0d);
    expect(dbf.length).toBe(headerBytes + 3 * recordBytes + 1);
    expect(dbf[dbf.length - 1]).toBe(0x1a);
    expect(dbf.subarray(32, 43)).toEqual(Buffer.from('NAME\0\0\0\0\0\0\0', 'latin1'));
    expect(String.fromCharCode(dbf[32 + 11]!)).toBe('C');
    const firstRecord = dbf.subarray(headerBytes, headerBytes + recordBytes);
    expect(firstRecord[0]).toBe(0x20); // not deleted
    expect(firstRecord.subarray(1 + 30, 1 + 40)).toEqual(Buffer.from('ნაკ ', 'utf8'));
    expect(firstRecord.subarray(1 + 40, 1 + 52).toString('latin1')).toBe('     1234.50');
    expect(firstRecord.subarray(1 + 52, 1 + 56).toString('latin1')).toBe('   7');
    expect(firstRecord.subarray(1 + 56).toString('latin1')).toBe('T20240102');
    const blankRecord = dbf.subarray(headerBytes + recordBytes, headerBytes + 2 * recordBytes);
    expect(blankRecord.every((byte) => byte === 0x20)).toBe(true);

    expect(prj?.toString('utf8')).toBe(parcels.prj);
    expect(cpg?.toString('utf8')).toBe('UTF-8');
  });

  it('is byte-deterministic', () => {
    const first = encodeShapefile(parcels);
    const second = encodeShapefile(structuredClone(parcels));
    for (const key of ['shp', 'shx', 'dbf', 'prj', 'cpg'] as const) expect(first[key]!.equals(second[key]!)).toBe(true);
  });

  it('leaves out .prj and .cpg when not given, removing stale ones', () => {
    const basePath = join(scratchFolder, 'bare', 'bare');
    writeShapefile(basePath, parcels);
    expect(existsSync(`${basePath}.prj`) && existsSync(`${basePath}.cpg`)).toBe(true);
    const { prj: _prj, cpg: _cpg, ...bare } = parcels;
    writeShapefile(basePath, bare);
    expect(existsSync(`${basePath}.prj`) || existsSync(`${basePath}.cpg`)).toBe(false);
    expect(existsSync(`${basePath}.shx`)).toBe(true);
  });

  it('refuses input it cannot write faithfully', () => {
    const base: ShapefileInput = { geometryType: 'Point', fields: [{ name: 'NAME', type: 'C', length: 10 }], features: [] };
    const withFeature = (geometry: ShapefileInput['features'][number]['geometry'], NAME: string | null = null): ShapefileInput =>
      ({ ...base, features: [{ geometry, properties: { NAME } }] });

    expect(() => encodeShapefile({ ...withFeature(null, 'ნ'), encoding: 'windows-1251' })).toThrow(/cannot be encoded in windows-1251/);
    expect(() => encodeShapefile({ ...base, fields: [{ name: 'PARCEL_NAME', type: 'C', length: 10 }] })).toThrow(/1–10 bytes/);
    expect(() => encodeShapefile(withFeature({ type: 'MultiPoint', coordinates: [[0, 0], [1, 1]] }))).toThrow(/MultiPoint with 2 points/);
    expect(() => encodeShapefile(withFeature({ type: 'LineString', coordinates: [[0, 0], [1, 1]] }))).toThrow(/cannot go into a Point/);
    expect(() => encodeShapefile({ ...base, fields: [{ name: 'N', type: 'N', length: 3 }], features: [{ geometry: null, properties: { N: 12345 } }] })).toThrow(/wider than 3/);
  });
});

// ---------------------------------------------------------------------------

const fullExif: ExifInput = {
  make: 'Canon',
  model: 'EOS 5D Mark IV',
  dateTime: '2024:05:16 10:11:12',
  dateTimeOriginal: '2024:05:16 10:11:10',
  createDate: '2024:05:16 10:11:11',
  offsetTimeOriginal: '+04:00',
  gps: { lat: 41.7151, lon: 44.8271, dateStamp: '2024:05:16', timeStamp: [6, 11, 10] },
};

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const djpegAvailable = spawnSync('djpeg', ['-version']).error === undefined;

/** Follows IFD0 and its Exif/GPS pointers, returning [ifd name, tag, type, count, value offset or null] for every entry. */
function walkTiff(tiff: Buffer): Array<{ ifd: string; tag: number; outOfLineOffset: number | null }> {
  const typeSize: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1 };
  const entries: Array<{ ifd: string; tag: number; outOfLineOffset: number | null }> = [];
  const walk = (ifd: string, offset: number): void => {
    const count = tiff.readUInt16LE(offset);
    for (let i = 0; i < count; i++) {
      const at = offset + 2 + 12 * i;
      const tag = tiff.readUInt16LE(at);
      const bytes = typeSize[tiff.readUInt16LE(at + 2)]! * tiff.readUInt32LE(at + 4);
      entries.push({ ifd, tag, outOfLineOffset: bytes > 4 ? tiff.readUInt32LE(at + 8) : null });
      if (tag === 0x8769) walk('exif', tiff.readUInt32LE(at + 8));
      if (tag === 0x8825) walk('gps', tiff.readUInt32LE(at + 8));
    }
  };
  walk('ifd0', tiff.readUInt32LE(4));
  return entries;
}

describe('JPEG writer', () => {
  it('writes every EXIF tag so that exifr reads it back raw', async () => {
    const parsed = (await exifr.parse(encodeJpeg(fullExif), { tiff: true, exif: true, gps: true, reviveValues: false })) as Record<string, unknown>;

    expect(parsed).toEqual({
      Make: 'Canon',
      Model: 'EOS 5D Mark IV',
      ModifyDate: '2024:05:16 10:11:12', // exifr's name for 0x0132 DateTime
      ExifVersion: Uint8Array.from(Buffer.from('0232')),
      DateTimeOriginal: '2024:05:16 10:11:10',
      CreateDate: '2024:05:16 10:11:11',
      OffsetTimeOriginal: '+04:00',
      GPSVersionID: Uint8Array.of(2, 2, 0, 0),
      GPSLatitudeRef: 'N',
      GPSLatitude: [41, 42, expect.closeTo(54.36, 9) as unknown],
      GPSLongitudeRef: 'E',
      GPSLongitude: [44, 49, expect.closeTo(37.56, 9) as unknown],
      GPSTimeStamp: [6, 11, 10],
      GPSDateStamp: '2024:05:16',
      latitude: expect.closeTo(41.7151, 9) as unknown,
      longitude: expect.closeTo(44.8271, 9) as unknown,
    });
  });

  it('gives signed decimal degrees in every hemisphere with exifr defaults', async () => {
    for (const [lat, lon] of [[41.7151, 44.8271], [-33.8688, 151.2093], [40.7128, -74.006], [-22.9068, -43.1729], [0, 0], [-90, 180]] as const) {
      const parsed = (await exifr.parse(encodeJpeg({ gps: { lat, lon, timeStamp: [23, 59, 59.5] } }))) as Record<string, unknown>;
      expect(parsed.latitude).toBeCloseTo(lat, 9);
      expect(parsed.longitude).toBeCloseTo(lon, 9);
      expect(parsed.GPSLatitudeRef).toBe(lat < 0 ? 'S' : 'N');
      expect(parsed.GPSLongitudeRef).toBe(lon < 0 ? 'W' : 'E');
      expect(parsed.GPSTimeStamp).toBe('23:59:59.5');
      expect(parsed.GPSVersionID).toBe('2.2.0.0');
    }
    const withDates = (await exifr.parse(encodeJpeg(fullExif))) as Record<string, unknown>;
    expect(withDates.DateTimeOriginal).toBeInstanceOf(Date);
    expect(withDates.OffsetTimeOriginal).toBe('+04:00');
  });

  it('writes only the IFDs that have tags, and no APP1 at all for null', async () => {
    expect(await exifr.parse(encodeJpeg({ make: 'X' }), { tiff: true, exif: true, gps: true })).toEqual({ Make: 'X' });
    const bare = encodeJpeg(null);
    expect(bare.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(await exifr.parse(bare)).toBeUndefined();
  });

  it('lays out the TIFF block with ascending tags and word-aligned out-of-line values', () => {
    const jpeg = encodeJpeg(fullExif);
    expect([...jpeg.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
    const app1Length = jpeg.readUInt16BE(4);
    const tiff = jpeg.subarray(4 + 2 + 6, 4 + app1Length);
    expect(tiff.subarray(0, 4)).toEqual(Buffer.from('II*\0', 'latin1'));

    const entries = walkTiff(tiff);
    for (const ifd of ['ifd0', 'exif', 'gps']) {
      const tags = entries.filter((entry) => entry.ifd === ifd).map((entry) => entry.tag);
      expect(tags).toEqual([...tags].sort((a, b) => a - b));
    }
    expect(entries.map((entry) => entry.tag)).toEqual([
      0x010f, 0x0110, 0x0132, 0x8769, 0x9000, 0x9003, 0x9004, 0x9011, 0x8825, 0x0000, 0x0001, 0x0002, 0x0003, 0x0004, 0x0007, 0x001d,
    ]);
    for (const { outOfLineOffset } of entries) if (outOfLineOffset !== null) expect(outOfLineOffset % 2).toBe(0);
  });

  it('writes a baseline frame: SOF0 with the size asked for, ending in EOI', () => {
    const jpeg = encodeJpeg(null, { width: 33, height: 9, gray: 10 });
    const sof = jpeg.indexOf(Buffer.of(0xff, 0xc0));
    expect(sof).toBeGreaterThan(0);
    expect([jpeg.readUInt16BE(sof + 5), jpeg.readUInt16BE(sof + 7), jpeg[sof + 9]]).toEqual([9, 33, 1]);
    expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  it('gives identical bytes for identical photos and different bytes for a different grey', () => {
    expect(sha256(encodeJpeg(fullExif, { gray: 90 }))).toBe(sha256(encodeJpeg(structuredClone(fullExif), { gray: 90 })));
    expect(sha256(encodeJpeg(fullExif, { gray: 90 }))).not.toBe(sha256(encodeJpeg(fullExif, { gray: 91 })));
    expect(sha256(encodeJpeg(null))).not.toBe(sha256(encodeJpeg(null, { gray: 127 })));
  });

  it.skipIf(!djpegAvailable)(
    `decodes with djpeg to exactly the grey asked for${djpegAvailable ? '' : ' (skipped: djpeg not installed; apt-get install libjpeg-turbo-progs)'}`,
    () => {
      for (const gray of [0, 1, 64, 127, 128, 129, 200, 254, 255]) {
        for (const [width, height] of [[16, 16], [1, 1], [33, 9]] as const) {
          const decoded = spawnSync('djpeg', ['-pnm'], { input: encodeJpeg(fullExif, { width, height, gray }) });
          const pgmHeader = `P5\n${width} ${height}\n255\n`;
          expect(decoded.status).toBe(0);
          expect(decoded.stderr.toString()).toBe(''); // libjpeg prints corrupt-data warnings here
          expect(decoded.stdout.subarray(0, pgmHeader.length).toString('latin1')).toBe(pgmHeader);
          const pixels = decoded.stdout.subarray(pgmHeader.length);
          expect(pixels.length).toBe(width * height);
          expect(pixels.every((pixel) => pixel === gray)).toBe(true);
        }
      }
    },
  );
});

