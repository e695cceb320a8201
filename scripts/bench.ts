// `npm run bench`: how fast cadcheck checks big layers, one survey cold, a batch and a big registry (figures printed, never asserted).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSettings, runProfileRules } from '../src/catalogue.js';
import { loadSubmission } from '../src/io/submission.js';
import { writeShapefile, type GeoJsonGeometry } from './lib/shapefile-writer.js';
import { encodeFlatGeobuf } from './lib/flatgeobuf-writer.js';
import { PARCEL_FIELDS, PRJ_UTM38N, validSurvey } from './fixtures/ge-388-survey.js';
import { writeSubmission } from './fixtures/submission-writer.js';
import type { GeosWasmResult } from './bench/geos-wasm.js';
import { kernelTable } from './bench/kernels.js';
import { realLayer } from './bench/real-layer.js';
import { findingsByRule, timedRun } from './bench/timed-run.js';
import { writeWkbCollection } from './bench/wkb.js';
import { prng } from './lib/prng.js';

const OUT = 'bench-out';
const CELL = 20;
const X0 = 470000;
const Y0 = 4610000;
/** A stage slower than this at one size is not run at the next (it would be ≥ 10× slower): the bench stays within ~10 minutes. */
const STAGE_BUDGET_S = 40;

type Kind = 'overlap' | 'gap' | 'bowtie' | 'duplicateVertex' | 'nearMiss';
const KINDS: Kind[] = ['overlap', 'gap', 'bowtie', 'duplicateVertex', 'nearMiss'];

/**
 * A grid coverage of n parcels: shared corners jittered identically for both neighbours (so shared edges have identical
 * vertices, as in a clean coverage), every 50th parcel carrying one defect, kinds in turn.
 */
function coverage(n: number, seed = 7): { polygons: GeoJsonGeometry[]; injected: Record<Kind, number> } {
  const random = prng(seed);
  const columns = Math.ceil(Math.sqrt(n));
  const jitter = new Map<string, [number, number]>();
  const corner = (i: number, j: number): [number, number] => {
    const key = `${i},${j}`;
    if (!jitter.has(key)) jitter.set(key, [X0 + i * CELL + (random() - 0.5) * 4, Y0 + j * CELL + (random() - 0.5) * 4]);
    return jitter.get(key)!;
  };
  const mid = (a: [number, number], b: [number, number], key: string): [number, number] => {
    if (!jitter.has(key)) jitter.set(key, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + (random() - 0.5)]);
    return jitter.get(key)!;
  };
  const injected: Record<Kind, number> = { overlap: 0, gap: 0, bowtie: 0, duplicateVertex: 0, nearMiss: 0 };
  const polygons: GeoJsonGeometry[] = [];
  for (let p = 0; p < n; p++) {
    const [i, j] = [p % columns, Math.floor(p / columns)];
    const [a, b, c, d] = [corner(i, j), corner(i + 1, j), corner(i + 1, j + 1), corner(i, j + 1)];
    const bottom = mid(a, b, `b${i},${j}`);
    const top = mid(d, c, `b${i},${j + 1}`);
    // Counter-clockwise: a, bottom-mid, b, [right side], c, top-mid, d.
    let right: Array<[number, number]> = [];
    let ring: Array<[number, number]> = [a, bottom, b, c, top, d];
    const defect = p % 50 === 25 && i < columns - 1 && j > 0 ? KINDS[Math.floor(p / 50) % KINDS.length]! : null;
    const rightMid: [number, number] = [(b[0] + c[0]) / 2, (b[1] + c[1]) / 2];
    if (defect === 'overlap' || defect === 'gap') {
      const width = 0.05 + random() * (defect === 'overlap' ? 2.95 : 0.95);
      right = [[rightMid[0] + (defect === 'overlap' ? width : -width), rightMid[1]]];
    } else if (defect === 'bowtie') {
      right = [[rightMid[0] - 0.5, rightMid[1] + 0.5], [rightMid[0] - 0.5, rightMid[1] - 0.5]];
    } else if (defect === 'nearMiss') {
      const shift = 0.03 + random() * 0.1;
      ring = [a, bottom, [b[0] - shift, b[1]], c, top, d];
    }
    ring = [...ring.slice(0, 3), ...right, ...ring.slice(3)];
    if (defect === 'duplicateVertex') ring.splice(1, 0, ring[1]!);
    if (defect) injected[defect] += 1;
    polygons.push({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
  }
  return { polygons, injected };
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function rssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

// Debian's python3-shapely lives in the system Python, which a pyenv shim may hide.
const PYTHON = ['/usr/bin/python3', 'python3'].find((candidate) => spawnSync(candidate, ['-c', 'import shapely'], { stdio: 'ignore' }).status === 0);

interface Peer {
  line: string;
  /** The sum of its stages, seconds (start-up and module loading left out, as in cadcheck's stage sums). */
  stages: number;
  /** Its whole process, seconds: wall and CPU (null without /usr/bin/time). */
  wall: number;
  cpu: number | null;
  peakMb: number | null;
}

/** GEOS 3.13 in WebAssembly (scripts/bench/geos-wasm.ts) in a child process: read, isValid, CoverageIsValid with gapWidth 1 m. */
function geosWasmPeer(wkb: string): Peer {
  const run = timedRun(process.execPath, ['dist/scripts/bench/geos-wasm.js', wkb, '1'], `${wkb}.time`);
  if (run.status !== 0) return { line: `GEOS 3.13 (geos-wasm): failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-2).join(' | ')}`, stages: NaN, wall: run.wall, cpu: run.cpu, peakMb: run.peakMb };
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as GeosWasmResult;
  const stages = Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(' · ');
  return {
    line: `GEOS ${result.geos}: ${stages} · wall ${run.wall.toFixed(2)} s · CPU ${run.cpu?.toFixed(2) ?? '?'} s · peak RSS ${run.peakMb ?? '?'} MB — invalid ${result.invalid}, parcels with invalid coverage edges ${result.invalidEdges}`,
    stages: result.timings.read + result.timings.valid + result.timings.coverage, wall: run.wall, cpu: run.cpu, peakMb: run.peakMb,
  };
}

/** GEOS 3.11 through shapely (scripts/bench/geos.py) in a child process: read, validity, STRtree overlaps, union holes. */
function shapelyPeer(file: string): Peer | null {
  if (PYTHON === undefined) return null;
  const run = timedRun(PYTHON, ['scripts/bench/geos.py', file], `${file}.time`);
  if (run.status !== 0) return { line: `GEOS (shapely): failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-2).join(' | ')}`, stages: NaN, wall: run.wall, cpu: run.cpu, peakMb: run.peakMb };
  const geos = JSON.parse(run.stdout) as { timings: Record<string, number>; invalid: number; overlapPairs: number; holes: number; geos: string };
  const stages = Object.entries(geos.timings).map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(' · ');
  return {
    line: `GEOS ${geos.geos} (shapely): ${stages} · wall ${run.wall.toFixed(2)} s · CPU ${run.cpu?.toFixed(2) ?? '?'} s · peak RSS ${run.peakMb ?? '?'} MB — invalid ${geos.invalid}, overlapping pairs ${geos.overlapPairs}, union holes ${geos.holes}`,
    stages: Object.values(geos.timings).reduce((a, b) => a + b, 0), wall: run.wall, cpu: run.cpu, peakMb: run.peakMb,
  };
}

const STAGES: Array<[string, string[]]> = [
  ['validity', ['geometry/valid', 'geometry/repeated-vertex']],
  ['overlaps', ['topology/parcel-overlap']],
  ['gaps', ['topology/parcel-gap']],
  ['near-misses', ['tolerance/vertex-near-miss']],
];

async function bigLayers(sizes: number[]): Promise<void> {
  const skipped = new Set<string>();
  if (PYTHON === undefined) console.log('GEOS: skipped — python3-shapely is not installed (apt-get install -y python3-shapely)');
  for (const n of sizes) {
    const { polygons, injected } = coverage(n);
    const folder = join(OUT, `layer-${n}`);
    rmSync(folder, { recursive: true, force: true });
    writeShapefile(join(folder, 'parcel'), {
      geometryType: 'Polygon', fields: PARCEL_FIELDS, prj: PRJ_UTM38N, cpg: 'UTF-8',
      features: polygons.map((geometry, k) => ({ geometry, properties: { cad_code: `01.01.01.${k}`, area: 400, purpose: 'non-agricultural', method: 1 } })),
    });
    writeFileSync(join(OUT, `layer-${n}.wkt`), polygons.map((p) => `POLYGON ((${(p as { coordinates: number[][][] }).coordinates[0]!.map(([x, y]) => `${x} ${y}`).join(', ')}))`).join('\n'));
    writeWkbCollection(join(OUT, `layer-${n}.wkb`), polygons.map((p) => (p as { coordinates: number[][][] }).coordinates));
    const settings = resolveSettings(undefined, null);
    // CPU seconds beside the wall clock: on a shared machine the wall clock measures the neighbours too.
    const cpuAtStart = process.cpuUsage();
    let start = process.hrtime.bigint();
    const submission = await loadSubmission(folder, settings);
    const times: Record<string, number | string> = { read: seconds(start) };
    const found: Record<string, string> = {};
    for (const [stage, rules] of STAGES) {
      if (skipped.has(stage)) {
        times[stage] = 'skipped';
        continue;
      }
      start = process.hrtime.bigint();
      const run = runProfileRules(submission, { ...settings, rules }, { registered: null });
      times[stage] = seconds(start);
      const count = (id: string): number => run.findings.filter((f) => f.ruleId === id).length;
      found[stage] = rules.map((id) => `${id} ${count(id)}`).join(', ');
      if (times[stage] > STAGE_BUDGET_S) skipped.add(stage);
    }
    const cpuUsed = process.cpuUsage(cpuAtStart);
    const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
    const fmt = (v: number | string): string => (typeof v === 'number' ? `${v.toFixed(2)} s` : v);
    console.log(`\n## ${n} parcels — injected: ${Object.entries(injected).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`cadcheck: ${Object.entries(times).map(([k, v]) => `${k} ${fmt(v)}`).join(' · ')} · CPU ${cpu.toFixed(2)} s · peak RSS ${rssMb()} MB`);
    for (const [stage, text] of Object.entries(found)) console.log(`  found (${stage}): ${text}`);
    const total = Object.values(times).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
    const target = targetLine(n, total, rssMb());
    if (target) console.log(`${target} (reading and the layer rules in one process, stage sums; peak RSS of the bench process)`);
    const notComparable = Object.values(times).includes('skipped') ? ' (cadcheck stages skipped: not comparable)' : '';
    const wasm = geosWasmPeer(join(OUT, `layer-${n}.wkb`));
    console.log(wasm.line);
    console.log(`ratio cadcheck/GEOS 3.13 (wasm): stage sums ${(total / wasm.stages).toFixed(1)}× · CPU ${wasm.cpu ? `${(cpu / wasm.cpu).toFixed(1)}× (its whole process)` : '?'}${notComparable}`);
    const shapely = shapelyPeer(join(OUT, `layer-${n}.wkt`));
    if (shapely) {
      console.log(shapely.line);
      console.log(`ratio cadcheck/GEOS (shapely, stages run by both): ${(total / shapely.stages).toFixed(1)}×${notComparable}`);
    }
  }
}

/** Issue 17's targets for a layer of n parcels: wall seconds and peak memory (none below 100k but the 10k time). */
const LAYER_TARGETS: Record<number, { seconds: number; megabytes?: number }> = { 10_000: { seconds: 0.6 }, 100_000: { seconds: 4, megabytes: 400 }, 1_000_000: { seconds: 60, megabytes: 2048 } };

/** "target ≤ 4 s and ≤ 400 MB: time met (0.8×), memory not met (1.6×)": what BENCHMARKS.md records, printed by the bench itself. */
function targetLine(n: number, seconds: number, megabytes: number | null): string | null {
  const target = LAYER_TARGETS[n];
  if (!target) return null;
  const verdict = (measured: number, limit: number): string => `${measured <= limit ? 'met' : 'not met'} (${(measured / limit).toFixed(1)}× the target)`;
  const parts = [`time ${verdict(seconds, target.seconds)}`];
  if (target.megabytes !== undefined) parts.push(megabytes === null ? 'memory not measured' : `memory ${verdict(megabytes, target.megabytes)}`);
  return `issue 17 target ≤ ${target.seconds} s${target.megabytes !== undefined ? ` and ≤ ${target.megabytes} MB` : ''} on 2 cores: ${parts.join(', ')}`;
}

/**
 * Issue 17's real-shaped coverage: Épinay-sur-Orge tiled to n parcels (scripts/bench/real-layer.ts), the whole
 * `cadcheck check` of it as a user runs it (a child process: wall, peak RSS, findings by rule), beside the GEOS peers.
 */
function realLayers(sizes: number[]): void {
  for (const n of sizes) {
    const start = process.hrtime.bigint();
    const layer = realLayer(n, OUT);
    if (!layer) {
      console.log('\n## real-shaped coverage: skipped — ../shared/corpora/parcels (Épinay-sur-Orge) is not beside the repository');
      return;
    }
    console.log(`\n## ${layer.parcels} parcels, Épinay-sur-Orge (4,241 real parcels) × ${layer.copies} copies side by side (written in ${seconds(start).toFixed(1)} s)`);
    const report = join(OUT, `real-${n}.report.json`);
    rmSync(report, { force: true });
    const run = timedRun(process.execPath, ['dist/bundle/cadcheck.js', 'check', layer.folder, '--config', layer.config, '--format', 'json', '--output', report], `${report}.time`);
    const found = run.status === 0 || run.status === 1 ? Object.entries(findingsByRule(report)).map(([id, count]) => `${id} ${count}`).join(', ') : `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-2).join(' | ')}`;
    console.log(`cadcheck check (whole run, child process): wall ${run.wall.toFixed(2)} s · CPU ${run.cpu?.toFixed(2) ?? '?'} s · peak RSS ${run.peakMb ?? '?'} MB · exit ${run.status}`);
    console.log(`  found: ${found}`);
    const target = targetLine(n, run.wall, run.peakMb ?? null);
    if (target) console.log(`${target} (the whole check)`);
    const wasm = geosWasmPeer(layer.wkb);
    console.log(wasm.line);
    console.log(`ratio cadcheck/GEOS 3.13 (wasm), whole processes: wall ${(run.wall / wasm.wall).toFixed(1)}× · CPU ${run.cpu && wasm.cpu ? (run.cpu / wasm.cpu).toFixed(1) : '?'}× · peak memory ${run.peakMb && wasm.peakMb ? (run.peakMb / wasm.peakMb).toFixed(1) : '?'}×`);
    const shapely = shapelyPeer(layer.wkb);
    if (shapely) console.log(`${shapely.line}\nratio cadcheck/GEOS (shapely), whole processes: wall ${(run.wall / shapely.wall).toFixed(1)}×`);
  }
}

function medianColdRun(args: string[], runs = 7): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['dist/bundle/cadcheck.js', ...args], { stdio: 'ignore' });
    times.push(seconds(start));
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * Issue 17's cold-start target: one small survey against bare `node -e 0`, run alternately (so a burst of load on the
 * shared machine hits both alike), median of each.
 */
function coldStartRatio(runs = 9): { cadcheck: number; node: number } {
  const [cadcheck, node]: number[][] = [[], []];
  const time = (args: string[]): number => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    return seconds(start);
  };
  for (let k = 0; k < runs; k++) {
    node!.push(time(['-e', '0']));
    cadcheck!.push(time(['dist/bundle/cadcheck.js', 'check', 'fixtures/ge-388/valid']));
  }
  const median = (times: number[]): number => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  return { cadcheck: median(cadcheck!), node: median(node!) };
}

function batchOf(count: number): string {
  const folder = join(OUT, `batch-${count}`);
  rmSync(folder, { recursive: true, force: true });
  const spec = validSurvey();
  // Each a different site 100 m apart (its photos' GPS with it, so no two photo files are the same): a clerk's day, not 1,000 copies claiming one parcel.
  const move = (c: unknown, dx: number): unknown => (typeof (c as number[])[0] === 'number' ? [(c as number[])[0]! + dx, (c as number[])[1]!] : (c as unknown[]).map((part) => move(part, dx)));
  for (let k = 0; k < count; k++) {
    const dx = (k % 40) * 100;
    const dy = Math.floor(k / 40) * 100;
    const moved = {
      ...spec,
      layers: spec.layers.map((layer) => ({ ...layer, features: layer.features.map((f) => ({ ...f, geometry: f.geometry && ({ ...f.geometry, coordinates: (move((f.geometry as { coordinates: unknown }).coordinates, dx) as number[][][]).map((r) => (Array.isArray(r[0]) ? r.map((q) => [q[0]!, q[1]! + dy]) : r)) } as GeoJsonGeometry) })) })),
      photos: spec.photos.map((photo, i) => ({ ...photo, gray: 20 + ((k * 3 + i) % 230), path: photo.path })),
    };
    writeSubmission(join(folder, `survey-${String(k).padStart(4, '0')}`), moved);
  }
  return folder;
}

function registryOf(n: number): string {
  const columns = Math.ceil(Math.sqrt(n));
  const features = [];
  // Centred on the bundled survey, so its neighbourhood is the same in every file.
  const [cx, cy] = [481700 - (columns / 2) * CELL, 4618700 - (columns / 2) * CELL];
  for (let p = 0; p < n; p++) {
    const [x, y] = [cx + (p % columns) * CELL, cy + Math.floor(p / columns) * CELL];
    features.push({ geometry: { type: 'Polygon', coordinates: [[[x, y], [x + CELL, y], [x + CELL, y + CELL], [x, y + CELL], [x, y]]] } as GeoJsonGeometry, properties: { cad_code: `99.${p}` } });
  }
  const file = join(OUT, `registry-${n}.fgb`);
  writeFileSync(file, encodeFlatGeobuf(features, { epsg: 32638 }));
  return file;
}

/**
 * Issue 15's hostile layer: 10,000 parcels of 251 vertices each, a GeoJSON of ~70 MB (inside every reader limit), built
 * here, never committed. 'rings': separate 250-gons of radius 4.8 m on a 10 m grid (0.4 m apart at their closest, so every
 * neighbour pair has a short gap and no boundary segment is shared); 'grid': 10 m squares touching their neighbours, sides
 * densified to 62–64 vertices, so the two neighbours write a shared side with different vertices (no segment matches
 * exactly: every parcel takes the slow path unless matching cuts the sides at each other's corners).
 */
function denseLayer(kind: 'rings' | 'grid', n = 10_000): string {
  const folder = join(OUT, `dense-${kind}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const columns = Math.ceil(Math.sqrt(n));
  const features: string[] = [];
  for (let p = 0; p < n; p++) {
    const [x0, y0] = [X0 + (p % columns) * 10, Y0 + Math.floor(p / columns) * 10];
    const ring: number[][] = [];
    if (kind === 'rings') {
      for (let k = 0; k < 250; k++) ring.push([x0 + 5 + 4.8 * Math.cos((2 * Math.PI * k) / 250), y0 + 5 + 4.8 * Math.sin((2 * Math.PI * k) / 250)]);
    } else {
      // 62 steps a side (and the four corners twice over): 248 corners; two more on the bottom side make 250.
      const side = (ax: number, ay: number, bx: number, by: number, steps: number): void => {
        for (let k = 0; k < steps; k++) ring.push([ax + ((bx - ax) * k) / steps, ay + ((by - ay) * k) / steps]);
      };
      side(x0, y0, x0 + 10, y0, 64);
      side(x0 + 10, y0, x0 + 10, y0 + 10, 62);
      side(x0 + 10, y0 + 10, x0, y0 + 10, 62);
      side(x0, y0 + 10, x0, y0, 62);
    }
    ring.push(ring[0]!);
    features.push(`{"type":"Feature","properties":{"cad_code":"01.01.01.${p}","area":100},"geometry":{"type":"Polygon","coordinates":[${JSON.stringify(ring)}]}}`);
  }
  writeFileSync(join(folder, 'parcel.geojson'), `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32638"}},"features":[\n${features.join(',\n')}\n]}\n`);
  return folder;
}

// The child process of the 'dense' part: read one layer, run topology/parcel-gap alone, print time and this process's peak RSS.
if (process.argv[2] === '--gap-child') {
  const settings = resolveSettings(undefined, null);
  let start = process.hrtime.bigint();
  const submission = await loadSubmission(process.argv[3]!, settings);
  const read = seconds(start);
  start = process.hrtime.bigint();
  const run = runProfileRules(submission, { ...settings, rules: ['topology/parcel-gap'] }, { registered: null });
  const gaps = seconds(start);
  console.log(`read ${read.toFixed(2)} s · parcel-gap ${gaps.toFixed(2)} s (${run.findings.filter((f) => f.ruleId === 'topology/parcel-gap').length} findings, ${run.findings.filter((f) => f.ruleId !== 'topology/parcel-gap').length} other) · peak RSS ${rssMb()} MB`);
  process.exit(0);
}

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
/** Which parts run (`BENCH_PARTS=layers` while tuning the in-layer checks); all by default. */
const parts = new Set((process.env.BENCH_PARTS ?? 'layers,real,cold,batch,registry').split(','));
mkdirSync(OUT, { recursive: true });
console.log(`# cadcheck bench — node ${process.version}`);
if (parts.has('layers')) await bigLayers(sizes);
if (parts.has('real')) realLayers((process.env.BENCH_REAL ?? '100000,1000000').split(',').map(Number));
if (parts.has('dense')) {
  // Issue 15 item 3, in a child process of its own so its peak memory is its own (capped at 4 GB of heap: a run out of memory shows).
  for (const kind of ['rings', 'grid'] as const) {
    const folder = denseLayer(kind);
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', process.argv[1]!, '--gap-child', folder], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const outcome = child.status === 0 ? child.stdout.trim() : `failed (exit ${child.status}, ${child.signal ?? ''}): ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    console.log(`\n## 10,000 parcels × 251 vertices (${kind}), GeoJSON: ${outcome} — ${seconds(start).toFixed(1)} s in all`);
  }
}
if (parts.has('kernels')) {
  // Issue 17: geos-wasm beside jsts operation by operation, marshalling included (BENCHMARKS.md, "geos-wasm as a kernel").
  console.log('\n## geos-wasm (GEOS 3.13) beside jsts as a kernel, Épinay-shaped layer: CPU seconds, median of child processes');
  const copies = (process.env.BENCH_KERNEL_COPIES ?? '1,5').split(',').map(Number);
  for (const line of kernelTable(copies, Number(process.env.BENCH_KERNEL_REPEAT ?? 3), join(OUT, 'kernels'))) console.log(line);
}
if (!parts.has('cold')) process.exit(0);

const cold = coldStartRatio();
console.log(`\n## one survey, cold: median of 9 runs each, alternately: cadcheck check fixtures/ge-388/valid ${cold.cadcheck.toFixed(3)} s, node -e 0 ${cold.node.toFixed(3)} s: ${(cold.cadcheck / cold.node).toFixed(2)}× (target ≤ 2.5×)`);

const batchSize = Number(process.env.BENCH_BATCH ?? 1000);
const batch = batchOf(batchSize);
let start = process.hrtime.bigint();
spawnSync(process.execPath, ['dist/bundle/cadcheck.js', 'batch', batch, '--summary', join(OUT, 'batch-summary.csv')], { stdio: 'ignore', maxBuffer: 1 << 28 });
console.log(`\n## batch of ${batchSize} small submissions (--jobs = CPUs): ${seconds(start).toFixed(1)} s`);

const registrySizes = (process.env.BENCH_REGISTRY ?? '1000,1000000').split(',').map(Number);
for (const n of registrySizes) {
  start = process.hrtime.bigint();
  const file = registryOf(n);
  const written = seconds(start);
  console.log(`\n## --registered FlatGeobuf of ${n} parcels (written in ${written.toFixed(1)} s): cadcheck check, median of 5 cold runs: ${medianColdRun(['check', 'fixtures/ge-388/valid', '--registered', file], 5).toFixed(2)} s`);
}
