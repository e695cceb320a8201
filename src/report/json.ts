// The JSON report (schemaVersion 1, spec/REPORT.md): the contract registries and programs read.
import type { RunResult } from '../engine/run.js';
import type { Finding, Severity } from '../model.js';
import { captureFactsOf } from '../photos/capture.js';

export interface ToolInfo {
  name: string;
  version: string;
}

export function countBySeverity(findings: Finding[]): Record<`${Severity}s`, number> {
  const count = (severity: Severity): number => findings.filter((finding) => finding.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** A finding as the JSON report writes it: every key present, in the documented order. */
export function toJsonFinding(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    messageId: finding.messageId,
    message: finding.message,
    // The message's values by name (e.g. the registered parcel's cad_code), for programs.
    data: finding.data,
    reference: finding.reference,
    layer: finding.layer,
    file: finding.file,
    featureIndex: finding.featureIndex,
    featureId: finding.featureId,
    location: finding.location,
    measured: finding.measured,
    limit: finding.limit,
    unit: finding.unit,
    geometry: finding.geometry,
  };
}

/** What the run was told beyond the submission: the config file applied and --max-warnings (null: none). */
export interface RunContext {
  config?: string | null;
  maxWarnings?: number | null;
}

export function buildJsonReport(run: RunResult, tool: ToolInfo, surveyDate: string | null, context: RunContext = {}) {
  const { submission, settings } = run;
  return {
    schemaVersion: 1 as const,
    tool,
    profile: settings.profileId,
    // Which cadcheck.config.json was applied (never one inside the submission), and the --max-warnings in force.
    config: context.config ?? null,
    maxWarnings: context.maxWarnings ?? null,
    submission: { path: submission.path, surveyDate },
    result: run.result,
    summary: countBySeverity(run.findings),
    layers: submission.layers.map((layer) => ({
      role: layer.role,
      file: layer.file,
      geometryType: layer.geometryType,
      featureCount: layer.features.length,
      crs: layer.crs.code ?? layer.crs.definition,
    })),
    photos: submission.photos.map((photo) => ({
      file: photo.file,
      sha256: photo.sha256,
      ...captureFactsOf(photo, settings.timeZone),
      gps: photo.gps,
    })),
    findings: run.findings.map(toJsonFinding),
  };
}

export type JsonReport = ReturnType<typeof buildJsonReport>;

export function formatJson(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
