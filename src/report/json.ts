// The JSON report (schemaVersion 1, spec/REPORT.md): the contract registries and programs read.
import type { RunResult } from '../engine/run.js';
import type { Finding, Severity, Submission } from '../model.js';
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

/**
 * What the report says of the submission itself: its layers (with their feature counts) and photos. A batch's check
 * thread sends this back instead of the features, which the JSON report does not need.
 */
export function inventoryOf(submission: Submission, timeZone: string) {
  return {
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
      ...captureFactsOf(photo, timeZone),
      gps: photo.gps,
    })),
  };
}

export type SubmissionInventory = ReturnType<typeof inventoryOf>;

/** What the run was told beyond the submission: the config file applied and --max-warnings (null: none). */
export interface RunContext {
  config?: string | null;
  maxWarnings?: number | null;
  /** The submission's layers and photos, when the run carries an outline of the submission rather than all of it. */
  inventory?: SubmissionInventory;
}

export function buildJsonReport(run: RunResult, tool: ToolInfo, surveyDate: string | null, context: RunContext = {}) {
  const { submission, settings } = run;
  const { layers, photos } = context.inventory ?? inventoryOf(submission, settings.timeZone);
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
    layers,
    photos,
    findings: run.findings.map(toJsonFinding),
  };
}

export type JsonReport = ReturnType<typeof buildJsonReport>;

export function formatJson(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
