// metadata/paper-matches-digital names what it compared (issue 14): the declared area attribute, or the polygon's area
// when the parcel layer declares none — never "the digital parcel area" for an attribute that disagrees with the polygon.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARCEL_GEOMETRY } from '../scripts/fixtures/ge-388-survey.js';
import { checkJson, type JsonReport } from './helpers.js';
import { tempDir, VALID } from './hostile/helpers.js';

const dir = tempDir('paper-area');

/** The valid survey with paper.parcelArea set, and the parcel layer as GeoJSON with the given properties. */
function survey(name: string, paperArea: number, properties: Record<string, unknown>): string {
  const folder = join(dir, name);
  cpSync(VALID, folder, { recursive: true });
  for (const file of readdirSync(folder)) if (file.startsWith('parcel.')) rmSync(join(folder, file));
  const parcel = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:32638' } }, features: [{ type: 'Feature', properties, geometry: PARCEL_GEOMETRY }] };
  writeFileSync(join(folder, 'parcel.geojson'), JSON.stringify(parcel));
  const manifest = JSON.parse(readFileSync(join(folder, 'cadcheck.json'), 'utf8')) as { paper: Record<string, unknown> };
  manifest.paper.parcelArea = paperArea;
  writeFileSync(join(folder, 'cadcheck.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

function paperFindings(report: JsonReport): Array<[string, string, number | null]> {
  return report.findings.filter((f) => f.ruleId === 'metadata/paper-matches-digital').map((f) => [f.messageId, f.message, f.measured]);
}

const FIELDS = { cad_code: '01.14.07.012.034', purpose: 'non-agricultural', method: 1 };

describe('metadata/paper-matches-digital: what the paper area is compared with', () => {
  it('the declared attribute, named as such, even where it disagrees with the polygon (1240 m² drawn)', async () => {
    const { report } = await checkJson(survey('attribute', 1235, { ...FIELDS, area: 1240.4 }));
    expect(paperFindings(report)).toEqual([[
      'parcelArea', 'paper.parcelArea 1235 m² differs from the declared area attribute (area) of the parcel layer, 1240 m² rounded to a whole m² (1240.40 m² as declared)', 5,
    ]]);
  });

  it('the declared attribute under its alias (fartobi)', async () => {
    const { report } = await checkJson(survey('alias', 1235, { ...FIELDS, fartobi: 1250 }));
    expect(paperFindings(report)).toEqual([[
      'parcelArea', 'paper.parcelArea 1235 m² differs from the declared area attribute (fartobi) of the parcel layer, 1250 m² rounded to a whole m² (1250.00 m² as declared)', 15,
    ]]);
  });

  it('the polygon when the parcel layer declares no area', async () => {
    const { report } = await checkJson(survey('geometry', 1235, FIELDS));
    expect(paperFindings(report)).toEqual([[
      'parcelAreaGeometry', 'paper.parcelArea 1235 m² differs from the area of the parcel polygon, 1240 m² rounded to a whole m² (1240.00 m² as drawn; the parcel layer declares no area)', 5,
    ]]);
  });
});
