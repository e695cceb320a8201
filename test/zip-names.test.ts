// Zip entry names (issue 14): a name whose bytes are valid UTF-8 is UTF-8 even without the UTF-8 flag (Info-ZIP `zip -r`
// writes Georgian names so); CP437 only otherwise. The Georgian-named survey zipped either way reads as the folder does.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryName } from '../src/io/zip-source.js';
import { encodeZip } from '../scripts/lib/zip-writer.js';
import { checkJson, REPO } from './helpers.js';
import { tempDir, validFiles } from './hostile/helpers.js';

const GEORGIAN = `${REPO}/fixtures/ge-388/rules/input/unknown-layer/pass/georgian-layer-names`;
const dir = tempDir('zip-names');
const HAS_ZIP = spawnSync('zip', ['-v']).status === 0;

const LAYERS = [['ნაკვეთი.shp', 'parcel'], ['სერვიტუტი.geojson', 'obligation'], ['შენობა.shp', 'building']];

async function expectGeorgianSurveyRead(zipPath: string): Promise<void> {
  const { exitCode, report } = await checkJson(zipPath);
  expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  expect(exitCode).toBe(0);
  expect(report.layers.map((layer) => [String(layer.file).replace(/^.*\//, ''), layer.role]).sort()).toEqual(LAYERS);
}

describe('zip entry names', () => {
  it('unflagged bytes that are valid UTF-8 are UTF-8; invalid UTF-8 is CP437; the flag is obeyed', () => {
    const raw = (name: Buffer | string, flag = 0) => ({ generalPurposeBitFlag: flag, fileNameRaw: Buffer.isBuffer(name) ? name : Buffer.from(name, 'utf8'), extraFields: [] });
    expect(entryName(raw('survey/სერვიტუტი.geojson'))).toBe('survey/სერვიტუტი.geojson');
    expect(entryName(raw('survey/участок.shp'))).toBe('survey/участок.shp');
    // CP437 0x82 is é, 0x8E is Ä: lone high bytes, never valid UTF-8.
    expect(entryName(raw(Buffer.from([0x63, 0x61, 0x66, 0x82, 0x2e, 0x73, 0x68, 0x70])))).toBe('café.shp');
    expect(entryName(raw(Buffer.from([0x8e, 0x2e, 0x6a, 0x70, 0x67])))).toBe('Ä.jpg');
    expect(entryName(raw('plain.shp'))).toBe('plain.shp');
    expect(entryName(raw('ნაკვეთი.shp', 0x800))).toBe('ნაკვეთი.shp');
  });

  it('the Georgian-named survey zipped by the repo\'s writer without the UTF-8 flag reads as the folder does', async () => {
    const entries = validFiles(GEORGIAN).map((file) => ({ name: Buffer.from(`survey-2024-0117/${file.path}`, 'utf8'), data: file.data }));
    const path = join(dir, 'unflagged.zip');
    writeFileSync(path, encodeZip(entries));
    await expectGeorgianSurveyRead(path);
  });

  it.skipIf(!HAS_ZIP)('the Georgian-named survey zipped by Info-ZIP `zip -r` (no UTF-8 flag) reads as the folder does (skipped when Info-ZIP `zip` is not installed: apt-get install zip; the unflagged zip above still runs)', async () => {
    const folder = join(dir, 'survey-2024-0117');
    cpSync(GEORGIAN, folder, { recursive: true });
    for (const locale of ['C', 'C.UTF-8']) {
      const path = join(dir, `info-zip-${locale}.zip`);
      execFileSync('zip', ['-q', '-r', path, 'survey-2024-0117'], { cwd: dir, env: { ...process.env, LANG: locale, LC_ALL: locale } });
      await expectGeorgianSurveyRead(path);
    }
  });
});
