// Readers through GDAL in this very thread (no check thread): the valid survey as GeoPackage and as DXF gives the layers
// the Shapefiles give. A file of its own: gdal-async may be loaded by one thread of a process only, and test/gdal.test.ts
// runs its checks in check threads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../src/catalogue.js';
import { gdalAvailable, GDAL_ENABLE_COMMAND } from '../src/io/gdal.js';
import { loadSubmission } from '../src/io/submission.js';
import type { Layer } from '../src/model.js';
import { makeTwin, OGR2OGR } from './gdal-twins.js';
import { REPO } from './helpers.js';

const HAVE_GDAL = await gdalAvailable();

describe.skipIf(!HAVE_GDAL || OGR2OGR === null)(`readers through GDAL (skipped without gdal-async: ${GDAL_ENABLE_COMMAND}, or without ogr2ogr)`, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-gdal-layers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each([['gpkg', 'geopackage', 'gdal'], ['dxf', 'dxf', 'manifest']] as const)('the valid survey as .%s: a layer per table or CAD layer, with its role, features and CRS', async (extension, format, crsSource) => {
    const settings = resolveSettings(undefined, null);
    const original = await loadSubmission(`${REPO}/fixtures/ge-388/valid`, settings);
    const twin = await loadSubmission(makeTwin('fixtures/ge-388/valid', extension, scratch), settings);
    const describeLayers = (layers: Layer[]): unknown[] => layers.map((l) => [l.name, l.role, l.features.length, l.crs.code, l.measurable]).sort();
    expect(describeLayers(twin.layers)).toEqual(describeLayers(original.layers));
    expect(twin.layers.map((l) => [l.file, l.format, l.crs.source])).toEqual(twin.layers.map(() => [`survey.${extension}`, format, crsSource]));
    expect(twin.problems).toEqual([]);
  });});
