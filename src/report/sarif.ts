// SARIF 2.1.0 for code-scanning dashboards: the profile's rules with their help, one result per finding.
import type { RuleDefinition } from '../engine/define-rule.js';
import type { RunResult } from '../engine/run.js';
import { ruleDocPath, type RuleDoc } from '../model/rule-doc.js';
import type { Finding, Severity } from '../model.js';
import { basisUnder } from '../engine/reference.js';
import { ruleDescription } from '../engine/messages.js';
import type { ToolInfo } from './json.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifOptions {
  tool: ToolInfo;
  /** The profile's rules, in the profile's order. */
  rules: RuleDefinition[];
  /** Each rule's doc page, when it has one. */
  docs: Map<string, RuleDoc | null>;
  /** Absolute URI the doc paths (`docs/rules/<id>.md`) are resolved against, ending in '/'. */
  docsBaseUri: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Markdown to the plain text SARIF's `text` members want: no emphasis marks, no quote markers. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^> ?/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The doc page's sections, else the (English) description with its options filled in. */
function helpOf(rule: RuleDefinition, doc: RuleDoc | null, description: string): { text: string; markdown?: string } {
  if (!doc) return { text: description };
  const sections = ['What it checks', 'The law', 'How to fix'].filter((name) => doc.sections.get(name)).map((name) => `${name}\n${doc.sections.get(name)}`);
  return { text: plainText(sections.join('\n\n')) || description, markdown: doc.markdown };
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, Georgian letters), '/' kept. */
function uriOf(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

function artifactUri(submissionPath: string, file: string | null): { uri: string; uriBaseId?: string } {
  const base = submissionPath.replace(/\\/g, '/').replace(/\/+$/, '');
  const path = file === null ? `${base}/` : `${base}/${file}`;
  // An absolute submission path becomes a file: URI; a relative one stays relative to where cadcheck ran.
  if (path.startsWith('/')) return { uri: `file://${uriOf(path)}` };
  return { uri: uriOf(path), uriBaseId: '%SRCROOT%' };
}

function resultOf(finding: Finding, run: RunResult, ruleIndex: Map<string, number>, crs: string) {
  const logicalName = finding.featureIndex === null ? null : `${finding.file ?? finding.layer ?? 'feature'}#${finding.featureIndex}`;
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId)! } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactUri(run.submission.path, finding.file) },
        ...(logicalName ? { logicalLocations: [{ name: finding.featureId ?? String(finding.featureIndex), fullyQualifiedName: logicalName, kind: 'element' }] } : {}),
      },
    ],
    // SARIF regions are text regions: a drawing's coordinates travel in the property bag instead.
    properties: {
      submission: run.submission.path,
      layer: finding.layer,
      featureIndex: finding.featureIndex,
      featureId: finding.featureId,
      location: finding.location,
      crs,
      measured: finding.measured,
      limit: finding.limit,
      unit: finding.unit,
      reference: finding.reference,
      messageId: finding.messageId,
    },
  };
}

export function buildSarif(runs: RunResult[], options: SarifOptions) {
  const settings = runs[0]?.settings;
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const rules = options.rules.map((rule) => {
    const doc = options.docs.get(rule.id) ?? null;
    const configured = settings?.ruleSettings[rule.id];
    const whatItChecks = doc?.sections.get('What it checks');
    // With the options in force ("closer than 0.10 m" under a config that says so); a log of no run has no settings.
    const english = settings ? ruleDescription(rule, 'en', settings) : rule.meta.description;
    const described = settings ? ruleDescription(rule, settings.lang, settings) : english;
    return {
      id: rule.id,
      name: rule.id.replace(/(^|[/-])([a-z])/g, (_whole, _sep: string, letter: string) => letter.toUpperCase()),
      shortDescription: { text: described },
      // The doc pages are English: in another language the full description is the translated one-liner.
      fullDescription: { text: whatItChecks && (settings?.lang ?? 'en') === 'en' ? plainText(whatItChecks) : described },
      help: helpOf(rule, doc, english),
      helpUri: new URL(ruleDocPath(rule.id), options.docsBaseUri).href,
      defaultConfiguration: configured === 'off' ? { enabled: false, level: LEVEL[rule.meta.severity] } : { level: LEVEL[configured ?? rule.meta.severity] },
      properties: {
        tags: [rule.id.split('/')[0]!],
        reference: settings ? (basisUnder(settings, rule) ? `${settings.referencePrefix}, ${basisUnder(settings, rule)}` : null) : rule.meta.basis,
      },
    };
  });
  const crs = settings?.crs ?? 'EPSG:32638';
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: { driver: { name: options.tool.name, version: options.tool.version, semanticVersion: options.tool.version, informationUri: options.docsBaseUri, rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder cadcheck was run from; submission paths are relative to it.' } } },
        results: runs.flatMap((run) => run.findings.map((finding) => resultOf(finding, run, ruleIndex, crs))),
        properties: { profile: settings?.profileId ?? null, crs, submissions: runs.map((run) => ({ path: run.submission.path, result: run.result })) },
      },
    ],
  };
}

export function formatSarif(runs: RunResult[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(runs, options), null, 2)}\n`;
}
