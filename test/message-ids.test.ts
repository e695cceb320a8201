// Every message id a rule declares is expected by some test, and every id a test expects is declared: the expectations
// are data (test/support/expected-messages.ts), not a search of test sources for a string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { expectedMessages, REPORTED_OUTSIDE_CHECK, UNREACHABLE } from './support/expected-messages.js';
import { findingsOf } from './support/rule-tester.js';
import { packageJson } from '../src/package-root.js';
import { messageIdsOf } from './support/message-ids.js';
import { REPO } from './helpers.js';

/** Ids the engine gives any rule's findings, never declared by a rule (src/engine/run.ts, src/engine/placement.ts). */
const ENGINE_MESSAGE_IDS = new Set(['layerNotPlaced', 'ruleCrashed']);

const key = (ruleId: string, messageId: string): string => `${ruleId} ${messageId}`;

describe('message ids', () => {
  const declared = RULES.flatMap((rule) => messageIdsOf(rule).map((messageId) => key(rule.id, messageId)));
  const expected = expectedMessages();
  const expectedKeys = new Set([...expected, ...REPORTED_OUTSIDE_CHECK, ...UNREACHABLE].map((e) => key(e.ruleId, e.messageId)));

  it('every declared message id is expected by a rule case, a fixture case\'s test row or a profile file row', () => {
    expect(declared.filter((id) => !expectedKeys.has(id))).toEqual([]);
  });

  it('every expected message id is one the rule declares (or the engine\'s own "not placed" / "crashed")', () => {
    const known = new Set(declared);
    const unknown = expected.filter((e) => !known.has(key(e.ruleId, e.messageId)) && !ENGINE_MESSAGE_IDS.has(e.messageId));
    expect(unknown.map((e) => `${key(e.ruleId, e.messageId)} (${e.where})`)).toEqual([]);
  });

  it.each(REPORTED_OUTSIDE_CHECK)('$ruleId $messageId, made outside the rule\'s check, is expected by $test', ({ ruleId, messageId, test }) => {
    expect(declared).toContain(key(ruleId, messageId));
    const source = readFileSync(join(REPO, test), 'utf8');
    expect(source).toContain(`'${messageId}'`);
    expect(source).toContain(`'${ruleId}'`);
  });

  it('reads the ids from either shape of meta.messages', () => {
    expect(messageIdsOf({ meta: { messages: { b: 'B', a: 'A' } } as never })).toEqual(['a', 'b']);
    expect(messageIdsOf({ meta: { messages: { en: { a: 'A' }, ka: { a: 'ა', b: 'ბ' } } } as never })).toEqual(['a', 'b']);
  });

  it.each(UNREACHABLE)('$ruleId $messageId is declared, and no test expects it (it is unreachable)', ({ ruleId, messageId }) => {
    expect(declared).toContain(key(ruleId, messageId));
    expect(expected.filter((e) => e.ruleId === ruleId && e.messageId === messageId)).toEqual([]);
  });
});

interface SchemaNode { properties?: Record<string, SchemaNode>; items?: SchemaNode; additionalProperties?: SchemaNode | boolean }

/** Every key of the manifest schema as a path of object keys and list places ('paper.buildings.0.storeys'). */
function schemaPaths(node: SchemaNode, prefix: string[] = []): string[][] {
  const paths: string[][] = prefix.length > 0 ? [prefix] : [];
  for (const [name, child] of Object.entries(node.properties ?? {})) paths.push(...schemaPaths(child, [...prefix, name]));
  if (node.items) paths.push(...schemaPaths(node.items, [...prefix, '0']));
  if (typeof node.additionalProperties === 'object') paths.push(...schemaPaths(node.additionalProperties, [...prefix, 'parcel']));
  return paths;
}

/** A manifest holding `value` at `path`, with the objects and lists on the way. */
function manifestWith(path: string[], value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node: Record<string, unknown> = root;
  path.forEach((part, i) => {
    if (i === path.length - 1) node[part] = value;
    else node = (node[part] = /^\d+$/.test(path[i + 1]!) ? [] : {}) as Record<string, unknown>;
  });
  return root;
}

describe('metadata/manifest "schema" is unreachable with the schema as it is', () => {
  it('no value of any JSON type at any key of the manifest schema falls through to it', () => {
    const values: unknown[] = [null, true, -1, 0, 1.5, 7, '', 'x', [], ['x'], [7], [null], {}, { x: 1 }, [{}]];
    const said = new Set<string>();
    for (const path of schemaPaths(packageJson<SchemaNode>('schema/manifest.schema.json'))) {
      for (const value of values) {
        for (const finding of findingsOf('metadata/manifest', { name: path.join('.'), submission: { manifest: manifestWith(path, value) } })) said.add(finding.messageId);
      }
    }
    expect(said.has('schema')).toBe(false);
    // The probe reaches every form the rule has, so it is not vacuous.
    expect([...said].sort()).toEqual(['codeList', 'layerRole', 'list', 'number', 'object', 'oneOf', 'text', 'trueFalse', 'wholeNumber']);
  });
});
