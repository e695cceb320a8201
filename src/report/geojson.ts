// The findings as a GeoJSON FeatureCollection in the profile CRS, to open in QGIS next to the drawing.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RunResult } from '../engine/run.js';

export interface FindingProperties {
  submission: string;
  ruleId: string;
  severity: string;
  message: string;
  measured: number | null;
  limit: number | null;
  unit: string | null;
  layer: string | null;
  file: string | null;
  featureIndex: number | null;
  featureId: string | null;
  reference: string | null;
}

/** `EPSG:32638` → the OGC URN that GDAL/QGIS read from the pre-RFC 7946 `crs` member. */
export function crsUrn(epsg: string): string {
  const code = /^EPSG:(\d+)$/i.exec(epsg)?.[1];
  return code ? `urn:ogc:def:crs:EPSG::${code}` : epsg;
}

/**
 * Findings with neither a geometry nor a location keep a null geometry (RFC 7946 allows it) so that
 * the file still lists every finding; QGIS shows them in the attribute table only.
 */
export function buildGeoJsonReport(runs: RunResult[]): FeatureCollection<Geometry | null, FindingProperties> & { crs: unknown; name: string } {
  const crs = runs[0]?.settings.crs ?? 'EPSG:32638';
  const features = runs.flatMap((run) =>
    run.findings.map((finding): Feature<Geometry | null, FindingProperties> => ({
      type: 'Feature',
      geometry: finding.geometry ?? (finding.location ? { type: 'Point', coordinates: [...finding.location] } : null),
      properties: {
        submission: run.submission.path,
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        measured: finding.measured,
        limit: finding.limit,
        unit: finding.unit,
        layer: finding.layer,
        file: finding.file,
        featureIndex: finding.featureIndex,
        featureId: finding.featureId,
        reference: finding.reference,
      },
    })),
  );
  // RFC 7946 removed `crs` and allows only WGS 84; projected metres need the old (2008) member, which GDAL still honours.
  return { type: 'FeatureCollection', name: 'cadcheck findings', crs: { type: 'name', properties: { name: crsUrn(crs) } }, features };
}

export function formatGeoJson(runs: RunResult[]): string {
  return `${JSON.stringify(buildGeoJsonReport(runs), null, 2)}\n`;
}
