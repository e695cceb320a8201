// The bundle's src/engine/precompiled-schemas.js (scripts/bundle.mjs): ajv's standalone code for the schemas a run
// checks, compiled with the options json-schema.ts compiles them with at run time, so their errors are the same
// (test/precompiled-schemas.test.ts). Run at build time only; nothing at run time imports it.
import AjvModule from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { SCHEMA_OPTIONS } from './json-schema.js';

const Ajv = AjvModule.default;
const standaloneCode = standaloneModule.default;

/** The published schemas a check (manifest) or its config (config) is validated against. */
export const PRECOMPILED_SCHEMA_FILES = ['schema/manifest.schema.json', 'schema/config.schema.json'];

/** An ES module exporting PRECOMPILED (as precompiled-schemas.ts declares it) for these schemas, each with an $id. */
export function precompiledSchemasModule(schemas: object[]): string {
  const ajv = new Ajv({ ...SCHEMA_OPTIONS, code: { source: true, esm: true } });
  const names: Record<string, string> = {};
  const entries: string[] = [];
  schemas.forEach((schema, index) => {
    const id = (schema as { $id?: unknown }).$id;
    if (typeof id !== 'string') throw new Error('a precompiled schema needs an $id');
    ajv.addSchema(schema);
    names[`precompiled${index}`] = id;
    entries.push(`${JSON.stringify(id)}: { source: ${JSON.stringify(JSON.stringify(schema))}, validate: precompiled${index} }`);
  });
  return `${standaloneCode(ajv, names)}\nexport const PRECOMPILED = {\n${entries.join(',\n')}\n};\n`;
}
