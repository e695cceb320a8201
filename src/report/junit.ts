// JUnit XML for CI pipelines: one <testsuite> per submission, one <testcase> per rule of the profile.
import type { RunResult } from '../engine/run.js';
import { tooManyWarnings } from '../engine/verdict.js';
import type { Finding } from '../model.js';
import { labelsOf, type Labels } from '../i18n/index.js';
import { countBySeverity } from './json.js';
import { xmlAttribute, xmlText } from './xml.js';

export interface JunitOptions {
  /** --max-warnings: over it, a rule's warnings fail its testcase too (as they fail the submission). */
  maxWarnings: number | null;
}

function findingLine(finding: Finding, labels: Labels): string {
  const feature = finding.featureIndex === null ? '' : ` #${finding.featureIndex}${finding.featureId ? ` (${finding.featureId})` : ''}`;
  const measured = finding.measured === null ? '' : ` [${labels.measured} ${finding.measured}${finding.unit ? ` ${finding.unit}` : ''}${finding.limit === null ? '' : `, ${labels.limit} ${finding.limit}${finding.unit ? ` ${finding.unit}` : ''}`}]`;
  const where = finding.location ? ` ${labels.at} ${finding.location[0]}, ${finding.location[1]}` : '';
  return `${labels.severity[finding.severity]} ${finding.file ?? labels.noFile}${feature}: ${finding.message}${measured}${where}${finding.reference ? ` · ${finding.reference}` : ''}`;
}

function summaryOf(findings: Finding[], labels: Labels): string {
  return findings.length === 1 ? findings[0]!.message : `${findings[0]!.message} ${labels.andMore(findings.length - 1)}`;
}

interface Testcase {
  xml: string;
  failed: boolean;
  crashed: boolean;
  skipped: boolean;
}

function testcase(ruleId: string, classname: string, findings: Finding[], off: boolean, warningsFail: boolean, labels: Labels): Testcase {
  const open = `    <testcase name="${xmlAttribute(ruleId)}" classname="${xmlAttribute(classname)}" time="0"`;
  if (off) return { xml: `${open}>\n      <skipped message="${xmlAttribute(labels.turnedOff)}"/>\n    </testcase>\n`, failed: false, crashed: false, skipped: true };
  const crashes = findings.filter((finding) => finding.messageId === 'ruleCrashed');
  const failing = findings.filter((finding) => finding.messageId !== 'ruleCrashed' && (finding.severity === 'error' || (warningsFail && finding.severity === 'warning')));
  const passing = findings.filter((finding) => !crashes.includes(finding) && !failing.includes(finding));
  const parts: string[] = [];
  // JUnit's <error> is "the test itself broke": that is a crashed rule, not a defect in the survey.
  if (crashes.length > 0) parts.push(`      <error message="${xmlAttribute(summaryOf(crashes, labels))}" type="rule-crashed">${xmlText(crashes.map((finding) => findingLine(finding, labels)).join('\n'))}</error>\n`);
  if (failing.length > 0) {
    const type = failing.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
    parts.push(`      <failure message="${xmlAttribute(summaryOf(failing, labels))}" type="${type}">${xmlText(failing.map((finding) => findingLine(finding, labels)).join('\n'))}</failure>\n`);
  }
  // Warnings within --max-warnings and infos do not fail the testcase; CI logs still show them.
  if (passing.length > 0) parts.push(`      <system-out>${xmlText(passing.map((finding) => findingLine(finding, labels)).join('\n'))}</system-out>\n`);
  const xml = parts.length === 0 ? `${open}/>\n` : `${open}>\n${parts.join('')}    </testcase>\n`;
  return { xml, failed: failing.length > 0, crashed: crashes.length > 0, skipped: false };
}

export function formatJunit(runs: RunResult[], options: JunitOptions): string {
  let totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites = runs.map((run, index) => {
    // Over --max-warnings a rule's warnings fail its testcase, as they fail the submission's verdict.
    const warningsFail = tooManyWarnings(run.findings, options.maxWarnings);
    const byRule = new Map<string, Finding[]>();
    for (const finding of run.findings) {
      const group = byRule.get(finding.ruleId);
      if (group) group.push(finding);
      else byRule.set(finding.ruleId, [finding]);
    }
    const cases = run.settings.rules.map((ruleId) => testcase(ruleId, run.submission.path, byRule.get(ruleId) ?? [], run.settings.ruleSettings[ruleId] === 'off', warningsFail, labelsOf(run.settings.lang)));
    const counts = { tests: cases.length, failures: cases.filter((c) => c.failed).length, errors: cases.filter((c) => c.crashed).length, skipped: cases.filter((c) => c.skipped).length };
    totals = { tests: totals.tests + counts.tests, failures: totals.failures + counts.failures, errors: totals.errors + counts.errors, skipped: totals.skipped + counts.skipped };
    const properties = [
      ['profile', run.settings.profileId],
      ['result', run.result],
      ...Object.entries(countBySeverity(run.findings)).map(([name, value]) => [name, String(value)]),
    ];
    return (
      `  <testsuite name="${xmlAttribute(run.submission.path)}" id="${index}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="0">\n` +
      `    <properties>\n${properties.map(([name, value]) => `      <property name="${xmlAttribute(name!)}" value="${xmlAttribute(value!)}"/>\n`).join('')}    </properties>\n` +
      cases.map((c) => c.xml).join('') +
      '  </testsuite>\n'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="cadcheck" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}" time="0">\n` +
    suites.join('') +
    '</testsuites>\n'
  );
}
