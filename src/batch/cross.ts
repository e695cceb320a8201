// Checks across the submissions of a batch: land claimed by two submissions, photos reused from another job. Pure.
import type { Report } from '../engine/define-rule.js';
import { optionsOf } from '../engine/options.js';
import { buildFinding } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import { toGeoJson, toJsts, type JstsGeometry } from '../geom/jsts.js';
import { FINE_WIDTH_RESOLUTION, overlapRegions } from '../geom/regions.js';
import { boxOf, type Box } from '../geom/box.js';
import { BoxIndex } from '../geom/spatial-index.js';
import type { Finding } from '../model.js';
import { RULES_BY_ID } from '../catalogue.js';
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

/** Whether the profile runs a rule and the config leaves it on. */
function isOn(ruleId: string, settings: Settings): boolean {
  return settings.rules.includes(ruleId) && settings.ruleSettings[ruleId] !== 'off';
}

function finding(ruleId: string, settings: Settings, report: Omit<Report<string>, 'messageId'>): Finding {
  return buildFinding(RULES_BY_ID.get(ruleId)!, settings, { messageId: OTHER_SUBMISSION_MESSAGE, ...report })!;
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
  // The rule whose findings these are measures with its own option (a config may set it for that rule alone).
  const limit = optionsOf({ id: OVERLAP_RULE }, settings).registeredOverlap;

  if (isOn(OVERLAP_RULE, settings)) {
    const claims = claimsOf(inputs);
    const boxes = claims.map((claim) => claim.box);
    for (const [i, j] of new BoxIndex(boxes).pairs(boxes)) {
      const [a, b] = [claims[i]!, claims[j]!];
      if (a.submission === b.submission) continue; // within one submission: topology/parcel-overlap's job
      // An invalid parcel jsts cannot overlay gives no region: geometry/valid names it.
      for (const { region, width, location } of overlapRegions(a.shape, b.shape, 0, FINE_WIDTH_RESOLUTION)) {
        if (!(width > limit)) continue;
        const area = round(region.getArea(), 2);
        const geometry = toGeoJson(region);
        for (const [self, other] of [[a, b], [b, a]] as const) {
          const data = {
            submission: inputs[other.submission]!.name, otherParcel: other.parcel.featureId ?? `#${other.parcel.featureIndex}`,
            width: width.toFixed(3), limit: limit.toFixed(2), area: area.toFixed(2),
          };
          added[self.submission]!.push(finding(OVERLAP_RULE, settings, {
            data, layer: { role: 'parcel', file: self.parcel.file },
            feature: { index: self.parcel.featureIndex, id: self.parcel.featureId, geometry: null },
            location, measured: width, limit, unit: 'm', geometry,
          }));
        }
      }
    }
  }

  if (isOn(PHOTO_RULE, settings)) {
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
          added[self]!.push(finding(PHOTO_RULE, settings, { data, file: photo.file }));
        }
      }
    }
  }
  return added;
}
