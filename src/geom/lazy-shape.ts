// A polygon feature whose box is known from its coordinates and whose jsts shape is built only when a rule asks for it:
// on a big clean coverage most parcels never need one (raw-coordinate proofs settle them), and building them all was
// most of the memory.
import type { Box } from './box.js';
import type { JstsGeometry } from './jsts.js';
import type { Feature, Geometry, Layer } from '../model.js';

export class LazyShape<L extends Layer | null = Layer> {
  private built: JstsGeometry | null = null;

  /** `build` must succeed for this feature's geometry: the caller has proven it (a closed ring with area). */
  constructor(readonly layer: L, readonly feature: Feature, readonly box: Box, private readonly build: (geometry: Geometry) => JstsGeometry) {}

  get shape(): JstsGeometry {
    return (this.built ??= this.build(this.feature.geometry!));
  }
}
