// The bench's GEOS 3.13 peer (issue 17), run as a child process so its time and peak memory are its own:
// `node dist/scripts/bench/geos-wasm.js <layer.wkb> [gapWidth]` reads one WKB GeometryCollection of parcels (./wkb.ts),
// checks each parcel with GEOSisValid and the whole layer with GEOSCoverageIsValid (overlaps, and gaps narrower than
// gapWidth), and prints one JSON line: stage times, counts and this process's peak RSS.
//
// GEOS does less than cadcheck here: no widths, no tolerance tiers, no near-misses, no enclosed areas wider than
// gapWidth. It is the fastest established pipeline for the same question ("is this a clean coverage?").
import { readFileSync } from 'node:fs';
import { geometryFromWkb, loadGeos } from './geos-api.js';

export interface GeosWasmResult {
  geos: string;
  timings: { read: number; valid: number; coverage: number };
  parcels: number;
  invalid: number;
  /** Parcels with at least one invalid coverage edge (an overlap, a gap narrower than gapWidth, a mismatched edge). */
  invalidEdges: number;
  peakRssMb: number;
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(file: string, gapWidth: number): Promise<GeosWasmResult> {
  const geos = await loadGeos();
  let start = process.hrtime.bigint();
  const layer = geometryFromWkb(geos, readFileSync(file));
  const read = seconds(start);

  start = process.hrtime.bigint();
  const parcels = geos.GEOSGetNumGeometries(layer);
  let invalid = 0;
  for (let i = 0; i < parcels; i++) if (geos.GEOSisValid(geos.GEOSGetGeometryN(layer, i)) !== 1) invalid += 1;
  const valid = seconds(start);

  start = process.hrtime.bigint();
  const out = geos.Module._malloc(4);
  const verdict = geos.GEOSCoverageIsValid(layer, gapWidth, out);
  if (verdict === 2) throw new Error('GEOS (wasm): GEOSCoverageIsValid failed');
  const edges = geos.Module.getValue(out, 'i32');
  let invalidEdges = 0;
  if (edges) {
    for (let i = 0; i < geos.GEOSGetNumGeometries(edges); i++) if (!geos.GEOSisEmpty(geos.GEOSGetGeometryN(edges, i))) invalidEdges += 1;
    geos.GEOSGeom_destroy(edges);
  }
  geos.Module._free(out);
  const coverage = seconds(start);
  geos.GEOSGeom_destroy(layer);
  return { geos: '3.13 (geos-wasm)', timings: { read, valid, coverage }, parcels, invalid, invalidEdges, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

console.log(JSON.stringify(await main(process.argv[2]!, Number(process.argv[3] ?? 1))));
