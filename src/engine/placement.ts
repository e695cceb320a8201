// A layer that is not placed on the earth is not measured: the rules that would have measured it say so once each.
//
// The reader decides placement (src/geom/placement.ts): a layer whose CRS is unknown (input/crs-defined) or not one of
// the profile's (input/crs-expected), or with a coordinate outside the profile's extent (input/coordinates-plausible), is
// not `measurable`, and every measuring rule already skips such layers. Here, in one place rather than in every rule, the
// engine adds one info per measuring rule and layer — "not checked: the layer is not placed" — so that the report says
// what was not checked instead of findings computed from misplaced coordinates (RULES.md, input/coordinates-plausible).
import type { Layer, Role, Submission } from '../model.js';
import { ROLES } from '../model.js';

/**
 * The rules that measure coordinates, with the roles of the layers they measure. A rule that measures one role against
 * another (buildings within parcels) is listed with both: with the parcel layer unplaced it checks nothing either.
 */
export const MEASURED_ROLES: Readonly<Record<string, readonly Role[]>> = {
  'geometry/valid': ROLES,
  'geometry/pinched-multipart': ROLES,
  'geometry/duplicate': ROLES,
  'geometry/repeated-vertex': ROLES,
  'topology/building-within-parcel': ['parcel', 'building'],
  'topology/servitude-within-parcel': ['parcel', 'obligation'],
  'topology/line-single-piece': ['linear'],
  'topology/line-duplicate': ['linear'],
  'topology/point-on-line-vertex': ['linear', 'points'],
  'topology/parcel-overlap': ['parcel'],
  'topology/parcel-gap': ['parcel'],
  'topology/contours-match-registered': ['parcel'],
  'tolerance/registered-overlap': ['parcel'],
  'tolerance/registered-gap': ['parcel'],
  'tolerance/vertex-near-miss': ['parcel'],
  'attributes/area-matches-geometry': ['parcel'],
  'attributes/linear-length': ['linear'],
  'photos/near-parcel': ['parcel'],
};

/** The layers a rule would have measured but that are not placed, in file order. */
export function unplacedLayersFor(ruleId: string, submission: Submission): Layer[] {
  const roles = MEASURED_ROLES[ruleId];
  if (!roles) return [];
  return submission.layers.filter((layer) => !layer.measurable && layer.role !== null && roles.includes(layer.role));
}
