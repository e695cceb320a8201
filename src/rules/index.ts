// The rule registry: every rule module, kept sorted by id (a test enforces the order).
import type { RuleDefinition } from '../engine/define-rule.js';
import attributesAllowedValues from './attributes/allowed-values.js';
import attributesAreaMatchesGeometry from './attributes/area-matches-geometry.js';
import attributesBuildingNumber from './attributes/building-number.js';
import attributesComplete from './attributes/complete.js';
import attributesLinearLength from './attributes/linear-length.js';
import attributesMarkerLabel from './attributes/marker-label.js';
import attributesRequired from './attributes/required.js';
import geometryDuplicate from './geometry/duplicate.js';
import geometryEmpty from './geometry/empty.js';
import geometryPinchedMultipart from './geometry/pinched-multipart.js';
import geometryRepeatedVertex from './geometry/repeated-vertex.js';
import geometrySpike from './geometry/spike.js';
import geometryValid from './geometry/valid.js';
import inputConfigIgnored from './input/config-ignored.js';
import inputCoordinatesPlausible from './input/coordinates-plausible.js';
import inputCrsDefined from './input/crs-defined.js';
import inputCrsExpected from './input/crs-expected.js';
import inputEncoding from './input/encoding.js';
import inputGeometryType from './input/geometry-type.js';
import inputReadable from './input/readable.js';
import inputRequiredLayers from './input/required-layers.js';
import inputTooComplex from './input/too-complex.js';
import inputUnknownLayer from './input/unknown-layer.js';
import kzClosedContours from './kz/closed-contours.js';
import kzParseableLines from './kz/parseable-lines.js';
import kzPointNumbers from './kz/point-numbers.js';
import metadataDates from './metadata/dates.js';
import metadataManifest from './metadata/manifest.js';
import metadataPaperMatchesDigital from './metadata/paper-matches-digital.js';
import metadataRequired from './metadata/required.js';
import metadataScale from './metadata/scale.js';
import metadataSourceParcels from './metadata/source-parcels.js';
import photosCaptureDateMatchesSurvey from './photos/capture-date-matches-survey.js';
import photosCaptureDatePresent from './photos/capture-date-present.js';
import photosClockDisagrees from './photos/clock-disagrees.js';
import photosDuplicate from './photos/duplicate.js';
import photosIsJpeg from './photos/is-jpeg.js';
import photosMinCount from './photos/min-count.js';
import photosNearParcel from './photos/near-parcel.js';
import photosNotInFuture from './photos/not-in-future.js';
import toleranceRegisteredGap from './tolerance/registered-gap.js';
import toleranceRegisteredOverlap from './tolerance/registered-overlap.js';
import toleranceVertexNearMiss from './tolerance/vertex-near-miss.js';
import topologyBuildingWithinParcel from './topology/building-within-parcel.js';
import topologyContoursMatchRegistered from './topology/contours-match-registered.js';
import topologyLineDuplicate from './topology/line-duplicate.js';
import topologyLineSinglePiece from './topology/line-single-piece.js';
import topologyParcelGap from './topology/parcel-gap.js';
import topologyParcelOverlap from './topology/parcel-overlap.js';
import topologyPointOnLineVertex from './topology/point-on-line-vertex.js';
import topologyServitudeWithinParcel from './topology/servitude-within-parcel.js';
import uaAreaMatchesGeometry from './ua/area-matches-geometry.js';
import uaClosedBoundaries from './ua/closed-boundaries.js';
import uaCrsDeclared from './ua/crs-declared.js';
import uaPointAccuracy from './ua/point-accuracy.js';
import uaPolylineRefs from './ua/polyline-refs.js';
import uaSchema from './ua/schema.js';
import uaUniquePointIds from './ua/unique-point-ids.js';

export const RULES: readonly RuleDefinition[] = [
  attributesAllowedValues,
  attributesAreaMatchesGeometry,
  attributesBuildingNumber,
  attributesComplete,
  attributesLinearLength,
  attributesMarkerLabel,
  attributesRequired,
  geometryDuplicate,
  geometryEmpty,
  geometryPinchedMultipart,
  geometryRepeatedVertex,
  geometrySpike,
  geometryValid,
  inputConfigIgnored,
  inputCoordinatesPlausible,
  inputCrsDefined,
  inputCrsExpected,
  inputEncoding,
  inputGeometryType,
  inputReadable,
  inputRequiredLayers,
  inputTooComplex,
  inputUnknownLayer,
  kzClosedContours,
  kzParseableLines,
  kzPointNumbers,
  metadataDates,
  metadataManifest,
  metadataPaperMatchesDigital,
  metadataRequired,
  metadataScale,
  metadataSourceParcels,
  photosCaptureDateMatchesSurvey,
  photosCaptureDatePresent,
  photosClockDisagrees,
  photosDuplicate,
  photosIsJpeg,
  photosMinCount,
  photosNearParcel,
  photosNotInFuture,
  toleranceRegisteredGap,
  toleranceRegisteredOverlap,
  toleranceVertexNearMiss,
  topologyBuildingWithinParcel,
  topologyContoursMatchRegistered,
  topologyLineDuplicate,
  topologyLineSinglePiece,
  topologyParcelGap,
  topologyParcelOverlap,
  topologyPointOnLineVertex,
  topologyServitudeWithinParcel,
  uaAreaMatchesGeometry,
  uaClosedBoundaries,
  uaCrsDeclared,
  uaPointAccuracy,
  uaPolylineRefs,
  uaSchema,
  uaUniquePointIds,
] as RuleDefinition[];

export const RULES_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((rule) => [rule.id, rule]));
