// The text report for a person at a terminal: grouped by file and feature, coloured by severity.
import type { ChalkInstance } from 'chalk';
import type { RunResult } from '../engine/run.js';
import type { Finding, Severity } from '../model.js';
import { localReference } from '../engine/reference.js';
import { dataText } from '../i18n/data-words.js';
import { labelsOf, type Labels, type Lang } from '../i18n/index.js';
import { countBySeverity } from './json.js';
import { safeForTerminal } from './terminal.js';

export interface TextOptions {
  /** A chalk instance whose level the CLI decided (0 = no colour). */
  chalk: ChalkInstance;
  /** Which severities to show: --quiet shows errors only, --verbose adds infos. */
  show: Severity[];
  /** At most this many findings of one rule in one file are listed; the rest are counted. */
  maxPerRule?: number;
  /** The config file applied (named in the header), or null/absent for none. */
  config?: string | null;
  /** --max-warnings, so a FAIL on warnings alone says why. */
  maxWarnings?: number | null;
  /**
   * Each rule's "how to fix" line in the report's language (the CLI reads it from the rule's doc page; another language
   * takes the rule's own translation, `fixesIn` in src/engine/messages.ts): printed under the rule's first finding in each file.
   */
  fixes?: ReadonlyMap<string, string | null>;
}

/** The "how to fix" line of a rule, or null; `fixes` are in the report's language, as `labels` are. */
export function fixLine(ruleId: string, fixes: ReadonlyMap<string, string | null> | undefined, labels: Labels): string | null {
  const fix = fixes?.get(ruleId);
  return fix ? `${labels.howToFix}: ${fix}` : null;
}

/** Severity labels padded to one width, so the messages line up. */
function severityLabels(labels: Labels): Record<Severity, string> {
  const width = Math.max(...Object.values(labels.severity).map((label) => label.length));
  return { error: labels.severity.error.padEnd(width), warning: labels.severity.warning.padEnd(width), info: labels.severity.info.padEnd(width) };
}

/** Whether the message already names its tolerance ("… (limit 0.15 m)"), in the message's language. */
function saysLimit(message: string, labels: Labels): boolean {
  return new RegExp(`(^|[^\\p{L}])${labels.limit}($|[^\\p{L}])`, 'u').test(message);
}

function describeFeature(finding: Finding, lang: Lang | undefined): string {
  if (finding.featureIndex === null) return '';
  // An id cadcheck made up ("contour 2" of a turning-point file) is said in the language; one from the data stays as written.
  return finding.featureId ? `#${finding.featureIndex} (${safeForTerminal(dataText(finding.featureId, lang))})` : `#${finding.featureIndex}`;
}

function measuredText(finding: Finding, labels: Labels, lang: Lang | undefined): string {
  // Most messages already say "… (limit 0.15 m)"; the suffix is for those that do not.
  if (finding.measured === null || saysLimit(finding.message, labels)) return '';
  const unit = finding.unit ? ` ${dataText(finding.unit, lang)}` : '';
  return finding.limit === null ? ` [${finding.measured}${unit}]` : ` [${labels.measured} ${finding.measured}${unit}, ${labels.limit} ${finding.limit}${unit}]`;
}

export function formatText(run: RunResult, options: TextOptions): string {
  const { chalk, show } = options;
  const maxPerRule = options.maxPerRule ?? 20;
  const labels = labelsOf(run.settings.lang);
  const LABEL = severityLabels(labels);
  const paint: Record<Severity, (text: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  // Names, values and messages come from the submission: shown with their control characters escaped (safeForTerminal).
  const lines: string[] = [chalk.bold(safeForTerminal(run.submission.path)) + chalk.dim(`  (${labels.profile} ${run.settings.profileId}${options.config ? ` · ${safeForTerminal(options.config)}` : ''})`)];
  const visible = run.findings.filter((finding) => show.includes(finding.severity));

  const byFile = new Map<string, Finding[]>();
  for (const finding of visible) {
    const key = finding.file ?? labels.noFile;
    // Pushed, not copied ([...old, finding] made 60,000 findings of one file a quadratic wait).
    const group = byFile.get(key);
    if (group) group.push(finding);
    else byFile.set(key, [finding]);
  }
  for (const [file, findings] of byFile) {
    lines.push(`  ${chalk.underline(safeForTerminal(file))}`);
    const shownPerRule = new Map<string, number>();
    for (const finding of findings) {
      const shown = shownPerRule.get(finding.ruleId) ?? 0;
      shownPerRule.set(finding.ruleId, shown + 1);
      if (shown >= maxPerRule) continue;
      const feature = describeFeature(finding, run.settings.lang);
      lines.push(`    ${paint[finding.severity](LABEL[finding.severity])} ${feature ? `${feature} ` : ''}${safeForTerminal(finding.message)}${measuredText(finding, labels, run.settings.lang)}  ${chalk.dim(finding.ruleId)}`);
      const where = [finding.location ? `${labels.at} ${finding.location[0]}, ${finding.location[1]}` : '', safeForTerminal(localReference(finding.reference, run.settings) ?? '')].filter(Boolean).join(' · ');
      if (where) lines.push(`            ${chalk.dim(where)}`);
      const fix = shown === 0 ? fixLine(finding.ruleId, options.fixes, labels) : null;
      if (fix) lines.push(`            ${chalk.dim(safeForTerminal(fix))}`);
    }
    for (const [ruleId, count] of shownPerRule) {
      if (count > maxPerRule) lines.push(`    ${chalk.dim(labels.moreFindings(count - maxPerRule, ruleId))}`);
    }
  }

  const counts = countBySeverity(run.findings);
  const hiddenInfos = show.includes('info') ? 0 : counts.infos;
  const tally = `${labels.count(counts.errors, 'error')}, ${labels.count(counts.warnings, 'warning')}, ${labels.count(counts.infos, 'info')}`;
  const verdict = run.result === 'pass' ? chalk.green.bold(`✔ ${labels.pass}`) : chalk.red.bold(`✖ ${labels.fail}`);
  // Failed on warnings: say so, with the number allowed ("— more warnings than --max-warnings allows: 0").
  const overMax = options.maxWarnings !== undefined && options.maxWarnings !== null && counts.warnings > options.maxWarnings ? ` — ${labels.overMaxWarnings}: ${options.maxWarnings}` : '';
  lines.push('', `${verdict}  ${tally}${overMax}${hiddenInfos ? chalk.dim(` ${labels.infosHidden}`) : ''}`);
  return `${lines.join('\n')}\n`;
}
