// The bundle validates the manifest and the config with ajv's standalone code compiled at build time
// (src/engine/schema-code.ts, scripts/bundle.mjs), the sources with ajv compiling the schema at run time: both must
// give the same errors, in the same order, for the same value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AjvModule from 'ajv';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { SCHEMA_OPTIONS } from '../src/engine/json-schema.js';
import type { PrecompiledSchema } from '../src/engine/precompiled-schemas.js';
import { PRECOMPILED_SCHEMA_FILES, precompiledSchemasModule } from '../src/engine/schema-code.js';
import { REPO } from './helpers.js';
import { tempDir } from './hostile/helpers.js';

const Ajv = AjvModule.default;

const schemas = PRECOMPILED_SCHEMA_FILES.map((file) => JSON.parse(readFileSync(join(REPO, file), 'utf8')) as { $id: string; properties: Record<string, unknown> });

/** The module as the bundle gets it, bundled as scripts/bundle.mjs bundles it (its ajv runtime helpers included). */
async function precompiledModule(): Promise<Record<string, PrecompiledSchema>> {
  const outfile = join(tempDir('precompiled-schemas'), 'precompiled-schemas.mjs');
  await build({ stdin: { contents: precompiledSchemasModule(schemas), resolveDir: REPO, loader: 'js' }, bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  return ((await import(pathToFileURL(outfile).href)) as { PRECOMPILED: Record<string, PrecompiledSchema> }).PRECOMPILED;
}

const ODD_VALUES: unknown[] = [5, -1, 0.5, 'x', '', [], [1, 'a', null], {}, { a: 1 }, null, true];

/** The value, then the value with each of its values in turn (at any depth) and each known key replaced by each odd value, and an unknown key. */
function variants(value: Record<string, unknown>, keys: string[]): unknown[] {
  const out: unknown[] = [value, ...ODD_VALUES, { ...value, notAKey: 1 }];
  const visit = (node: unknown, replace: (replacement: unknown) => unknown): void => {
    for (const odd of ODD_VALUES) out.push(replace(odd));
    if (Array.isArray(node)) node.forEach((child: unknown, at) => visit(child, (replacement) => replace(node.map((item: unknown, index) => (index === at ? replacement : item)))));
    else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) visit(child, (replacement) => replace({ ...node, [key]: replacement }));
  };
  for (const key of keys) if (!(key in value)) for (const odd of ODD_VALUES) out.push({ ...value, [key]: odd });
  visit(value, (replacement) => replacement);
  return out;
}

const STARTS: Record<string, Record<string, unknown>> = {
  'https://cadcheck.dev/schema/manifest.schema.json': JSON.parse(readFileSync(join(REPO, 'fixtures/ge-388/valid/cadcheck.json'), 'utf8')) as Record<string, unknown>,
  'https://cadcheck.dev/schema/config.schema.json': {
    profile: 'ge-388', rules: { 'geometry/valid': 'off', 'tolerance/parcel-gap': ['warning', { gap: 0.3 }] }, tolerances: { accuracy: 0.1 },
    timeZone: 'Asia/Tbilisi', limits: { maxHeapMb: 512, maxJsonDepth: 50 }, layerNames: { parcels: ['parcels'] }, extent: [40, 41, 46, 44],
  },
};

describe('precompiled schemas', () => {
  it.each(schemas.map((schema) => [schema.$id, schema] as const))('%s: the same errors as compiled at run time', async (id, schema) => {
    const precompiled = (await precompiledModule())[id]!;
    expect(precompiled.source).toBe(JSON.stringify(schema));
    const compiled = new Ajv(SCHEMA_OPTIONS).compile(schema);
    const values = variants(STARTS[id]!, Object.keys(schema.properties));
    expect(values.length).toBeGreaterThan(100);
    let failing = 0;
    for (const value of values) {
      const valid = compiled(value);
      expect(precompiled.validate(value), JSON.stringify(value)).toBe(valid);
      expect(precompiled.validate.errors ?? null, JSON.stringify(value)).toEqual(compiled.errors ?? null);
      if (!valid) failing++;
    }
    expect(failing).toBeGreaterThan(50);
  });
});
