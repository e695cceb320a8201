// docs/submission.md says what the ge-388 profile and the manifest schema accept: its tables are held to the code.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../src/catalogue.js';
import { lazySchemaCheck } from '../src/engine/json-schema.js';
import { roleOf } from '../src/io/submission.js';
import { ROLES } from '../src/model.js';
import { REQUIRED_FIELDS } from '../src/rules/fields.js';
import { checkJson, REPO } from './helpers.js';

const doc = readFileSync(join(REPO, 'docs/submission.md'), 'utf8');
const settings = resolveSettings('ge-388', null);
const manifestSchema = JSON.parse(readFileSync(join(REPO, 'schema/manifest.schema.json'), 'utf8')) as {
  properties: Record<string, { properties?: Record<string, unknown> }>;
};

/** The rows of the first table after `heading`, as trimmed cells (header and rule lines dropped). */
function tableAfter(heading: string): string[][] {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/submission.md has no heading "${heading}"`);
  const lines = doc.slice(start + heading.length + 2).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

/** The `code` spans of a cell, in order; "—" is none, and so is a cell the row lacks. */
const codes = (cell: string | undefined): string[] => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

describe('docs/submission.md matches the ge-388 profile', () => {
  it('the roles table has every role, and every name it shows is recognised as that role', () => {
    const rows = tableAfter('## Layers and their roles');
    expect(rows.map((row) => codes(row[0])[0])).toEqual([...ROLES]);
    for (const row of rows) {
      const role = codes(row[0])[0];
      const names = codes(row[3]);
      expect(names.length, `names shown for ${role}`).toBeGreaterThan(0);
      for (const name of names) expect([name, roleOf(`${name}.shp`, null, settings)]).toEqual([name, role]);
    }
  });

  it('the fields table lists exactly the profile\'s fields, aliases and required fields', () => {
    const documented = tableAfter('## Fields').map((row) => ({
      role: row[0] ?? '',
      field: codes(row[1])[0] ?? '',
      aliases: codes(row[2]),
      required: row[3] === 'yes',
    }));
    const expected = Object.entries(settings.fields).flatMap(([role, fields]) =>
      Object.entries(fields).map(([field, aliases]) => ({
        role,
        field,
        aliases,
        required: (REQUIRED_FIELDS[role as keyof typeof REQUIRED_FIELDS] ?? []).includes(field),
      })),
    );
    const byKey = (list: typeof expected): typeof expected => [...list].sort((a, b) => `${a.role}.${a.field}`.localeCompare(`${b.role}.${b.field}`));
    expect(byKey(documented)).toEqual(byKey(expected));
  });

  it.each(Object.keys(settings.codeLists))('the %s code list shows every value and spelling, in order', (key) => {
    const headingLine = doc.split('\n').find((line) => line.startsWith('### ') && line.includes(`(\`${key}\`)`));
    expect(headingLine, `a "### … (\`${key}\`)" heading`).toBeDefined();
    const rows = tableAfter(headingLine!);
    const list = settings.codeLists[key]!;
    expect(rows.map((row) => codes(row[0])[0])).toEqual(list.map((entry) => entry.value));
    // Lists with other spellings have an "also accepted" column: it shows exactly those.
    if (list.some((entry) => (entry.accepted ?? []).length > 0)) {
      expect(rows.map((row) => codes(row[1]))).toEqual(list.map((entry) => entry.accepted ?? []));
    }
  });
});

describe('docs/submission.md matches the manifest schema', () => {
  const rows = tableAfter('## The manifest `cadcheck.json`');
  const documented = rows.map((row) => codes(row[0])[0]);

  it('the keys table names every key of schema/manifest.schema.json, and no other', () => {
    const keys = Object.entries(manifestSchema.properties).flatMap(([key, schema]) =>
      // Objects of facts are listed by their facts; `paper` by its two parts; `layers` as a whole.
      schema.properties && key !== 'layers' ? Object.keys(schema.properties).map((inner) => `${key}.${inner}`) : [key],
    );
    expect([...documented].sort()).toEqual([...keys].sort());
  });

  it('the required column is what metadata/required asks for', () => {
    const required = rows.filter((row) => row[2]?.startsWith('yes')).map((row) => codes(row[0])[0]);
    // metadata/required's description names them (the rule's own list is private to it).
    expect(required).toEqual(['surveyDate', 'performer.name', 'performer.id', 'applicant.name', 'crsName', 'scale', 'method']);
  });

  it('the example manifest fits the schema and uses only documented keys', () => {
    const example = /## The manifest `cadcheck.json`[\s\S]*?```json\n([\s\S]*?)```/.exec(doc);
    const manifest = JSON.parse(example![1]!) as Record<string, unknown>;
    expect(lazySchemaCheck(manifestSchema)(manifest)).toEqual([]);
    for (const key of Object.keys(manifest)) expect(documented.some((name) => name === key || name?.startsWith(`${key}.`)), key).toBe(true);
  });

  it('the example manifest, with the bundled survey\'s parcel renamed nakveti.shp as its layers map says, passes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-docs-manifest-'));
    try {
      cpSync(join(REPO, 'fixtures/ge-388/valid'), folder, { recursive: true });
      for (const file of readdirSync(folder).filter((name) => name.startsWith('parcel.'))) renameSync(join(folder, file), join(folder, file.replace(/^parcel/, 'nakveti')));
      writeFileSync(join(folder, 'cadcheck.json'), /## The manifest `cadcheck.json`[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!);
      const { exitCode, report } = await checkJson(folder);
      expect(report.findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
      expect(report.layers.map((layer) => [layer.role, layer.file])).toContainEqual(['parcel', 'nakveti.shp']);
      expect(exitCode).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
