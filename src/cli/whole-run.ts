// junit, sarif, geojson, html and csv: the reports over every submission of a run, rendered by pure reporters from
// what the CLI gathered for them (rule docs, thumbnails).
import type { FormatName } from './formats.js';

/** What the whole-run reporters need of each submission checked. */
export interface CheckedSubmission {
  run: import('../check-submission.js').CheckedRun;
  /** The submission's own name (the folder's, resolved: not "." for `check .`), for the HTML report's title. */
  name?: string;
  surveyDate: string | null;
  /** EXIF thumbnails (data: URIs) by photo file, read only when the HTML report is asked for. */
  thumbnails: Map<string, string | null>;
}

export interface WholeRunContext {
  tool: { name: string; version: string };
  show: Array<'error' | 'warning' | 'info'>;
  maxWarnings: number | null;
  settings?: import('../engine/settings.js').Settings;
}

/** junit, sarif, geojson, html and csv: pure reporters over every submission; the CLI gathers what they need (docs, thumbnails). */
export async function renderWholeRun(format: FormatName, checked: CheckedSubmission[], context: WholeRunContext): Promise<string> {
  const runs = checked.map((item) => item.run);
  switch (format) {
    case 'junit':
      return (await import('../report/junit.js')).formatJunit(runs, { maxWarnings: context.maxWarnings });
    case 'geojson':
      return (await import('../report/geojson.js')).formatGeoJson(runs);
    case 'html': {
      const [{ formatHtml }, { howToFixIn }] = await Promise.all([import('../report/html.js'), import('./how-to-fix.js')]);
      return formatHtml(checked, { tool: context.tool, show: context.show, fixes: await howToFixIn(runs.flatMap((run) => run.findings.map((finding) => finding.ruleId)), runs[0]?.settings.lang) });
    }
    case 'csv': {
      const [{ buildJsonReport }, { formatCsvSummary, ruleFamilies }, { submissionFacts }] = await Promise.all([import('../report/json.js'), import('../report/csv.js'), import('../batch/check-one.js')]);
      const rows = checked.map((item) => ({ report: buildJsonReport(item.run, context.tool, item.surveyDate), ...submissionFacts(item.run.submission, item.run.settings) }));
      return formatCsvSummary(rows, ruleFamilies((context.settings ?? runs[0]!.settings).rules));
    }
    case 'sarif': {
      const [{ formatSarif }, { readRuleDoc }, { rulesOf }, { packageRoot }, { pathToFileURL }] = await Promise.all([
        import('../report/sarif.js'), import('../io/rule-docs.js'), import('../catalogue.js'), import('../package-root.js'), import('node:url'),
      ]);
      // A batch with no submission to check (--changed-since, nothing changed) still has its profile's rules.
      const settings = context.settings ?? runs[0]!.settings;
      const rules = rulesOf(settings);
      // helpUri must be absolute: the doc pages ship with the package, so they are where cadcheck is installed.
      const docsBaseUri = `${pathToFileURL(packageRoot()).href}/`;
      return formatSarif(runs, { tool: context.tool, rules, docs: new Map(rules.map((rule) => [rule.id, readRuleDoc(rule.id)])), docsBaseUri });
    }
    default:
      throw new Error(`format ${format} is rendered per submission`);
  }
}
