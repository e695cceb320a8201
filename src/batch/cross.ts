// Checks across the submissions of a batch: land claimed by two submissions, photos reused from another job. Pure.
import type { Settings } from '../engine/settings.js';
import { renderMessage } from '../engine/messages.js';
import { toGeoJson, toJsts, type JstsGeometry } from '../geom/jsts.js';
import { boxOf, BoxIndex, type Box } from '../geom/spatial-index.js';
import type { Finding, Severity } from '../model.js';
import { RULES_BY_ID } from '../rules/index.js';
import { regionsOf, widthInMillimetres } from '../rules/registered.js';
import type { BatchParcel, BatchPhoto } from './check-one.js';

/** One checked submission as the cross checks see it. */
export interface CrossInput {
  /** How the submission is named in the other's findings (its path as listed in the batch). */
  name: string;
  parcels: BatchParcel[];
  photos: BatchPhoto[];
}

// Rule ids reused from the catalogue: RULES.md has photos/duplicate cover "across submissions"; the other
// submission's parcel plays the registered neighbour of tolerance/registered-overlap (Art. 2(3)).
const OVERLAP_RULE = 'tolerance/registered-overlap';
const PHOTO_RULE = 'photos/duplicate';
export const OTHER_SUBMISSION_MESSAGE = 'otherSubmission';

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The severity a rule's findings get under this profile and config, or null when the rule is off or not in the profile. */
function severityOf(ruleId: string, settings: Settings): Severity | null {
  const configured = settings.ruleSettings[ruleId];
  if (configured === 'off' || !settings.rules.includes(ruleId)) return null;
  return configured ?? RULES_BY_ID.get(ruleId)!.meta.severity;
}

function finding(ruleId: string, severity: Severity, settings: Settings, data: Record<string, string | number>, fields: Partial<Finding>): Finding {
  const rule = RULES_BY_ID.get(ruleId)!;
  return {
    ruleId, severity, messageId: OTHER_SUBMISSION_MESSAGE,
    message: renderMessage((rule.meta.messages as Record<string, string>)[OTHER_SUBMISSION_MESSAGE] ?? OTHER_SUBMISSION_MESSAGE, data),
    data, reference: rule.meta.basis ? `${settings.referencePrefix}, ${rule.meta.basis}` : null,
    layer: null, file: null, featureIndex: null, featureId: null, location: null, measured: null, limit: null, unit: null, geometry: null,
    ...fields,
  };
}

interface Claim {
  submission: number;
  parcel: BatchParcel;
  shape: JstsGeometry;
  box: Box;
}

function claimsOf(inputs: readonly CrossInput[]): Claim[] {
  const claims: Claim[] = [];
  inputs.forEach((input, submission) => {
    for (const parcel of input.parcels) {
      try {
        const shape = toJsts(parcel.geometry);
        if (!shape.isEmpty()) claims.push({ submission, parcel, shape, box: boxOf(shape) });
      } catch {
        // unbuildable: geometry/valid reports it in its own submission
      }
    }
  });
  return claims;
}

/**
 * Findings to add to each submission (same order as `inputs`): every pair of parcels of two different
 * submissions overlapping by a width > `registeredOverlap` is an error on both, and every photo whose
 * SHA-256 appears in another submission is a finding on both. Overlaps within the tolerance are left alone:
 * neighbouring jobs drawn by different surveyors touch within it all the time.
 */
export function crossSubmissionFindings(inputs: readonly CrossInput[], settings: Settings): Finding[][] {
  const added: Finding[][] = inputs.map(() => []);
  const limit = settings.tolerances.registeredOverlap;

  const overlapSeverity = severityOf(OVERLAP_RULE, settings);
  if (overlapSeverity) {
    const claims = claimsOf(inputs);
    const boxes = claims.map((claim) => claim.box);
    for (const [i, j] of new BoxIndex(boxes).pairs(boxes)) {
      const [a, b] = [claims[i]!, claims[j]!];
      if (a.submission === b.submission) continue; // within one submission: topology/parcel-overlap's job
      let shared: JstsGeometry;
      try {
        if (!a.shape.relate(b.shape, 'T********')) continue;
        shared = a.shape.intersection(b.shape);
      } catch {
        continue; // an invalid parcel jsts cannot overlay: geometry/valid names it
      }
      for (const { region, location } of regionsOf(shared)) {
        const width = widthInMillimetres(region);
        if (!(width > limit)) continue;
        const area = round(region.getArea(), 2);
        const geometry = toGeoJson(region);
        for (const [self, other] of [[a, b], [b, a]] as const) {
          const data = {
            submission: inputs[other.submission]!.name, otherParcel: other.parcel.featureId ?? `#${other.parcel.featureIndex}`,
            width: width.toFixed(3), limit: limit.toFixed(2), area: area.toFixed(2),
          };
          added[self.submission]!.push(finding(OVERLAP_RULE, overlapSeverity, settings, data, {
            layer: 'parcel', file: self.parcel.file, featureIndex: self.parcel.featureIndex, featureId: self.parcel.featureId,
            location: [round(location[0], 3), round(location[1], 3)], measured: round(width, 4), limit: round(limit, 4), unit: 'm', geometry,
          }));
        }
      }
    }
  }

  const photoSeverity = severityOf(PHOTO_RULE, settings);
  if (photoSeverity) {
    // The first file of each SHA-256 in each submission, by submission.
    const bySha = new Map<string, Map<number, BatchPhoto>>();
    inputs.forEach((input, submission) => {
      for (const photo of input.photos) {
        const holders = bySha.get(photo.sha256) ?? new Map<number, BatchPhoto>();
        if (!holders.has(submission)) holders.set(submission, photo);
        bySha.set(photo.sha256, holders);
      }
    });
    for (const [sha256, holders] of bySha) {
      if (holders.size < 2) continue;
      for (const [self, photo] of holders) {
        for (const [other, original] of holders) {
          if (other === self) continue;
          const data = { file: photo.file, original: original.file, submission: inputs[other]!.name, sha256: sha256.slice(0, 12) };
          added[self]!.push(finding(PHOTO_RULE, photoSeverity, settings, data, { file: photo.file }));
        }
      }
    }
  }
  return added;
}
