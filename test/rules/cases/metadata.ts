// RuleTester cases for metadata/* rules: the manifest's facts as the reader parsed them (or why it could not).
import type { RuleCases } from '../../support/rule-tester.js';
import { rect, type LayerSpec } from '../../support/submission-builder.js';

const manifestFinding = { file: 'cadcheck.json', severity: 'error' } as const;

/** Building 01 of the valid survey: 1 storey, built. */
const building = (number: string, storeys = 1, condition = 'built'): LayerSpec['features'][number] => ({ geometry: rect(5, 5, 17, 15), properties: { number, storeys, condition } });

export const metadataCases: RuleCases[] = [
  {
    rule: 'metadata/dates',
    valid: [{ name: 'surveyed on the 14th, drawn on the 16th', submission: { manifest: { surveyDate: '2024-05-14', drawingDate: '2024-05-16' } } }],
    invalid: [
      {
        name: 'the survey dated after the drawing',
        submission: { manifest: { surveyDate: '2024-05-17', drawingDate: '2024-05-16' } },
        findings: [{ ...manifestFinding, messageId: 'surveyAfterDrawing', message: 'surveyDate 2024-05-17 is after drawingDate 2024-05-16' }],
      },
      {
        // The run's clock is 2026-11-23 12:00 UTC: 16:00 in Tbilisi, still the 23rd.
        name: 'a drawing date tomorrow in Tbilisi',
        submission: { manifest: { surveyDate: '2026-11-20', drawingDate: '2026-11-24' } },
        findings: [{ ...manifestFinding, messageId: 'inFuture', message: 'drawingDate 2026-11-24 is in the future (today is 2026-11-23 in Asia/Tbilisi)' }],
      },
    ],
  },
  {
    rule: 'metadata/manifest',
    valid: [{ name: 'known keys of the right forms', submission: { manifest: { surveyDate: '2024-05-14', scale: 500, kind: 'registration', method: [1], sourceParcels: [] } } }],
    invalid: [
      {
        name: 'a manifest that is a JSON list, not an object',
        submission: { manifest: null, manifestProblem: 'it is not a JSON object' },
        findings: [{ ...manifestFinding, messageId: 'unparsable', message: 'cadcheck.json cannot be used (it is not a JSON object): the paper-version facts are not checked' }],
      },
      {
        name: 'a comma missing after a value',
        submission: { manifest: null, manifestProblem: 'Expected \',\' or \'}\' after property value in JSON at position 40', manifestSyntax: { line: 3, column: 3, near: '"drawingDate": "2024-05-16"' } },
        findings: [{ ...manifestFinding, messageId: 'invalidJson', message: 'cadcheck.json is not valid JSON: it breaks at line 3, column 3 ("drawingDate": "2024-05-16"); a comma or quote is missing or extra there or just before. The paper-version facts are not checked' }],
      },
      {
        name: 'a key no version of the manifest has',
        submission: { manifest: { notes: 'fence rebuilt in 2023' } },
        findings: [{ file: 'cadcheck.json', severity: 'warning', messageId: 'unknownKey', message: 'Unknown key "notes" (ignored)' }],
      },
      {
        name: 'survey_date written with an underscore',
        submission: { manifest: { survey_date: '2024-05-14' }, manifestPositions: { 'survey_date#key': { line: 2, column: 3 } } },
        findings: [{ file: 'cadcheck.json', severity: 'warning', messageId: 'unknownKeyNear', message: 'Line 2, column 3: unknown key "survey_date" (ignored); did you mean "surveyDate"?' }],
      },
      {
        name: 'a survey method that is no code',
        submission: { manifest: { method: ['GPS'] }, manifestPositions: { method: { line: 4, column: 13 } } },
        findings: [{ ...manifestFinding, messageId: 'codeList', message: 'Line 4, column 13: "method": ["GPS"] — method must be a list of codes 1–6, e.g. [1]' }],
      },
      {
        name: 'a kind misspelt',
        submission: { manifest: { kind: 'divison' }, manifestPositions: { kind: { line: 2, column: 11 } } },
        findings: [{ ...manifestFinding, messageId: 'oneOf', message: 'Line 2, column 11: "kind": "divison" — kind must be one of "registration", "merge", "division", "linear", "individual-ownership"; did you mean "division"?' }],
      },
      {
        name: 'a layer mapped under the role "parcels"',
        submission: { manifest: { layers: { parcels: 'nakveti.shp' } }, manifestPositions: { 'layers.parcels#key': { line: 3, column: 5 } } },
        findings: [{ ...manifestFinding, messageId: 'layerRole', message: 'Line 3, column 5: "parcels" is not a layer role — the roles are parcel, building, obligation, linear, sides, points, markers; did you mean "parcel"?' }],
      },
      {
        name: 'a scale with a fraction',
        submission: { manifest: { scale: 500.5 } },
        findings: [{ ...manifestFinding, messageId: 'wholeNumber', message: 'Line 1, column 1: "scale": 500.5 — scale must be a whole number of at least 1, without quotes, e.g. 500' }],
      },
      {
        name: 'the paper area written in quotes',
        submission: { manifest: { paper: { parcelArea: '1240' } } },
        findings: [{ ...manifestFinding, messageId: 'number', message: 'Line 1, column 1: "paper.parcelArea": "1240" — paper.parcelArea must be a number of at least 0, without quotes, e.g. 1234' }],
      },
      {
        name: 'an address written as a number',
        submission: { manifest: { address: 12 } },
        findings: [{ ...manifestFinding, messageId: 'text', message: 'Line 1, column 1: "address": 12 — address must be text in quotes, e.g. "…"' }],
      },
      {
        name: 'the performer given as a name only',
        submission: { manifest: { performer: 'G. Beridze' } },
        findings: [{ ...manifestFinding, messageId: 'object', message: 'Line 1, column 1: "performer": "G. Beridze" — performer must be an object in braces, e.g. { "name": "…", "id": "…" }' }],
      },
      {
        name: 'one source parcel written without brackets',
        submission: { manifest: { sourceParcels: '01.14.07.012.034' } },
        findings: [{ ...manifestFinding, messageId: 'list', message: 'Line 1, column 1: "sourceParcels": "01.14.07.012.034" — sourceParcels must be a list in brackets, e.g. ["01.14.07.012.034"]' }],
      },
    ],
  },
  {
    rule: 'metadata/paper-matches-digital',
    valid: [{
      name: 'paper and layers agree',
      submission: { manifest: { paper: { parcelArea: 1200, buildings: [{ number: '01', storeys: 1, condition: 'built' }] } }, layers: [{ role: 'parcel', features: [{ geometry: rect(0, 0, 30, 40), properties: { area: 1200 } }] }, { role: 'building', features: [building('01')] }] },
    }],
    invalid: [
      {
        // 30 m × 40 m = 1200 m² drawn, no area attribute: the polygon is what the paper is compared with.
        name: 'a parcel layer without an area field, 1201 m² on paper',
        submission: { manifest: { paper: { parcelArea: 1201 } }, layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40)] }] },
        findings: [{
          ...manifestFinding, messageId: 'parcelAreaGeometry', measured: 1, limit: 0, unit: 'm²',
          message: 'paper.parcelArea 1201 m² differs from the area of the parcel polygon, 1200 m² rounded to a whole m² (1200.00 m² as drawn; the parcel layer declares no area)',
        }],
      },
      {
        // Parcel 0 declares 600 m²; parcel 1 (10 m × 40 m) leaves its area blank, so its 400 m² polygon counts.
        name: 'two parcels, one area attribute blank, 1100 m² on paper',
        submission: {
          manifest: { paper: { parcelArea: 1100 } },
          layers: [{ role: 'parcel', features: [{ geometry: rect(0, 0, 15, 40), properties: { area: 600 } }, { geometry: rect(15, 0, 25, 40), properties: { area: null } }] }],
        },
        findings: [{
          ...manifestFinding, messageId: 'parcelAreaMixed', measured: 100,
          message: 'paper.parcelArea 1100 m² differs from the parcels\' area, 1000 m² rounded to a whole m² (1000.00 m²: the declared area attribute (area) where given, the polygon\'s area where not)',
        }],
      },
      {
        name: 'building 02 drawn but not on paper',
        submission: { manifest: { paper: { buildings: [{ number: '01', storeys: 1, condition: 'built' }] } }, layers: [{ role: 'building', features: [building('01'), building('02')] }] },
        findings: [{ severity: 'error', messageId: 'buildingNotOnPaper', file: 'building.geojson', featureIndex: 1, featureId: '02', message: 'Building 02 is in the layers but not in paper.buildings' }],
      },
      {
        name: 'building 03 on paper but not drawn',
        submission: { manifest: { paper: { buildings: [{ number: '01', storeys: 1, condition: 'built' }, { number: '03', storeys: 2, condition: 'built' }] } }, layers: [{ role: 'building', features: [building('01')] }] },
        findings: [{ ...manifestFinding, messageId: 'buildingNotInLayers', message: 'paper.buildings lists building 03, which is not in the building layer' }],
      },
      {
        name: 'building 01 under construction in the layer, built on paper',
        submission: { manifest: { paper: { buildings: [{ number: '01', storeys: 1, condition: 'built' }] } }, layers: [{ role: 'building', features: [building('01', 1, 'under construction')] }] },
        findings: [{ severity: 'error', messageId: 'conditionDiffers', featureIndex: 0, message: 'Building 01 is "under construction" in the layer but "built" on paper' }],
      },
    ],
  },
];
