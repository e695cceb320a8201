// The rule registry: every rule module, kept sorted by id (a test enforces the order).
import type { RuleDefinition } from '../engine/define-rule.js';
import geometryDuplicate from './geometry/duplicate.js';
import geometryEmpty from './geometry/empty.js';
import geometryPinchedMultipart from './geometry/pinched-multipart.js';
import geometryRepeatedVertex from './geometry/repeated-vertex.js';
import geometryValid from './geometry/valid.js';
import inputCoordinatesPlausible from './input/coordinates-plausible.js';
import inputCrsDefined from './input/crs-defined.js';
import inputCrsExpected from './input/crs-expected.js';
import inputEncoding from './input/encoding.js';
import inputGeometryType from './input/geometry-type.js';
import inputReadable from './input/readable.js';
import inputRequiredLayers from './input/required-layers.js';
import inputUnknownLayer from './input/unknown-layer.js';
import metadataDates from './metadata/dates.js';
import metadataManifest from './metadata/manifest.js';
import metadataRequired from './metadata/required.js';

export const RULES: readonly RuleDefinition[] = [
  geometryDuplicate,
  geometryEmpty,
  geometryPinchedMultipart,
  geometryRepeatedVertex,
  geometryValid,
  inputCoordinatesPlausible,
  inputCrsDefined,
  inputCrsExpected,
  inputEncoding,
  inputGeometryType,
  inputReadable,
  inputRequiredLayers,
  inputUnknownLayer,
  metadataDates,
  metadataManifest,
  metadataRequired,
] as RuleDefinition[];

export const RULES_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((rule) => [rule.id, rule]));
