// Photo reader: what the bytes are, their fingerprint, and the EXIF capture facts (Art. 5), without decoding pixels.
import exifr from 'exifr';
import type { Photo } from '../model.js';
import type { SourceEntry, SubmissionSource } from './source.js';

export const JPEG_NAME = /\.jpe?g$/i;
/** Other images a surveyor might drop in the photo folder: shown as a warning, never counted. */
export const OTHER_IMAGE_NAME = /\.(png|heic|heif|tiff?|gif|webp|bmp)$/i;

/** The first read: EXIF sits in APP1 right after SOI (≤ 64 KiB); more is read only when segments run past it. */
const FIRST_HEAD_BYTES = 128 * 1024;
/** Cameras may pad after the end marker (one Olympus writes a byte, some write kilobytes of zeros). */
const TAIL_BYTES = 4096;

export function detectImageType(head: Buffer): string {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp') {
    const brand = head.toString('latin1', 8, 12);
    return /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(brand) ? 'heic' : 'unknown';
  }
  if (head.toString('latin1', 0, 4) === 'GIF8') return 'gif';
  if (head.toString('latin1', 0, 4) === 'II*\0' || head.toString('latin1', 0, 4) === 'MM\0*') return 'tiff';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (head.toString('latin1', 0, 2) === 'BM') return 'bmp';
  return 'unknown';
}

/** What the walk over a JPEG's marker segments found before the image data. */
export interface JpegLayout {
  /** Byte offset of the SOS marker (the compressed image data follows), or null. */
  scanOffset: number | null;
  /** The first APP1 segment holding EXIF ('Exif\0\0' + TIFF), marker and length included, or null. */
  exifSegment: Buffer | null;
  /** Why the structure is broken, or null. */
  problem: string | null;
}

const SEGMENT_NAMES: Record<number, string> = { 0xe0: 'APP0', 0xe1: 'APP1 (EXIF/XMP)', 0xe2: 'APP2', 0xdb: 'DQT', 0xc4: 'DHT', 0xc0: 'SOF0', 0xc2: 'SOF2', 0xfe: 'COM', 0xdd: 'DRI' };

/**
 * Walks the marker segments from SOI to SOS (ITU-T T.81 B.1). `more(n)` returns at least the
 * first n bytes of the file when it has them, so the head grows only as far as the segments reach.
 */
export function walkJpegSegments(initialHead: Buffer, sizeBytes: number, more: (length: number) => Buffer): JpegLayout {
  let head = initialHead;
  const need = (end: number): boolean => {
    if (end <= head.length) return true;
    if (end > sizeBytes) return false;
    head = more(Math.min(sizeBytes, Math.max(end, head.length * 2)));
    return end <= head.length;
  };
  let exifSegment: Buffer | null = null;
  let position = 2;
  for (;;) {
    if (!need(position + 2)) return { scanOffset: null, exifSegment, problem: `the file is truncated (it ends at byte ${sizeBytes}, inside the headers, before any image data)` };
    if (head[position] !== 0xff) return { scanOffset: null, exifSegment, problem: `its header is corrupt (no JPEG marker at byte ${position})` };
    const marker = head[position + 1]!;
    if (marker === 0xff) {
      position += 1; // fill byte before a marker
      continue;
    }
    if (marker === 0xd9) return { scanOffset: null, exifSegment, problem: 'it ends (end marker) before any image data' };
    if (marker === 0xda) return { scanOffset: position, exifSegment, problem: null };
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      position += 2; // markers without a length
      continue;
    }
    if (!need(position + 4)) return { scanOffset: null, exifSegment, problem: `the file is truncated (it ends at byte ${sizeBytes}, inside the headers, before any image data)` };
    const length = head.readUInt16BE(position + 2);
    if (length < 2) return { scanOffset: null, exifSegment, problem: `its header is corrupt (a segment of length ${length} at byte ${position})` };
    const end = position + 2 + length;
    if (!need(end)) {
      const name = SEGMENT_NAMES[marker] ?? `marker 0x${marker.toString(16).toUpperCase()}`;
      return { scanOffset: null, exifSegment, problem: `the file is truncated (it ends at byte ${sizeBytes}, inside its ${name} segment)` };
    }
    if (marker === 0xe1 && exifSegment === null && head.toString('latin1', position + 4, position + 10) === 'Exif\0\0') exifSegment = head.subarray(position, end);
    position = end;
  }
}

/** True when the end marker FFD9 lies in `tail` (the file's last bytes) after the image data started. */
export function hasEndMarker(tail: Buffer, tailOffset: number, scanOffset: number): boolean {
  // In entropy-coded data a 0xFF byte is always followed by 0x00 or a restart marker, so FFD9 there is the end.
  for (let i = tail.length - 2; i >= 0 && tailOffset + i > scanOffset; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}

/** exifr's messages carry debugging lines after the first: a surveyor needs only the first. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim().replace(/\.$/, '');
}

function exifText(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = value.replace(/\0+$/, '').trim();
    return text === '' ? null : text;
  }
  return null;
}

/** The EXIF GPS date and UTC time stamp as an ISO instant (whole seconds). */
function gpsInstant(date: string | null, timeStamp: unknown): string | null {
  const match = date ? /^(\d{4})[:-](\d{2})[:-](\d{2})$/.exec(date) : null;
  if (!match || !Array.isArray(timeStamp) || timeStamp.length !== 3 || !timeStamp.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) return null;
  const [hours, minutes, seconds] = timeStamp as number[];
  if (hours! >= 24 || minutes! >= 60 || seconds! >= 61) return null;
  const pad = (n: number): string => String(Math.floor(n)).padStart(2, '0');
  return `${match[1]}-${match[2]}-${match[3]}T${pad(hours!)}:${pad(minutes!)}:${pad(seconds!)}Z`;
}

const EXIF_OPTIONS = {
  tiff: true, exif: true, gps: true,
  ifd1: false, interop: false, makerNote: false, userComment: false, xmp: false, icc: false, iptc: false, jfif: false, ihdr: false,
  // Values exactly as the camera wrote them: no Date objects, no translated enums.
  reviveValues: false, translateValues: false, translateKeys: true, mergeOutput: true, silentErrors: true,
};

/** Reads DateTimeOriginal, CreateDate, the offsets and the GPS IFD from one EXIF APP1 segment into `photo`. */
async function readExif(photo: Photo, exifSegment: Buffer): Promise<void> {
  // exifr is given SOI + the EXIF segment + EOI only: it never sees (or scans) the pixels. (Without a
  // byte after the segment exifr 7.1 calls a segment that ends exactly at the buffer's end "unreachable".)
  const tags = (await exifr.parse(Buffer.concat([Buffer.of(0xff, 0xd8), exifSegment, Buffer.of(0xff, 0xd9)]), EXIF_OPTIONS)) as Record<string, unknown> | undefined;
  if (!tags) return;
  const errors = tags.errors;
  if (Array.isArray(errors) && errors.length > 0) photo.exifProblem = `part of its EXIF block cannot be read (${firstLine(errors[0])})`;
  photo.dateTimeOriginal = exifText(tags.DateTimeOriginal);
  photo.createDate = exifText(tags.CreateDate);
  photo.offsetTimeOriginal = exifText(tags.OffsetTimeOriginal);
  photo.offsetTimeDigitized = exifText(tags.OffsetTimeDigitized);
  photo.gpsDateStamp = exifText(tags.GPSDateStamp);
  photo.gpsDateTimeUtc = gpsInstant(photo.gpsDateStamp, tags.GPSTimeStamp);
  const { latitude, longitude } = tags as { latitude?: unknown; longitude?: unknown };
  if (typeof latitude === 'number' && typeof longitude === 'number' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) photo.gps = { lon: longitude, lat: latitude };
}

/** One photo file: type by magic bytes, SHA-256 in one streaming pass, structure from the head and the tail, EXIF from APP1. */
export async function readPhoto(source: SubmissionSource, entry: SourceEntry): Promise<Photo> {
  const photo: Photo = {
    file: entry.path,
    sizeBytes: entry.sizeBytes,
    sha256: null,
    detectedType: 'unknown',
    namedJpeg: JPEG_NAME.test(entry.path),
    damage: null,
    exifProblem: null,
    dateTimeOriginal: null,
    createDate: null,
    offsetTimeOriginal: null,
    offsetTimeDigitized: null,
    gps: null,
    gpsDateStamp: null,
    gpsDateTimeUtc: null,
  };
  let layout: JpegLayout;
  try {
    const head = source.readHead(entry.path, FIRST_HEAD_BYTES);
    photo.detectedType = detectImageType(head);
    photo.sha256 = source.sha256(entry.path);
    if (photo.detectedType !== 'jpeg') return photo;
    layout = walkJpegSegments(head, entry.sizeBytes, (length) => source.readHead(entry.path, length));
    if (layout.problem) photo.damage = layout.problem;
    else if (!hasEndMarker(source.readTail(entry.path, TAIL_BYTES), Math.max(0, entry.sizeBytes - TAIL_BYTES), layout.scanOffset!)) {
      photo.damage = 'the file is truncated (the image data has no JPEG end marker)';
    }
  } catch (error) {
    photo.damage = `it cannot be read (${(error as Error).message})`;
    return photo;
  }
  if (!layout.exifSegment) return photo;
  try {
    await readExif(photo, layout.exifSegment);
  } catch (error) {
    photo.exifProblem = `its EXIF block cannot be read (${firstLine(error)})`;
  }
  return photo;
}
