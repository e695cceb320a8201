// Photo reader: what the bytes are, their fingerprint, and the EXIF capture facts (Art. 5).
import exifr from 'exifr';
import type { Photo } from '../model.js';
import type { SourceEntry, SubmissionSource } from './source.js';

export const JPEG_NAME = /\.jpe?g$/i;
/** Other images a surveyor might drop in the photo folder: shown as a warning, never counted. */
export const OTHER_IMAGE_NAME = /\.(png|heic|heif|tiff?|gif|webp|bmp)$/i;

/** EXIF lives in APP1 near the start; 256 KiB covers it (with maker notes) without reading the pixels. */
const METADATA_HEAD_BYTES = 256 * 1024;

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

function exifText(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = value.replace(/\0+$/, '').trim();
    return text === '' ? null : text;
  }
  return null;
}

/** The EXIF GPS date and UTC time stamp as an ISO instant. */
function gpsInstant(dateStamp: unknown, timeStamp: unknown): string | null {
  const date = exifText(dateStamp);
  const match = date ? /^(\d{4})[:-](\d{2})[:-](\d{2})$/.exec(date) : null;
  if (!match || !Array.isArray(timeStamp) || timeStamp.length !== 3 || !timeStamp.every((n) => Number.isFinite(n))) return null;
  const [hours, minutes, seconds] = timeStamp as number[];
  const pad = (n: number): string => String(Math.floor(n)).padStart(2, '0');
  return `${match[1]}-${match[2]}-${match[3]}T${pad(hours!)}:${pad(minutes!)}:${pad(seconds!)}Z`;
}

export async function readPhoto(source: SubmissionSource, entry: SourceEntry): Promise<Photo> {
  const head = source.readHead(entry.path, METADATA_HEAD_BYTES);
  const photo: Photo = {
    file: entry.path,
    sizeBytes: entry.sizeBytes,
    sha256: null,
    detectedType: detectImageType(head),
    namedJpeg: JPEG_NAME.test(entry.path),
    damage: null,
    dateTimeOriginal: null,
    createDate: null,
    offsetTimeOriginal: null,
    gps: null,
    gpsDateTimeUtc: null,
  };
  photo.sha256 = source.sha256(entry.path);
  if (photo.detectedType !== 'jpeg') return photo;
  const tail = entry.sizeBytes >= 2 ? source.read(entry.path).subarray(-2) : Buffer.alloc(0);
  if (!(tail[0] === 0xff && tail[1] === 0xd9) && !hasEndMarkerNearEnd(source, entry)) photo.damage = 'the file is truncated (no JPEG end marker)';
  try {
    const tags = (await exifr.parse(head, { tiff: true, exif: true, gps: true, ifd1: false, xmp: false, icc: false, iptc: false, jfif: false, reviveValues: false, translateValues: false, mergeOutput: true })) as Record<string, unknown> | undefined;
    if (tags) {
      photo.dateTimeOriginal = exifText(tags.DateTimeOriginal);
      photo.createDate = exifText(tags.CreateDate);
      photo.offsetTimeOriginal = exifText(tags.OffsetTimeOriginal);
      photo.gpsDateTimeUtc = gpsInstant(tags.GPSDateStamp, tags.GPSTimeStamp);
      const { latitude, longitude } = tags as { latitude?: number; longitude?: number };
      if (Number.isFinite(latitude) && Number.isFinite(longitude)) photo.gps = { lon: longitude!, lat: latitude! };
    }
  } catch (error) {
    photo.damage ??= `its EXIF block cannot be read (${(error as Error).message})`;
  }
  return photo;
}

/** Some cameras write padding after the end marker: look for FFD9 in the last 4 KiB. */
function hasEndMarkerNearEnd(source: SubmissionSource, entry: SourceEntry): boolean {
  const bytes = source.read(entry.path);
  const tail = bytes.subarray(Math.max(0, bytes.length - 4096));
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}
