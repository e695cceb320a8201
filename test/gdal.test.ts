// GeoPackage and DXF submissions through the optional GDAL backend: made at test time from Shapefile fixtures with ogr2ogr, checked like their twins.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeZip } from '../scripts/lib/zip-writer.js';
import { GDAL_ENABLE_COMMAND, gdalInstalled } from '../src/io/gdal.js';
import { makeTwin, OGR2OGR } from './gdal-twins.js';
import { checkJson, REPO, type JsonFinding } from './helpers.js';

// gdal-async is a native addon that only one thread of a process may load (it is not context-aware): the checks below
// run in check threads, so this file asks a child process whether it loads, never loading it itself.
const HAVE_GDAL = spawnSync(process.execPath, ['-e', "import('gdal-async').then(() => process.exit(0), () => process.exit(1))"]).status === 0;

// Batch lists submissions for GDAL layers only when the package is there; it finds it without loading it.
it('gdalInstalled() finds gdal-async exactly when it loads (here: ' + (HAVE_GDAL ? 'installed' : 'not installed') + ')', () => {
  expect(gdalInstalled()).toBe(HAVE_GDAL);
});

/** Shapefile submissions and the twins made of them. */
const TWINS = [
  'fixtures/ge-388/valid',
  'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building',
  'fixtures/ge-388/rules/geometry/repeated-vertex/fail/parcel-vertex-doubled',
  'fixtures/ge-388/rules/geometry/duplicate/fail/building-drawn-twice',
];

/** DXF keeps geometry and the CAD layer, not attribute tables: rules that read attributes are compared on GeoPackage only. */
const NEEDS_ATTRIBUTES = /^(attributes\/|input\/fields|metadata\/)/;

function summarise(findings: JsonFinding[]): unknown[] {
  return findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, featureIndex: f.featureIndex, featureId: f.featureId, measured: f.measured, limit: f.limit, location: f.location, layer: f.layer }));
}


describe.skipIf(!HAVE_GDAL || OGR2OGR === null)('GeoPackage and DXF twins of Shapefile submissions (gdal-async installed, ogr2ogr from gdal-bin)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-gdal-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  describe.each(TWINS)('%s', (folder) => {
    let shapefile: JsonFinding[] = [];
    let shapefileExit = 0;
    beforeAll(async () => {
      const { report, exitCode } = await checkJson(folder, ['--verbose']);
      shapefile = report.findings;
      shapefileExit = exitCode;
    });

    it('as a GeoPackage gives the same findings', async () => {
      const { report, exitCode } = await checkJson(makeTwin(folder, 'gpkg', scratch), ['--verbose']);
      expect(summarise(report.findings)).toEqual(summarise(shapefile));
      expect(new Set(report.findings.map((f) => f.file).filter((f) => f !== null && /\.(shp|gpkg)$/.test(f)))).toEqual(new Set(shapefile.some((f) => f.file?.endsWith('.shp')) ? ['survey.gpkg'] : []));
      expect(exitCode).toBe(shapefileExit);
    });

    it('as a DXF gives the same geometry findings', async () => {
      const { report, exitCode } = await checkJson(makeTwin(folder, 'dxf', scratch), ['--verbose']);
      // No attribute table, so no feature id (cad_code, building number) either.
      const geometric = (findings: JsonFinding[]): unknown[] => summarise(findings.filter((f) => !NEEDS_ATTRIBUTES.test(f.ruleId))).map((f) => ({ ...(f as object), featureId: null }));
      expect(geometric(report.findings)).toEqual(geometric(shapefile));
      expect(exitCode).toBe(report.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
  });

  it('batch --jobs 2 over GeoPackage submissions reads every one (they share one check thread: gdal-async loads in one thread only)', () => {
    const batch = join(scratch, 'batch-of-geopackages');
    for (const name of ['a', 'b', 'c']) cpSync(makeTwin('fixtures/ge-388/valid', 'gpkg', scratch), join(batch, name), { recursive: true });
    // The built CLI in a process of its own, as a clerk runs it: no check thread of this file's earlier tests around.
    const { stdout } = spawnSync(process.execPath, [join(REPO, 'dist/bundle/cadcheck.js'), 'batch', batch, '--format', 'jsonl', '--jobs', '2'], { encoding: 'utf8' });
    const reports = stdout.trim().split('\n').map((line) => JSON.parse(line) as { submission?: { path: string }; findings?: JsonFinding[] }).filter((line) => line.findings);
    expect(reports).toHaveLength(3);
    for (const report of reports) expect(report.findings!.filter((f) => f.ruleId === 'input/readable' || f.ruleId === 'input/required-layers'), report.submission!.path).toEqual([]);
  });

  it('a GeoPackage inside a .zip submission is read from the zip, with the same findings as the folder', async () => {
    const twin = makeTwin('fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building', 'gpkg', scratch);
    const files = (dir: string, prefix = ''): Array<{ name: string; data: Buffer }> => readdirSync(join(dir, prefix), { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? files(dir, `${prefix}${entry.name}/`) : [{ name: `${prefix}${entry.name}`, data: readFileSync(join(dir, prefix, entry.name)) }]));
    const zip = join(scratch, 'bow-tie-gpkg.zip');
    writeFileSync(zip, encodeZip(files(twin)));
    const fromFolder = await checkJson(twin, ['--verbose']);
    const fromZip = await checkJson(zip, ['--verbose']);
    expect(summarise(fromZip.report.findings)).toEqual(summarise(fromFolder.report.findings));
    expect(fromZip.report.findings.some((f) => f.ruleId === 'geometry/valid' && f.file === 'survey.gpkg')).toBe(true);
  });

});

describe.skipIf(HAVE_GDAL)('without gdal-async', () => {
  it('a GeoPackage layer is an input/readable error saying how to enable GDAL; the shapefiles are still checked', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-nogdal-'));
    try {
      cpSync(join(REPO, 'fixtures/ge-388/valid'), scratch, { recursive: true });
      copyFileSync(join(REPO, 'fixtures/ge-388/valid/cadcheck.json'), join(scratch, 'markers.gpkg'));
      const { report, exitCode } = await checkJson(scratch, []);
      expect(report.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.messageId, f.file, f.message])).toEqual([
        ['input/readable', 'unreadable', 'markers.gpkg', `markers.gpkg cannot be read: GeoPackage needs the optional GDAL backend, which is not installed: run ${GDAL_ENABLE_COMMAND} (see docs/formats.md)`],
      ]);
      expect(exitCode).toBe(1);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

if (!HAVE_GDAL) {
  describe('GeoPackage and DXF twins', () => {
    it.skip(`skipped: gdal-async is not installed (${GDAL_ENABLE_COMMAND})`, () => {});
  });
}
