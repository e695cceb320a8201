// GeoPackage and DXF twins of Shapefile submissions, made with ogr2ogr (Debian's gdal-bin) at test time.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './helpers.js';

export const OGR2OGR = ['/usr/bin/ogr2ogr', '/usr/local/bin/ogr2ogr'].find((path) => existsSync(path)) ?? null;

function ogr2ogr(args: string[]): void {
  execFileSync(OGR2OGR!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The submission with its shapefiles replaced by one GeoPackage (a table per shapefile) or one DXF (a CAD layer per shapefile). */
export function makeTwin(folder: string, format: 'gpkg' | 'dxf', scratch: string): string {
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
