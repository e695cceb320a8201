// The published JSON Schemas are themselves valid draft-07 schemas (the CLI skips this check at start-up).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

const Ajv = AjvModule.default;
// Our own schemas; the SARIF schema is OASIS's and is exercised by the SARIF reporter's test.
const schemas = readdirSync(join(REPO, 'schema')).filter((name) => name.endsWith('.schema.json') && !name.startsWith('sarif'));

describe('schema/', () => {
  it.each(schemas)('%s is a valid JSON Schema', (name) => {
    const schema = JSON.parse(readFileSync(join(REPO, 'schema', name), 'utf8')) as { $schema: string };
    const ajv = new Ajv({ strict: false, validateSchema: true });
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });
});
