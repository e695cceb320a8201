// The text report for a person at a terminal: grouped by file and feature, coloured by severity.
import type { ChalkInstance } from 'chalk';
import type { RunResult } from '../engine/run.js';
import type { Finding, Severity } from '../model.js';
import { countBySeverity } from './json.js';

export interface TextOptions {
  /** A chalk instance whose level the CLI decided (0 = no colour). */
  chalk: ChalkInstance;
  /** Which severities to show: --quiet shows errors only, --verbose adds infos. */
  show: Severity[];
  /** At most this many findings of one rule in one file are listed; the rest are counted. */
  maxPerRule?: number;
}

const LABEL: Record<Severity, string> = { error: 'error  ', warning: 'warning', info: 'info   ' };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function describeFeature(finding: Finding): string {
  if (finding.featureIndex === null) return '';
  return finding.featureId ? `#${finding.featureIndex} (${finding.featureId})` : `#${finding.featureIndex}`;
}

function measuredText(finding: Finding): string {
  // Most messages already say "… (limit 0.15 m)"; the suffix is for those that do not.
  if (finding.measured === null || /\blimit\b/.test(finding.message)) return '';
  const unit = finding.unit ? ` ${finding.unit}` : '';
  return finding.limit === null ? ` [${finding.measured}${unit}]` : ` [measured ${finding.measured}${unit}, limit ${finding.limit}${unit}]`;
}

export function formatText(run: RunResult, options: TextOptions): string {
  const { chalk, show } = options;
  const maxPerRule = options.maxPerRule ?? 20;
  const paint: Record<Severity, (text: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const lines: string[] = [chalk.bold(`${run.submission.path}`) + chalk.dim(`  (profile ${run.settings.profileId})`)];
  const visible = run.findings.filter((finding) => show.includes(finding.severity));

  const byFile = new Map<string, Finding[]>();
  for (const finding of visible) {
    const key = finding.file ?? '(submission)';
    byFile.set(key, [...(byFile.get(key) ?? []), finding]);
  }
  for (const [file, findings] of byFile) {
    lines.push(`  ${chalk.underline(file)}`);
    const shownPerRule = new Map<string, number>();
    for (const finding of findings) {
      const shown = shownPerRule.get(finding.ruleId) ?? 0;
      shownPerRule.set(finding.ruleId, shown + 1);
      if (shown >= maxPerRule) continue;
      const feature = describeFeature(finding);
      lines.push(`    ${paint[finding.severity](LABEL[finding.severity])} ${feature ? `${feature} ` : ''}${finding.message}${measuredText(finding)}  ${chalk.dim(finding.ruleId)}`);
      const where = [finding.location ? `at ${finding.location[0]}, ${finding.location[1]}` : '', finding.reference ?? ''].filter(Boolean).join(' · ');
      if (where) lines.push(`            ${chalk.dim(where)}`);
    }
    for (const [ruleId, count] of shownPerRule) {
      if (count > maxPerRule) lines.push(`    ${chalk.dim(`… and ${count - maxPerRule} more ${ruleId} findings in this file (all are in --format json)`)}`);
    }
  }

  const counts = countBySeverity(run.findings);
  const hiddenInfos = show.includes('info') ? 0 : counts.infos;
  const tally = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}`;
  const verdict = run.result === 'pass' ? chalk.green.bold('✔ PASS') : chalk.red.bold('✖ FAIL');
  lines.push('', `${verdict}  ${tally}${hiddenInfos ? chalk.dim(` (infos hidden; --verbose shows them)`) : ''}`);
  return `${lines.join('\n')}\n`;
}
