// GeoPackage and DXF submissions through the optional GDAL backend: made at test time from Shapefile fixtures with ogr2ogr, checked like their twins.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeZip } from '../scripts/lib/zip-writer.js';
import { resolveSettings } from '../src/engine/config.js';
import { gdalAvailable, GDAL_ENABLE_COMMAND } from '../src/io/gdal.js';
import { loadSubmission } from '../src/io/submission.js';
import type { Layer } from '../src/model.js';
import { checkJson, REPO, type JsonFinding } from './helpers.js';

const HAVE_GDAL = await gdalAvailable();
const OGR2OGR = ['/usr/bin/ogr2ogr', '/usr/local/bin/ogr2ogr'].find((path) => existsSync(path)) ?? null;

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

function ogr2ogr(args: string[]): void {
  execFileSync(OGR2OGR!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The submission with its shapefiles replaced by one GeoPackage (a table per shapefile) or one DXF (a CAD layer per shapefile). */
function makeTwin(folder: string, format: 'gpkg' | 'dxf', scratch: string): string {
  const twin = join(scratch, `${folder.replace(/\W+/g, '_')}-${format}`);
  mkdirSync(twin, { recursive: true });
  const shapefiles = readdirSync(join(REPO, folder)).filter((name) => /\.shp$/i.test(name)).map((name) => name.slice(0, -4));
  for (const name of readdirSync(join(REPO, folder))) {
    if (/\.(shp|shx|dbf|prj|cpg)$/i.test(name)) continue;
    cpSync(join(REPO, folder, name), join(twin, name), { recursive: true });
  }
  const gpkg = join(scratch, `${folder.replace(/\W+/g, '_')}.gpkg`);
  if (!existsSync(gpkg)) shapefiles.forEach((name, i) => ogr2ogr(['-f', 'GPKG', ...(i > 0 ? ['-update'] : []), gpkg, join(REPO, folder, `${name}.shp`), '-nln', name]));
  if (format === 'gpkg') {
    copyFileSync(gpkg, join(twin, 'survey.gpkg'));
  } else {
    const union = shapefiles.map((name) => `SELECT geom, '${name}' AS Layer FROM "${name}"`).join(' UNION ALL ');
    ogr2ogr(['-f', 'DXF', join(twin, 'survey.dxf'), gpkg, '-dialect', 'SQLITE', '-sql', union]);
  }
  return twin;
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

  it.each([['gpkg', 'geopackage', 'gdal'], ['dxf', 'dxf', 'manifest']] as const)('the valid survey as .%s: a layer per table or CAD layer, with its role, features and CRS', async (extension, format, crsSource) => {
    const settings = resolveSettings(undefined, null);
    const original = await loadSubmission(`${REPO}/fixtures/ge-388/valid`, settings);
    const twin = await loadSubmission(makeTwin('fixtures/ge-388/valid', extension, scratch), settings);
    const describeLayers = (layers: Layer[]): unknown[] => layers.map((l) => [l.name, l.role, l.features.length, l.crs.code, l.measurable]).sort();
    expect(describeLayers(twin.layers)).toEqual(describeLayers(original.layers));
    expect(twin.layers.map((l) => [l.file, l.format, l.crs.source])).toEqual(twin.layers.map(() => [`survey.${extension}`, format, crsSource]));
    expect(twin.problems).toEqual([]);
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
