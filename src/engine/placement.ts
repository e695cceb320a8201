// A layer that is not placed on the earth is not measured: the rules that would have measured it say so once each.
//
// The reader decides placement (src/geom/placement.ts): a layer whose CRS is unknown (input/crs-defined) or not one of
// the profile's (input/crs-expected), or with a coordinate outside the profile's extent (input/coordinates-plausible), is
// not `measurable`, and every measuring rule already skips such layers. Here, in one place rather than in every rule, the
// engine adds one info per measuring rule and layer — "not checked: the layer is not placed" — so that the report says
// what was not checked instead of findings computed from misplaced coordinates (RULES.md, input/coordinates-plausible).
import type { Layer, Submission } from '../model.js';
import type { RuleDefinition } from './define-rule.js';

/** The layers a rule would have measured (its `meta.measures`) but that are not placed, in file order. */
export function unplacedLayersFor(rule: RuleDefinition, submission: Submission): Layer[] {
  const roles = rule.meta.measures;
  if (!roles) return [];
  return submission.layers.filter((layer) => !layer.measurable && layer.role !== null && roles.includes(layer.role));
}
