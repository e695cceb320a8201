// `cadcheck init <folder>`: writes a manifest template, creates the folder, never overwrites, leaves no temp files.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lazySchemaCheck } from '../src/engine/json-schema.js';
import { writeFileAtomic, TargetExists } from '../src/report/write.js';
import { packageJson } from '../src/package-root.js';
import { checkJson, runCli } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const checkManifest = lazySchemaCheck(packageJson('schema/manifest.schema.json'));

describe('cadcheck init', () => {
  it('creates a missing folder and writes cadcheck.json that fits the manifest schema', async () => {
    const result = await runCli(['init', 'survey-2024-0117/site'], { cwd: scratch });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const path = join(scratch, 'survey-2024-0117/site/cadcheck.json');
    expect(result.stdout).toBe(`Wrote ${path}: fill in the dates, performer, applicant, address, method and paper facts, then run cadcheck check survey-2024-0117/site\n`);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(checkManifest(manifest)).toEqual([]);
    expect(manifest).toEqual({
      profile: 'ge-388', kind: 'registration', surveyDate: '', drawingDate: '',
      performer: { name: '', id: '', contact: '' }, applicant: { name: '', id: '' }, address: '',
      crsName: 'WGS 84 / UTM zone 38N', crs: 'EPSG:32638', scale: 500, method: [], sourceParcels: [],
      parcelBoundaryByMunicipality: false, paper: { parcelArea: 0, buildings: [] }, layers: {},
    });
    expect(readdirSync(join(scratch, 'survey-2024-0117/site'))).toEqual(['cadcheck.json']);
  });

  it('never overwrites an existing manifest: exit 2, the file untouched', async () => {
    const folder = join(scratch, 'filled-in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'cadcheck.json'), '{"surveyDate":"2024-05-14"}\n');
    const result = await runCli(['init', folder]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`cadcheck: ${join(folder, 'cadcheck.json')} already exists; cadcheck init never overwrites a manifest. Edit it, or remove it first.\n`);
    expect(readFileSync(join(folder, 'cadcheck.json'), 'utf8')).toBe('{"surveyDate":"2024-05-14"}\n');
    expect(readdirSync(folder)).toEqual(['cadcheck.json']);
  });

  it('a path that is a file is exit 2', async () => {
    writeFileSync(join(scratch, 'notes.txt'), 'x');
    const result = await runCli(['init', 'notes.txt'], { cwd: scratch });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/notes\.txt is a file, not a folder/);
  });

  it('an unknown profile is exit 2 and writes nothing', async () => {
    const result = await runCli(['init', 'other', '--profile', 'xx-1'], { cwd: scratch });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/Unknown profile "xx-1"/);
    expect(readdirSync(scratch)).not.toContain('other');
  });

  it('the unfilled template fails metadata/required by name, not with made-up facts', async () => {
    const folder = join(scratch, 'unfilled');
    await runCli(['init', folder]);
    const { report } = await checkJson(folder);
    const facts = report.findings.filter((f) => f.ruleId === 'metadata/required').map((f) => f.message);
    // Findings of one rule on one file are sorted by message.
    expect(facts).toEqual(['"applicant.name" is missing or blank', '"method" is missing or blank', '"performer.id" is missing or blank', '"performer.name" is missing or blank', '"surveyDate" is missing or blank']);
    expect(report.findings.filter((f) => f.ruleId === 'metadata/manifest')).toEqual([]);
  });
});

describe('writeFileAtomic with noClobber', () => {
  it('refuses an existing target and removes its temp file', () => {
    const folder = mkdtempSync(join(scratch, 'atomic-'));
    const target = join(folder, 'cadcheck.json');
    writeFileAtomic(target, 'first', { noClobber: true });
    expect(() => writeFileAtomic(target, 'second', { noClobber: true })).toThrow(TargetExists);
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(readdirSync(folder)).toEqual(['cadcheck.json']);
  });
});
