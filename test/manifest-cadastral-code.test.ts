// The manifest's `cadastralCode` is a documented fact: no "unknown key" warning, and the HTML header shows it
// rather than the parcel layer's cad_code values.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, REPO, runCli } from './helpers.js';

const VALID = join(REPO, 'fixtures/ge-388/valid');

function surveyWithManifest(change: (manifest: Record<string, unknown>) => void): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'cadcheck-cadcode-')), 'survey');
  cpSync(VALID, folder, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(folder, 'cadcheck.json'), 'utf8')) as Record<string, unknown>;
  change(manifest);
  writeFileSync(join(folder, 'cadcheck.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

describe('manifest cadastralCode', () => {
  it('is a known key: the survey still passes with no metadata/manifest finding', async () => {
    const folder = surveyWithManifest((manifest) => { manifest.cadastralCode = '01.14.07.012.999'; });
    const { exitCode, report } = await checkJson(folder);
    expect(report.findings.filter((finding) => finding.ruleId === 'metadata/manifest')).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('is what the HTML header names as the cadastral code', async () => {
    const folder = surveyWithManifest((manifest) => { manifest.cadastralCode = '01.14.07.012.999'; });
    const file = join(folder, '..', 'report.html');
    await runCli(['check', folder, '--format', 'html', '--output', file]);
    expect(readFileSync(file, 'utf8')).toContain('<span>cadastral code: <strong>01.14.07.012.999</strong></span>');
  });

  it('a misspelt key is a warning that names it', async () => {
    const folder = surveyWithManifest((manifest) => { manifest.cadastralCod = '01.14.07.012.999'; });
    const { report } = await checkJson(folder);
    expect(report.findings.filter((finding) => finding.ruleId === 'metadata/manifest').map((finding) => [finding.messageId, finding.message])).toEqual([['unknownKeyNear', expect.stringContaining('did you mean "cadastralCode"')]]);
  });
});
