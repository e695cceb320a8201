// Fuzzing every reader with fast-check: the bundled fixtures truncated, bit-flipped, spliced and with length fields grown.
// Each reader must answer with its result or an UnreadableFile/UserError, never another exception and never a hang.
// The suite runs a few hundred seeded cases per reader; `npm run fuzz` runs FUZZ_RUNS (default there 5,000) with a fresh seed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSettings, runProfileRules } from '../../src/catalogue.js';
import { UserError } from '../../src/errors.js';
import { readGeoJson } from '../../src/io/geojson.js';
import { readManifest } from '../../src/io/manifest.js';
import { loadRegistered } from '../../src/io/registered.js';
import { readPhoto } from '../../src/io/photos.js';
import { readShapefile, UnreadableFile } from '../../src/io/shapefile.js';
import type { SourceEntry, SubmissionSource } from '../../src/io/source.js';
import { loadSubmission } from '../../src/io/submission.js';
import { ZipSource } from '../../src/io/zip-source.js';
import { DEFAULT_LIMITS } from '../../src/engine/limits.js';
import { encodeZip } from '../../scripts/lib/zip-writer.js';
import { REPO } from '../helpers.js';
import { tempDir, validFiles, VALID } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Fixed in the suite so a failure reproduces; `npm run fuzz` sets FUZZ_SEED (or leaves it random and prints it). */
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Date.now() % 2 ** 31 : 388;
const TIMEOUT = Math.max(60_000, RUNS * 200);
/**
 * One turn of the event loop per run: a property that never yields keeps vitest's worker from answering its runner, which
 * after a minute reports "Timeout calling onTaskUpdate" and fails `npm run fuzz` at 50,000 runs though every run passed.
 */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A submission held in memory, so a mutated file never touches the disk. */
export class MemorySource implements SubmissionSource {
  constructor(private readonly files: Map<string, Buffer>) {}
  entries(): SourceEntry[] {
    return [...this.files].map(([path, data]) => ({ path, sizeBytes: data.length })).sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  read(path: string): Buffer {
    const data = this.files.get(path);
    if (!data) throw new Error(`no ${path}`);
    return data;
  }
  readHead(path: string, length: number): Buffer {
    return this.read(path).subarray(0, length);
  }
  readTail(path: string, length: number): Buffer {
    const data = this.read(path);
    return data.subarray(Math.max(0, data.length - length));
  }
  sha256(path: string): string {
    return String(this.read(path).length);
  }
}

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'splice'; at: number; bytes: Uint8Array }
  | { kind: 'grow'; at: number; value: number; littleEndian: boolean }
  | { kind: 'duplicate'; from: number; length: number; at: number };

/** Offsets are fractions of the file length, so one mutation list applies to any file. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<{ kind: string; at: number; [key: string]: unknown }> = fc.oneof(
  fc.record({ kind: fc.constant('truncate'), at: fraction }),
  fc.record({ kind: fc.constant('flip'), at: fraction, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('splice'), at: fraction, bytes: fc.uint8Array({ maxLength: 24 }) }),
  // Length and count fields grown to the values that break naive readers.
  fc.record({ kind: fc.constant('grow'), at: fraction, value: fc.constantFrom(0x7fffffff, 0xffffffff, 0x80000000, 0x10000, 0xffff, 10_000_000, 0), littleEndian: fc.boolean() }),
  fc.record({ kind: fc.constant('duplicate'), from: fraction, length: fc.integer({ min: 1, max: 64 }), at: fraction }),
);
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

export function mutate(original: Buffer, list: Array<{ kind: string; at: number; [key: string]: unknown }>): Buffer {
  let bytes = Buffer.from(original);
  for (const m of list as Mutation[]) {
    const at = Math.floor(m.at * bytes.length);
    if (m.kind === 'truncate') bytes = bytes.subarray(0, at);
    else if (m.kind === 'flip' && bytes.length > 0) bytes[at] = bytes[at]! ^ (1 << m.bit);
    else if (m.kind === 'splice') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    else if (m.kind === 'grow' && bytes.length >= 4) {
      const offset = Math.min(at - (at % 4), bytes.length - 4);
      if (m.littleEndian) bytes.writeUInt32LE(m.value >>> 0, offset);
      else bytes.writeUInt32BE(m.value >>> 0, offset);
    } else if (m.kind === 'duplicate' && bytes.length > 0) {
      const from = Math.floor(m.from * bytes.length);
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(from, from + m.length), bytes.subarray(at)]);
    }
  }
  return bytes;
}

/** A reader's only allowed failure: a file it names as unreadable (or, for a zip, a submission it cannot open). */
function expectedFailure(error: unknown): boolean {
  return error instanceof UnreadableFile || error instanceof UserError;
}

const file = (path: string): Buffer => readFileSync(join(VALID, path));
const parcel = { shp: file('parcel.shp'), shx: file('parcel.shx'), dbf: file('parcel.dbf') };
const GEOJSON = readFileSync(`${REPO}/fixtures/ge-388/registered/gap-0.31m-not-a-sliver.geojson`);
const settings = resolveSettings(undefined, null);

describe(`fuzzing the readers (${RUNS} runs each, seed ${SEED})`, () => {
  for (const part of ['shp', 'shx', 'dbf'] as const) {
    it(`Shapefile reader, mutated .${part}`, async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (list) => {
        await breathe();
          const parts = { ...parcel, [part]: mutate(parcel[part], list), cpg: 'UTF-8' };
          try {
            await readShapefile(parts, 'windows-1251');
          } catch (error) {
            if (!expectedFailure(error)) throw error;
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    }, TIMEOUT);
  }

  it('GeoJSON reader', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        await breathe();
        try {
          readGeoJson(mutate(GEOJSON, list));
        } catch (error) {
          if (!expectedFailure(error)) throw error;
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);

  it('manifest reader (never throws: a problem is recorded)', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        await breathe();
        const result = readManifest(new MemorySource(new Map([['cadcheck.json', mutate(file('cadcheck.json'), list)]])), true);
        expect(result.data === null).toBe(result.problem !== null);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);

  it('photo reader (never throws: damage or an EXIF problem is recorded)', async () => {
    const photo = file('photos/IMG_0001.jpg');
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        await breathe();
        const bytes = mutate(photo, list);
        const source = new MemorySource(new Map([['p.jpg', bytes]]));
        await readPhoto(source, { path: 'p.jpg', sizeBytes: bytes.length });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);

  it('zip reader', async () => {
    const dir = tempDir('fuzz-zip');
    const zip = encodeZip(validFiles().slice(0, 8).map((f) => ({ name: `s/${f.path}`, data: f.data, method: f.path.endsWith('.prj') ? 'store' as const : 'deflate' as const })));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        await breathe();
        const path = join(dir, `${n++}.zip`);
        writeFileSync(path, mutate(zip, list));
        try {
          const source = await ZipSource.open(path, DEFAULT_LIMITS);
          for (const entry of source.entries()) source.read(entry.path);
        } catch (error) {
          if (!expectedFailure(error)) throw error;
        } finally {
          rmSync(path, { force: true });
        }
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
  }, TIMEOUT);

  it('registered FlatGeobuf reader (--registered): parcels or the exit-2 UserError, never a loop or another exception', async () => {
    const dir = tempDir('fuzz-fgb');
    const fgb = readFileSync(`${REPO}/fixtures/ge-388/registered/overlap-0.31m.fgb`);
    const submission = await loadSubmission(VALID, settings);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        await breathe();
        const path = join(dir, `${n++}.fgb`);
        writeFileSync(path, mutate(fgb, list));
        try {
          await loadRegistered(path, submission, settings);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
        } finally {
          rmSync(path, { force: true });
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);

  it('manifest values of any JSON shape reach the rules: findings, and no rule crashes', async () => {
    const files = new Map(validFiles().map((f) => [f.path, f.data]));
    const manifest = JSON.parse(file('cadcheck.json').toString('utf8')) as Record<string, unknown>;
    const keys = [...Object.keys(manifest), 'layers', 'kind', 'paper.buildings'];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 4 }), async (changes) => {
        await breathe();
        const changed: Record<string, unknown> = { ...manifest, paper: { ...(manifest.paper as object) } };
        for (const [key, value] of Object.entries(changes)) {
          if (key === 'paper.buildings') {
            const paper = changed.paper !== null && typeof changed.paper === 'object' && !Array.isArray(changed.paper) ? changed.paper : {};
            changed.paper = { ...paper, buildings: value };
          }
          else changed[key] = value;
        }
        const mutated = new Map(files);
        mutated.set('cadcheck.json', Buffer.from(JSON.stringify(changed)));
        const submission = await loadSubmission('fuzzed', settings, new MemorySource(mutated));
        const run = runProfileRules(submission, settings, { now: new Date('2026-11-23T12:00:00Z') });
        expect(run.findings.filter((f) => f.messageId === 'ruleCrashed').map((f) => f.message)).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: SEED },
    );
  }, TIMEOUT);

  it('whole pipeline: a mutated layer file in the valid survey gives findings, and no rule crashes', async () => {
    const files = new Map(validFiles().map((f) => [f.path, f.data]));
    const targets = ['parcel.shp', 'parcel.dbf', 'building.shp', 'obligation.shp', 'cadcheck.json'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), mutations, async (target, list) => {
        await breathe();
        const mutated = new Map(files);
        mutated.set(target, mutate(files.get(target)!, list));
        const submission = await loadSubmission('fuzzed', settings, new MemorySource(mutated));
        const run = runProfileRules(submission, settings, { now: new Date('2026-11-23T12:00:00Z') });
        expect(run.findings.filter((f) => f.messageId === 'ruleCrashed').map((f) => f.message)).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: SEED },
    );
  }, TIMEOUT);
});
