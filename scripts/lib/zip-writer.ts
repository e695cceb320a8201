// A tiny ZIP writer (PKWARE APPNOTE 6.3, no zip64) for tests and fixtures: honest archives, and hostile ones on request.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  /** The name as stored: a string (UTF-8, flagged as such) or raw bytes. */
  name: string | Buffer;
  data: Buffer;
  /** 'deflate' (default) or 'store'. */
  method?: 'deflate' | 'store';
  /** Set the "encrypted" flag (bit 0); the data is written as given, a reader must refuse it. */
  encrypted?: boolean;
  /** A Unix symlink entry (mode 0120777): `data` is the link target. */
  symlink?: boolean;
  /** Lie in both headers about the inflated size. */
  declaredSize?: number;
}

function dosDateTime(): { time: number; date: number } {
  // A fixed 2024-05-14 10:00:00, so generated archives are byte-for-byte reproducible.
  return { time: (10 << 11) | (0 << 5) | 0, date: ((2024 - 1980) << 9) | (5 << 5) | 14 };
}

/** The archive's bytes. */
export function encodeZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const { time, date } = dosDateTime();
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const method = entry.method === 'store' ? 0 : 8;
    const body = method === 8 ? deflateRawSync(entry.data) : entry.data;
    const flags = (entry.encrypted ? 0x1 : 0) | (typeof entry.name === 'string' ? 0x800 : 0);
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the external attributes carry a file mode
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    const mode = entry.symlink ? 0o120777 : name[name.length - 1] === 0x2f ? 0o040755 : 0o100644;
    central.writeUInt32LE((mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
