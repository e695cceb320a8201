// A photo's capture facts as the photo rules and the reports read them (Art. 5: taken on the survey date).
import type { Photo } from '../model.js';

export interface CaptureFacts {
  /** EXIF DateTimeOriginal (else CreateDate) as written, camera local time, ISO form without zone. */
  captureDateTime: string | null;
  /** The offset written with that date (OffsetTimeOriginal, or OffsetTimeDigitized for CreateDate), e.g. '+04:00', or null. */
  captureOffset: string | null;
  /** The date the capture rule compares: the local date, converted to the profile time zone when the offset is known. */
  captureDate: string | null;
}

/** True for a real calendar day and clock time (no 2024-02-30, no 25:00). */
function isRealDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59 && second <= 59;
}

/** 'YYYY:MM:DD HH:MM:SS' (EXIF) → 'YYYY-MM-DDTHH:MM:SS', or null for a blank, unset or malformed value. */
export function exifDateTimeToIso(value: string | null): string | null {
  const match = value ? /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match as unknown as [string, string, string, string, string, string, string];
  // 0000:00:00 is an unset camera clock; other impossible values are garbage, not a date.
  if (!isRealDateTime(+year, +month, +day, +hour, +minute, +second)) return null;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}`;
}

/** An EXIF offset '+04:00' (or '+0400', as some phones write it) → '+04:00'; null for anything else. */
export function normaliseOffset(value: string | null): string | null {
  const match = value ? /^([+-])(\d{2}):?(\d{2})$/.exec(value.trim()) : null;
  if (!match || +match[2]! > 14 || +match[3]! > 59) return null;
  return `${match[1]}${match[2]}:${match[3]}`;
}

/** The calendar date of an instant in a time zone. */
export function dateInZoneOf(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Minutes the zone is ahead of UTC at an instant. */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** The instant of a wall-clock time ('YYYY-MM-DDTHH:MM:SS') in a time zone. */
export function instantOfLocalTime(localIso: string, timeZone: string): Date {
  const asUtc = Date.parse(`${localIso}Z`);
  // Two passes settle the offset on both sides of a daylight-saving change.
  let instant = asUtc - zoneOffsetMinutes(asUtc, timeZone) * 60000;
  instant = asUtc - zoneOffsetMinutes(instant, timeZone) * 60000;
  return new Date(instant);
}

/** Which EXIF tag the capture time comes from, and the offset written for that tag. */
function captureSourceOf(photo: Photo): { captureDateTime: string; captureOffset: string | null } | null {
  const original = exifDateTimeToIso(photo.dateTimeOriginal);
  if (original) return { captureDateTime: original, captureOffset: normaliseOffset(photo.offsetTimeOriginal) };
  const digitized = exifDateTimeToIso(photo.createDate);
  if (digitized) return { captureDateTime: digitized, captureOffset: normaliseOffset(photo.offsetTimeDigitized) };
  return null;
}

export function captureFactsOf(photo: Photo, timeZone: string): CaptureFacts {
  const source = captureSourceOf(photo);
  if (!source) return { captureDateTime: null, captureOffset: null, captureDate: null };
  const { captureDateTime, captureOffset } = source;
  if (!captureOffset) return { captureDateTime, captureOffset: null, captureDate: captureDateTime.slice(0, 10) };
  return { captureDateTime, captureOffset, captureDate: dateInZoneOf(new Date(`${captureDateTime}${captureOffset}`), timeZone) };
}

/**
 * The moment the photo was taken: exact when the offset is known; otherwise the camera clock is
 * taken to show the profile's local time (a surveyor's camera set to Tbilisi time).
 */
export function captureInstantOf(photo: Photo, timeZone: string): Date | null {
  const source = captureSourceOf(photo);
  if (!source) return null;
  return source.captureOffset ? new Date(`${source.captureDateTime}${source.captureOffset}`) : instantOfLocalTime(source.captureDateTime, timeZone);
}

/** The GPS UTC stamp's calendar date in the profile time zone, or null when the photo has no complete GPS stamp. */
export function gpsDateInZoneOf(photo: Photo, timeZone: string): string | null {
  return photo.gpsDateTimeUtc ? dateInZoneOf(new Date(photo.gpsDateTimeUtc), timeZone) : null;
}
