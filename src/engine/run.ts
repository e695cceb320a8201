// Runs the rules it is given over a submission and collects sorted findings; pure, no I/O. Which rules a profile runs
// is the catalogue's business (src/catalogue.ts), as ESLint's Linter is handed its rules.
import type { Finding, Submission } from '../model.js';
import { SEVERITY_ORDER } from '../model.js';
import { leastPosition } from '../geom/anchor.js';
import type { RegisteredParcels, Report, RuleDefinition } from './define-rule.js';
import { labelsOf } from '../i18n/index.js';
import { localData } from '../i18n/data-words.js';
import { messageTemplate, renderMessage } from './messages.js';
import { optionsOf } from './options.js';
import { unplacedLayersFor } from './placement.js';
import { basisUnder, legalReference } from './reference.js';
import type { Settings } from './settings.js';
import { verdict } from './verdict.js';

export interface RunOptions {
  /** The profile and config the findings are made under (severities, tolerances, language). */
  settings: Settings;
  /** --max-warnings, for the verdict. */
  maxWarnings?: number | null;
  registered?: RegisteredParcels | null;
  now?: Date;
  surveyDateOverride?: string | null;
  /** Called before each rule runs, with the findings so far: a check thread tells the main thread where it is (src/worker/). */
  onRule?: (ruleId: string, index: number, total: number, findings: readonly Finding[]) => void;
}

export interface RunResult {
  submission: Submission;
  settings: Settings;
  findings: Finding[];
  result: 'pass' | 'fail';
}

function roundTo(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return value === undefined ? null : (value);
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * A rule's report as a finding under this profile and config, or null when the config turns the rule off.
 * A configured severity wins over a tiered report's own; the rule's default comes last.
 */
export function buildFinding(rule: RuleDefinition, settings: Settings, report: Report<string>): Finding | null {
  const configured = settings.ruleSettings[rule.id];
  if (configured === 'off') return null;
  const data = report.data ?? {};
  const feature = report.feature ?? null;
  // Without a place from the rule, the feature's least vertex: the same whichever way its rings are written.
  const location = report.location ?? leastPosition(feature?.geometry ?? null);
  return {
    ruleId: rule.id,
    severity: configured ?? report.severity ?? rule.meta.severity,
    messageId: report.messageId,
    message: renderMessage(messageTemplate(rule, report.messageId, settings.lang), localData(data, settings.lang)),
    data,
    reference: legalReference(settings, basisUnder(settings, rule)),
    layer: report.layer?.role ?? null,
    file: report.layer?.file ?? report.file ?? null,
    featureIndex: feature?.index ?? null,
    featureId: feature?.id ?? null,
    // Coordinates in metres: a millimetre is the finest the law measures.
    location: location && Number.isFinite(location[0]) && Number.isFinite(location[1]) ? [roundTo(location[0], 3)!, roundTo(location[1], 3)!] : null,
    // A tenth of a millimetre, so a 0.4 mm near-coincidence does not read as 0.
    measured: roundTo(report.measured, 4),
    limit: roundTo(report.limit, 4),
    unit: report.unit ?? null,
    geometry: report.geometry ?? null,
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.layer ?? '\uffff').localeCompare(b.layer ?? '\uffff') ||
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.featureIndex ?? -1) - (b.featureIndex ?? -1) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message) ||
    tieBreak(a, b)
  );
}

/**
 * Findings alike in all the above (two equal gaps along the same parcels) go in the order of the land, not of the
 * computation: a layer checked in tiles (src/tiles/) then lists them exactly as one pass does.
 */
function tieBreak(a: Finding, b: Finding): number {
  const [ax, ay] = a.location ?? [Infinity, Infinity];
  const [bx, by] = b.location ?? [Infinity, Infinity];
  if (ax !== bx) return ax < bx ? -1 : 1;
  if (ay !== by) return ay < by ? -1 : 1;
  if ((a.measured ?? -Infinity) !== (b.measured ?? -Infinity)) return (a.measured ?? -Infinity) < (b.measured ?? -Infinity) ? -1 : 1;
  if (a.geometry === b.geometry) return 0;
  const [ga, gb] = [JSON.stringify(a.geometry), JSON.stringify(b.geometry)];
  return ga < gb ? -1 : ga > gb ? 1 : 0;
}

export function runRules(submission: Submission, rules: readonly RuleDefinition[], options: RunOptions): RunResult {
  const { settings } = options;
  const findings: Finding[] = [];
  for (const [index, rule] of rules.entries()) {
    const id = rule.id;
    if (settings.ruleSettings[id] === 'off') continue;
    // A layer that is not placed is not measured: one info per rule and layer instead (src/engine/placement.ts).
    for (const layer of unplacedLayersFor(rule, submission)) {
      const finding = buildFinding(rule, settings, { messageId: 'layerNotPlaced', layer });
      if (finding) findings.push({ ...finding, severity: 'info', message: labelsOf(settings.lang).notPlaced });
    }
    options.onRule?.(id, index, rules.length, findings);
    try {
      rule.check({
        submission,
        settings,
        options: optionsOf(rule, settings),
        registered: options.registered ?? null,
        now: options.now ?? new Date(),
        surveyDateOverride: options.surveyDateOverride ?? null,
        report: (report) => {
          const finding = buildFinding(rule, settings, report);
          if (finding) findings.push(finding);
        },
      });
    } catch (error) {
      // One rule never sinks the run (ESLint's rule-crashed): the crash is a finding, flagged as a bug.
      findings.push({
        ruleId: id, severity: 'error', messageId: 'ruleCrashed',
        message: labelsOf(settings.lang).ruleCrashed(id, (error as Error).message),
        data: {}, reference: null, layer: null, file: null, featureIndex: null, featureId: null,
        location: null, measured: null, limit: null, unit: null, geometry: null,
      });
    }
  }
  findings.sort(compareFindings);
  return { submission, settings, findings, result: verdict(findings, options.maxWarnings ?? null) };
}
