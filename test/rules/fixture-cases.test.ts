// The test rows fixture cases carry (scripts/fixtures/cases/, `expect`): `cadcheck check` on each such fixture gives
// exactly its findings and exit code, so a new rule's case needs no test file of its own.
import { describe, expect, it } from 'vitest';
import { FIXTURE_CASES } from '../../scripts/fixtures/cases/index.js';
import { fixturePath, type ExpectedFinding } from '../../scripts/fixtures/cases/case.js';
import { REGISTERED_FOLDER } from '../../scripts/fixtures/cases/tolerance.js';
import { EXTENSION } from '../../scripts/fixtures/registered-writer.js';
import { checkJson, type JsonFinding } from '../helpers.js';

/** Shown for a finding the row does not expect, so the diff says what it is. */
const UNEXPECTED: ExpectedFinding = { ruleId: '', messageId: '', severity: 'info', message: '', file: null, featureIndex: null };

function picked(finding: JsonFinding, expected: ExpectedFinding): Record<string, unknown> {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, finding[key as keyof JsonFinding]]));
}

const ROWS = FIXTURE_CASES.map((fixtureCase) => {
  // A case with a registry extract of its own is checked against it, as a registry would run it.
  const registered = fixtureCase.registered ? ['--registered', `${REGISTERED_FOLDER}/${fixtureCase.registered.name}.${EXTENSION[fixtureCase.registered.format]}`] : [];
  return { path: fixturePath(fixtureCase), args: registered, ...fixtureCase.expect };
});

for (const { path, args, exitCode, findings } of ROWS) describe(path, () => {
  it(findings.length === 0 ? 'passes with no finding' : `reports exactly ${findings.map((f) => `${f.ruleId} ${f.messageId}`).join(', ')}`, async () => {
    const { exitCode: actualExitCode, report } = await checkJson(path, args);
    // A fixture without its own extract is checked without --registered: the registry rules' "not checked" infos are not what it is about.
    const relevant = report.findings.filter((finding) => finding.messageId !== 'notChecked');
    expect(relevant.map((finding, i) => picked(finding, findings[i] ?? UNEXPECTED))).toEqual(findings);
    expect(actualExitCode).toBe(exitCode);
  });
});
