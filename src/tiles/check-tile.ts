// One tile checked: the tiled rules over the parcels near it, keeping the findings it owns (anchor point inside it; for a
// rule about one feature alone, the feature's box centre) and saying whether any finding reached too close to the edge
// of what was loaded to be trusted.
import type { Finding, Layer, Submission } from '../model.js';
import type { Settings } from '../engine/settings.js';
import { emptyBox, expandBox } from '../geom/box.js';
import { boundsOfGeometry, grown, inTile, meets, within, type Bounds } from './plan.js';
import { FEATURE_RULES, TILED_RULES } from './layers.js';

/** What a tile check is given: plain data, so it can be sent to another thread. */
export interface TileJob {
  tile: number;
  /** The tile's own half-open bounds: it owns the findings anchored here. */
  bounds: Bounds;
  /** The area loaded: the bounds grown by the halo. Every parcel whose box meets it is in `submission`, whole. */
  area: Bounds;
  /** The widest reach of a relation rule (the largest tolerance): a finding this close to the area's edge may see past it. */
  margin: number;
  /** True when the area holds every parcel of the layer: nothing lies beyond it, every finding is final. */
  whole: boolean;
  /** The submission with only the tiled layers, each holding the parcels that meet `area`. */
  submission: Submission;
  settings: Settings;
  now: string;
  surveyDate: string | null;
}

export interface TileResult {
  tile: number;
  /** The findings anchored in the tile, when `complete`. */
  findings: Finding[];
  /**
   * False when a finding in or near the tile reached within `margin` of the loaded area's edge: parcels beyond it could
   * change it, so the tile must be checked again with a wider halo.
   */
  complete: boolean;
}

/**
 * The engine run over `settings.rules` (the caller composes it from the catalogue: the tiles know no rule list). Its
 * findings in any order; the tiles sort what they join.
 */
export type RulesRunner = (submission: Submission, settings: Settings, options: { now: Date; surveyDateOverride: string | null }) => Finding[];

/** The rules whose finding on a parcel can depend on all of that parcel's neighbours (they stop counting past a cap). */
const COUNTING_RULES: ReadonlySet<string> = new Set(['topology/parcel-overlap', 'tolerance/vertex-near-miss']);

/** The box of a finding's anchor and geometry, or null when it has neither. */
function extentOf(finding: Finding): Bounds | null {
  const geometry = boundsOfGeometry(finding.geometry);
  const location = finding.location;
  if (!location) return geometry;
  return expandBox(geometry ?? emptyBox(), location[0], location[1]);
}

function featureBoxes(layers: readonly Layer[]): Map<string, Bounds | null> {
  const boxes = new Map<string, Bounds | null>();
  for (const layer of layers) for (const feature of layer.features) boxes.set(`${layer.file}\u0000${feature.index}`, boundsOfGeometry(feature.geometry));
  return boxes;
}

export function checkTile(job: TileJob, runRules: RulesRunner): TileResult {
  const { settings, bounds, area, margin } = job;
  const found = runRules(job.submission, { ...settings, rules: settings.rules.filter((id) => TILED_RULES.has(id)) }, { now: new Date(job.now), surveyDateOverride: job.surveyDate });
  const boxes = featureBoxes(job.submission.layers);
  const featureBox = (finding: Finding): Bounds | null => (finding.featureIndex === null ? null : boxes.get(`${finding.file}\u0000${finding.featureIndex}`) ?? null);
  // Far enough inside the loaded area that no parcel beyond it is within reach of a relation rule.
  const trusted = grown(area, -margin);
  const holdsCentre = (box: Bounds): boolean => inTile(bounds, (box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2);
  const owned = (finding: Finding): boolean => {
    if (finding.location) return inTile(bounds, finding.location[0], finding.location[1]);
    const box = featureBox(finding);
    // No place at all (not given by any tiled rule today): the first tile says it.
    return box ? holdsCentre(box) : job.tile === 0;
  };
  const findings: Finding[] = [];
  let complete = true;
  for (const finding of found) {
    // A rule about one feature alone: the parcel is loaded whole in every tile that meets it, so its findings are final
    // in each; the tile holding its box centre (the plan's own place for it: exactly one tile) says them.
    const ownBox = FEATURE_RULES.has(finding.ruleId) ? featureBox(finding) : null;
    if (ownBox) {
      if (holdsCentre(ownBox)) findings.push(finding);
      continue;
    }
    const extent = extentOf(finding);
    const mine = owned(finding);
    if (!job.whole) {
      const box = COUNTING_RULES.has(finding.ruleId) ? featureBox(finding) : null;
      const safe = (extent === null || within(extent, trusted)) && (box === null || within(box, trusted));
      // A finding cut short by the area's edge can have its anchor elsewhere than its whole would: one that reaches into
      // the tile counts too, whoever it seems to belong to.
      if (!safe && (mine || (extent !== null && meets(grown(extent, margin), bounds)))) {
        complete = false;
        break;
      }
    }
    if (mine) findings.push(finding);
  }
  return { tile: job.tile, findings: complete ? findings : [], complete };
}
