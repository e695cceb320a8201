// Writes tiny, real baseline JPEGs with chosen EXIF tags, so photo fixtures can be generated from reviewable scripts.
//
// The image is a uniform grey square, one component, where every 8x8 block has
// only a DC coefficient: that keeps the entropy coder a dozen lines while the
// file still decodes in any JPEG decoder. EXIF layout follows Exif 2.32 / TIFF 6.0.

export interface ExifInput {
  make?: string;
  model?: string;
  /** IFD0 0x0132, 'YYYY:MM:DD HH:MM:SS'. */
  dateTime?: string;
  /** Exif IFD 0x9003. */
  dateTimeOriginal?: string;
  /** Exif IFD 0x9004 (DateTimeDigitized). */
  createDate?: string;
  /** Exif IFD 0x9011, e.g. '+04:00'. */
  offsetTimeOriginal?: string;
  gps?: {
    lat: number;
    lon: number;
    /** 'YYYY:MM:DD' */
    dateStamp?: string;
    /** UTC hours, minutes, seconds. */
    timeStamp?: [number, number, number];
  };
}

export interface JpegOptions {
  /** Pixels, default 16. */
  width?: number;
  /** Pixels, default 16. */
  height?: number;
  /** Grey level 0–255 of every pixel, default 128; different levels give different bytes. */
  gray?: number;
}

export function encodeJpeg(exif: ExifInput | null, opts: JpegOptions = {}): Buffer {
  const width = opts.width ?? 16;
  const height = opts.height ?? 16;
  const gray = opts.gray ?? 128;
  for (const [name, value] of [['width', width], ['height', height]] as const) {
    // Height 0 would mean "given later in a DNL marker", which we never write.
    if (!Number.isInteger(value) || value < 1 || value > 0xffff) throw new Error(`JPEG ${name} ${value} is not 1–65535`);
  }
  // Rounding would let two different requested greys produce identical files.
  if (!Number.isInteger(gray) || gray < 0 || gray > 255) throw new Error(`JPEG gray ${gray} is not an integer 0–255`);

  return Buffer.concat([
    marker(MARKER.SOI),
    ...(exif === null ? [] : [segment(MARKER.APP1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), encodeTiff(exif)]))]),
    segment(MARKER.DQT, quantizationTable()),
    segment(MARKER.SOF0, frameHeader(width, height)),
    segment(MARKER.DHT, huffmanTables()),
    segment(MARKER.SOS, scanHeader()),
    entropyCodedScan(width, height, gray),
    marker(MARKER.EOI),
  ]);
}

// ---------------------------------------------------------------------------
// JPEG segments (ITU-T T.81)

const MARKER = {
  SOI: 0xd8,
  EOI: 0xd9,
  APP1: 0xe1,
  DQT: 0xdb,
  SOF0: 0xc0,
  DHT: 0xc4,
  SOS: 0xda,
} as const;

/**
 * Every quantizer is 8 because the DCT of a uniform block is DC = 8 × (grey − 128):
 * dividing by 8 makes the coefficient exact, so the decoded grey is the requested one.
 */
const QUANTIZER = 8;

function marker(code: number): Buffer {
  return Buffer.of(0xff, code);
}

function segment(code: number, payload: Buffer): Buffer {
  const length = payload.length + 2; // the length field counts itself
  if (length > 0xffff) throw new Error(`JPEG segment 0x${code.toString(16)} of ${length} bytes is too long`);
  const header = Buffer.alloc(4);
  header.writeUInt8(0xff, 0);
  header.writeUInt8(code, 1);
  header.writeUInt16BE(length, 2);
  return Buffer.concat([header, payload]);
}

function quantizationTable(): Buffer {
  // Pq = 0 (8-bit entries), Tq = 0.
  return Buffer.concat([Buffer.of(0x00), Buffer.alloc(64, QUANTIZER)]);
}

function frameHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(9);
  header.writeUInt8(8, 0); // sample precision
  header.writeUInt16BE(height, 1);
  header.writeUInt16BE(width, 3);
  header.writeUInt8(1, 5); // one component: greyscale
  header.writeUInt8(1, 6); // component id
  header.writeUInt8(0x11, 7); // no subsampling
  header.writeUInt8(0, 8); // quantization table 0
  return header;
}

function scanHeader(): Buffer {
  // One component (id 1) using DC table 0 and AC table 0; Ss=0, Se=63, Ah=Al=0 for baseline.
  return Buffer.of(1, 1, 0x00, 0, 63, 0);
}

interface HuffmanTable {
  /** Number of codes of each length 1..16. */
  codeCounts: number[];
  symbols: number[];
}

/** Annex K.3 table K.3, the standard luminance DC table: every difference category 0–11. */
const DC_TABLE: HuffmanTable = {
  codeCounts: [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
  symbols: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
};

/** Only end-of-block (0x00) ever occurs, because no block has an AC coefficient. */
const AC_TABLE: HuffmanTable = {
  codeCounts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  symbols: [0x00],
};
const END_OF_BLOCK = 0x00;

function huffmanTables(): Buffer {
  const table = (classAndId: number, { codeCounts, symbols }: HuffmanTable): Buffer =>
    Buffer.from([classAndId, ...codeCounts, ...symbols]);
  return Buffer.concat([table(0x00, DC_TABLE), table(0x10, AC_TABLE)]); // Tc<<4 | Th
}

interface HuffmanCode {
  code: number;
  length: number;
}

/** Canonical code assignment of Annex C (Figures C.1–C.3). */
function huffmanCodes({ codeCounts, symbols }: HuffmanTable): Map<number, HuffmanCode> {
  const codes = new Map<number, HuffmanCode>();
  let code = 0;
  let symbolIndex = 0;
  codeCounts.forEach((count, lengthIndex) => {
    for (let i = 0; i < count; i++) codes.set(symbols[symbolIndex++]!, { code: code++, length: lengthIndex + 1 });
    code <<= 1;
  });
  return codes;
}

function entropyCodedScan(width: number, height: number, gray: number): Buffer {
  const dcCodes = huffmanCodes(DC_TABLE);
  const endOfBlock = huffmanCodes(AC_TABLE).get(END_OF_BLOCK)!;
  const blockCount = Math.ceil(width / 8) * Math.ceil(height / 8);
  const dc = (8 * (gray - 128)) / QUANTIZER;
  const bits = new BitWriter();
  let previousDc = 0;
  for (let block = 0; block < blockCount; block++) {
    // DC is coded as the difference from the previous block: a category
    // (bit count) by Huffman, then that many bits of the value (F.1.2.1).
    const difference = dc - previousDc;
    previousDc = dc;
    const category = difference === 0 ? 0 : Math.floor(Math.log2(Math.abs(difference))) + 1;
    const categoryCode = dcCodes.get(category)!;
    bits.write(categoryCode.code, categoryCode.length);
    // Negative differences are sent as difference − 1 in `category` bits (one's complement).
    if (category > 0) bits.write(difference >= 0 ? difference : difference + (1 << category) - 1, category);
    bits.write(endOfBlock.code, endOfBlock.length);
  }
  return bits.finish();
}

/** MSB-first bit packer with JPEG byte stuffing (0xFF is followed by 0x00 inside scan data). */
class BitWriter {
  private readonly bytes: number[] = [];
  private accumulator = 0;
  private pendingBits = 0;

  write(value: number, length: number): void {
    for (let bit = length - 1; bit >= 0; bit--) {
      this.accumulator = (this.accumulator << 1) | ((value >> bit) & 1);
      if (++this.pendingBits === 8) this.flushByte();
    }
  }

  /** Pads the last byte with 1-bits, as F.1.2.3 requires. */
  finish(): Buffer {
    while (this.pendingBits !== 0) this.write(1, 1);
    return Buffer.from(this.bytes);
  }

  private flushByte(): void {
    this.bytes.push(this.accumulator);
    if (this.accumulator === 0xff) this.bytes.push(0x00);
    this.accumulator = 0;
    this.pendingBits = 0;
  }
}

// ---------------------------------------------------------------------------
// EXIF: a little-endian TIFF structure (IFD0 → Exif IFD, GPS IFD)

const TIFF_TYPE = { BYTE: 1, ASCII: 2, SHORT: 3, LONG: 4, RATIONAL: 5, UNDEFINED: 7 } as const;

const TAG = {
  Make: 0x010f,
  Model: 0x0110,
  DateTime: 0x0132,
  ExifIfdPointer: 0x8769,
  GpsIfdPointer: 0x8825,
  ExifVersion: 0x9000,
  DateTimeOriginal: 0x9003,
  DateTimeDigitized: 0x9004,
  OffsetTimeOriginal: 0x9011,
  GPSVersionID: 0x0000,
  GPSLatitudeRef: 0x0001,
  GPSLatitude: 0x0002,
  GPSLongitudeRef: 0x0003,
  GPSLongitude: 0x0004,
  GPSTimeStamp: 0x0007,
  GPSDateStamp: 0x001d,
} as const;

interface IfdEntry {
  tag: number;
  type: number;
  count: number;
  /** Exactly count × type size bytes, little-endian. */
  value: Buffer;
}

const TIFF_HEADER_BYTES = 8;
const IFD_ENTRY_BYTES = 12;

function encodeTiff(exif: ExifInput): Buffer {
  const ifd0: IfdEntry[] = [];
  if (exif.make !== undefined) ifd0.push(asciiEntry(TAG.Make, exif.make));
  if (exif.model !== undefined) ifd0.push(asciiEntry(TAG.Model, exif.model));
  if (exif.dateTime !== undefined) ifd0.push(asciiEntry(TAG.DateTime, exif.dateTime));

  const exifIfd: IfdEntry[] = [];
  if (exif.dateTimeOriginal !== undefined) exifIfd.push(asciiEntry(TAG.DateTimeOriginal, exif.dateTimeOriginal));
  if (exif.createDate !== undefined) exifIfd.push(asciiEntry(TAG.DateTimeDigitized, exif.createDate));
  if (exif.offsetTimeOriginal !== undefined) exifIfd.push(asciiEntry(TAG.OffsetTimeOriginal, exif.offsetTimeOriginal));
  // ExifVersion is mandatory in an Exif IFD; 0232 names a version that has the OffsetTime* tags (added in 2.31).
  if (exifIfd.length > 0) exifIfd.push({ tag: TAG.ExifVersion, type: TIFF_TYPE.UNDEFINED, count: 4, value: Buffer.from('0232', 'latin1') });

  const gpsIfd = exif.gps === undefined ? [] : gpsEntries(exif.gps);

  // Pointer entries are fixed-size LONGs, so every IFD's size is known before
  // the offsets are: lay the IFDs out one after another, then fill the pointers.
  const exifPointer = longEntry(TAG.ExifIfdPointer, 0);
  const gpsPointer = longEntry(TAG.GpsIfdPointer, 0);
  if (exifIfd.length > 0) ifd0.push(exifPointer);
  if (gpsIfd.length > 0) ifd0.push(gpsPointer);

  const ifd0Offset = TIFF_HEADER_BYTES;
  const exifIfdOffset = ifd0Offset + ifdBytes(ifd0);
  const gpsIfdOffset = exifIfdOffset + (exifIfd.length > 0 ? ifdBytes(exifIfd) : 0);
  exifPointer.value.writeUInt32LE(exifIfdOffset, 0);
  gpsPointer.value.writeUInt32LE(gpsIfdOffset, 0);

  const header = Buffer.alloc(TIFF_HEADER_BYTES);
  header.write('II', 0, 'latin1'); // little-endian
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(ifd0Offset, 4);
  return Buffer.concat([
    header,
    encodeIfd(ifd0, ifd0Offset),
    ...(exifIfd.length > 0 ? [encodeIfd(exifIfd, exifIfdOffset)] : []),
    ...(gpsIfd.length > 0 ? [encodeIfd(gpsIfd, gpsIfdOffset)] : []),
  ]);
}

function gpsEntries(gps: NonNullable<ExifInput['gps']>): IfdEntry[] {
  if (!Number.isFinite(gps.lat) || Math.abs(gps.lat) > 90) throw new Error(`GPS latitude ${gps.lat} is not within ±90°`);
  if (!Number.isFinite(gps.lon) || Math.abs(gps.lon) > 180) throw new Error(`GPS longitude ${gps.lon} is not within ±180°`);
  const entries: IfdEntry[] = [
    { tag: TAG.GPSVersionID, type: TIFF_TYPE.BYTE, count: 4, value: Buffer.of(2, 2, 0, 0) },
    asciiEntry(TAG.GPSLatitudeRef, gps.lat < 0 ? 'S' : 'N'),
    rationalEntry(TAG.GPSLatitude, degreesMinutesSeconds(gps.lat)),
    asciiEntry(TAG.GPSLongitudeRef, gps.lon < 0 ? 'W' : 'E'),
    rationalEntry(TAG.GPSLongitude, degreesMinutesSeconds(gps.lon)),
  ];
  if (gps.timeStamp !== undefined) {
    entries.push(rationalEntry(TAG.GPSTimeStamp, gps.timeStamp.map((part) => rationalOf(part, 1000))));
  }
  if (gps.dateStamp !== undefined) entries.push(asciiEntry(TAG.GPSDateStamp, gps.dateStamp));
  return entries;
}

type Rational = [numerator: number, denominator: number];

/** Seconds are kept to 1e-6″ (about 0.03 mm), counted in integers so 59.9999…″ can never round up to 60″. */
function degreesMinutesSeconds(signedDegrees: number): Rational[] {
  const microArcSeconds = Math.round(Math.abs(signedDegrees) * 3600 * 1e6);
  const perDegree = 3600 * 1e6;
  const perMinute = 60 * 1e6;
  const degrees = Math.floor(microArcSeconds / perDegree);
  const minutes = Math.floor((microArcSeconds % perDegree) / perMinute);
  const microSeconds = microArcSeconds % perMinute;
  return [[degrees, 1], [minutes, 1], [microSeconds, 1e6]];
}

function rationalOf(value: number, denominatorForFractions: number): Rational {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${value} is not a non-negative number for an unsigned RATIONAL`);
  return Number.isInteger(value) ? [value, 1] : [Math.round(value * denominatorForFractions), denominatorForFractions];
}

function asciiEntry(tag: number, text: string): IfdEntry {
  const value = Buffer.from(`${text}\0`, 'utf8'); // the count includes the NUL
  return { tag, type: TIFF_TYPE.ASCII, count: value.length, value };
}

function longEntry(tag: number, number: number): IfdEntry {
  const value = Buffer.alloc(4);
  value.writeUInt32LE(number, 0);
  return { tag, type: TIFF_TYPE.LONG, count: 1, value };
}

function rationalEntry(tag: number, rationals: Rational[]): IfdEntry {
  const value = Buffer.alloc(8 * rationals.length);
  rationals.forEach(([numerator, denominator], index) => {
    value.writeUInt32LE(numerator, 8 * index);
    value.writeUInt32LE(denominator, 8 * index + 4);
  });
  return { tag, type: TIFF_TYPE.RATIONAL, count: rationals.length, value };
}

/** Values of up to 4 bytes live in the entry itself; longer ones after the IFD, each starting on an even offset. */
function outOfLineBytes(entry: IfdEntry): number {
  return entry.value.length <= 4 ? 0 : entry.value.length + (entry.value.length % 2);
}

function ifdBytes(entries: IfdEntry[]): number {
  return 2 + IFD_ENTRY_BYTES * entries.length + 4 + entries.reduce((sum, entry) => sum + outOfLineBytes(entry), 0);
}

/** `ifdOffset` is where this IFD starts, counted from the TIFF header as all TIFF offsets are. */
function encodeIfd(unsortedEntries: IfdEntry[], ifdOffset: number): Buffer {
  const entries = [...unsortedEntries].sort((a, b) => a.tag - b.tag); // TIFF requires ascending tags
  const ifd = Buffer.alloc(ifdBytes(entries));
  ifd.writeUInt16LE(entries.length, 0);
  let dataAt = 2 + IFD_ENTRY_BYTES * entries.length + 4; // after the next-IFD offset, left 0: no IFD1/thumbnail
  entries.forEach((entry, index) => {
    const at = 2 + IFD_ENTRY_BYTES * index;
    ifd.writeUInt16LE(entry.tag, at);
    ifd.writeUInt16LE(entry.type, at + 2);
    ifd.writeUInt32LE(entry.count, at + 4);
    if (entry.value.length <= 4) {
      entry.value.copy(ifd, at + 8); // left-justified, rest stays 0
    } else {
      ifd.writeUInt32LE(ifdOffset + dataAt, at + 8);
      entry.value.copy(ifd, dataAt);
      dataAt += outOfLineBytes(entry);
    }
  });
  return ifd;
}
