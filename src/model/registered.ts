// The registered parcels a reader loads (src/io/registered.ts), as the tolerance/* and contour rules see them.
import type { Feature } from '../model.js';

/** Registered parcels near the submission, for the tolerance/* and contour rules. */
export interface RegisteredParcels {
  source: string;
  features: Feature[];
}
