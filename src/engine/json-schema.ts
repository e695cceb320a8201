// JSON Schema validation (ajv), with errors said as "key: problem" so a user can find the bad key.
import { createRequire } from 'node:module';
import type AjvModule from 'ajv';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { PRECOMPILED } from './precompiled-schemas.js';

export interface SchemaProblem {
  /** The offending key as a dotted path (`tolerances.accuracy`, `performer.name`), or '' for the root. */
  path: string;
  message: string;
}

export type SchemaCheck = (value: unknown) => SchemaProblem[];

function pathOf(error: ErrorObject): string {
  const parts = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
  if (error.keyword === 'propertyNames') parts.push(String((error.params as { propertyName: string }).propertyName));
  // An error inside propertyNames (enum, pattern) is about a key: name that key, not its parent.
  else if (error.propertyName !== undefined) parts.push(error.propertyName);
  return parts.map((part) => (/^\d+$/.test(part) ? `[${part}]` : part)).join('.').replace(/\.\[/g, '[');
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return 'is not a known key';
  if (error.propertyName !== undefined) return `is not an allowed name: it ${describe({ ...error, propertyName: undefined })}`;
  if (error.keyword === 'enum') return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return error.message ?? 'is invalid';
}

/**
 * How every schema is compiled, at run time here and ahead of time for the bundle (src/engine/schema-code.ts).
 * validateSchema: false skips compiling the draft-07 meta-schema (~100 ms of a cold run); our schemas are checked
 * against it once, in test/schemas.test.ts, instead of on every start.
 */
export const SCHEMA_OPTIONS: Options = { allErrors: true, strict: false, validateSchema: false };

/** The bundle's validator compiled ahead of time from this very schema (precompiled-schemas.ts), else null. */
function precompiled(schema: object): ValidateFunction | null {
  const id = (schema as { $id?: unknown }).$id;
  const entry = typeof id === 'string' ? PRECOMPILED[id] : undefined;
  return entry && entry.source === JSON.stringify(schema) ? entry.validate : null;
}

/**
 * ajv compiling the schema now. ajv is required only here: the bundle has every schema a run checks precompiled, so
 * it neither carries ajv nor spends ~4 ms of each thread's start loading it (CommonJS: its class is the default export's default).
 */
function compile(schema: object): ValidateFunction {
  const Ajv = (createRequire(import.meta.url)('ajv') as typeof AjvModule).default;
  return new Ajv(SCHEMA_OPTIONS).compile(schema);
}

/** Compile once, lazily: ajv's compile costs tens of milliseconds that a run without this check should not pay. */
export function lazySchemaCheck(schema: object): SchemaCheck {
  let validate: ValidateFunction | null = null;
  return (value) => {
    const compiled = (validate ??= precompiled(schema) ?? compile(schema));
    if (compiled(value)) return [];
    const problems = compiled.errors ?? [];
    return problems.map((error) => ({ path: pathOf(error), message: describe(error) }));
  };
}
