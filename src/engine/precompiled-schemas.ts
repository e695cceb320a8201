// JSON Schema validators compiled ahead of time, by the schema's $id. Run from the sources or dist/src, none: ajv
// compiles each schema at its first use (src/engine/json-schema.ts). scripts/bundle.mjs replaces this module in the
// bundle with ajv's standalone code for the schemas a run checks (src/engine/schema-code.ts), so a cold check does not
// spend ~10 ms of its thread compiling the manifest schema.
import type { ValidateFunction } from 'ajv';

export interface PrecompiledSchema {
  /** JSON.stringify of the schema it was compiled from: used only for that very schema. */
  source: string;
  validate: ValidateFunction;
}

export const PRECOMPILED: Record<string, PrecompiledSchema> = {};
