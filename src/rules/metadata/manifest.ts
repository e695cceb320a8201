// metadata/manifest: the submission has a manifest that parses and fits its schema (Art. 7).
import { defineRule } from '../../engine/define-rule.js';
import { textOf } from '../fields.js';
import { lazySchemaCheck, type SchemaProblem } from '../../engine/json-schema.js';
import { closestId, editDistance } from '../../engine/suggest.js';

/** A key compared ignoring case, `_` and `-`: survey_date is surveyDate. */
function normalisedKey(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}
import { packageJson } from '../../package-root.js';

const manifestSchema = packageJson<{ properties: Record<string, unknown> }>('schema/manifest.schema.json');
const checkManifest = lazySchemaCheck(manifestSchema);

/** Items of a list named by their place ([3]) count as one key ([*]): one problem repeated down a list is one finding. */
const SHOWN_ITEMS = 3;

/**
 * The schema's problems with each repeated one said once: 60,000 bad codes in `method` are one finding naming the first
 * few and the count, not 60,000 findings. A problem met once is reported as before.
 */
function groupedProblems(problems: SchemaProblem[]): SchemaProblem[] {
  const groups = new Map<string, SchemaProblem[]>();
  for (const problem of problems) {
    const key = `${problem.path.replace(/\[\d+\]/g, '[*]')}\u0000${problem.message}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const shown = group.slice(0, SHOWN_ITEMS).map((problem) => problem.path).join(', ');
    const more = group.length > SHOWN_ITEMS ? ', …' : '';
    return { path: group[0]!.path.replace(/\[\d+\]/g, '[*]'), message: `${group[0]!.message} (${group.length} items: ${shown}${more})` };
  });
}

type FormId = 'codeList' | 'oneOf' | 'layerRole' | 'wholeNumber' | 'number' | 'text' | 'trueFalse' | 'object' | 'list';

/** What a correct value looks like, for the keys whose form a surveyor may not guess. */
const EXAMPLES: Record<string, string> = {
  scale: '500', 'paper.parcelArea': '1234', 'paper.buildings[*].storeys': '2',
  surveyDate: '"2024-05-14"', drawingDate: '"2024-05-14"', crs: '"EPSG:32638"', profile: '"ge-388"',
  'paper.buildings[*].number': '"01"', 'paper.buildings[*].condition': '"built"',
  sourceParcels: '["01.14.07.012.034"]', 'paper.buildings': '[{ "number": "01", "storeys": 2, "condition": "built" }]',
  performer: '{ "name": "…", "id": "…" }', applicant: '{ "name": "…", "id": "…" }', paper: '{ "parcelArea": 1234 }', layers: '{ "parcel": "parcel.shp" }',
};

interface SchemaNode { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; items?: SchemaNode; properties?: Record<string, SchemaNode>; additionalProperties?: SchemaNode }

/** The schema of a path ("paper.buildings[0].storeys"), or null. */
function schemaAt(path: string): SchemaNode | null {
  let node: SchemaNode | undefined = manifestSchema as SchemaNode;
  for (const part of path.replace(/\[(\d+|\*)\]/g, '.[]').split('.').filter(Boolean)) {
    node = part === '[]' ? node?.items : node?.properties?.[part] ?? node?.additionalProperties;
    if (!node) return null;
  }
  return node ?? null;
}

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A value as it is written in the JSON, shortened. */
function written(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** The message saying the expected form of a wrong value, with where it is written; null for a problem said as the schema says it. */
function expectedForm(problem: SchemaProblem, data: Record<string, unknown>, positions: ReadonlyMap<string, { line: number; column: number }> | null): { key: string; messageId: FormId; data: Record<string, string | number> } | null {
  const path = problem.path;
  if (!path) return null;
  // A wrong code inside method (method[2]) is about the whole list.
  const codeList = /^method(\[[\d*]+\])?$/.test(path);
  const key = codeList ? 'method' : path;
  const where = positions?.get(key) ?? positions?.get(key.replace(/\[\*\]/, '[0]')) ?? { line: 1, column: 1 };
  const at = { line: where.line, column: where.column };
  const value = written(valueAt(data, key.replace(/\[\*\]/, '[0]')));
  if (codeList) return { key, messageId: 'codeList', data: { ...at, key, value, min: 1, max: 6 } };
  const parent = path.replace(/\.[^.]*$/, '');
  if (parent === 'layers' && /is not an allowed name/.test(problem.message)) {
    const name = path.slice('layers.'.length);
    const roles = ((manifestSchema as { properties: { layers: { propertyNames: { enum: string[] } } } }).properties.layers.propertyNames.enum);
    const keyAt = positions?.get(`${path}#key`) ?? where;
    return { key, messageId: 'layerRole', data: { line: keyAt.line, column: keyAt.column, key: name, allowed: roles.join(', '), closest: closestId(name, roles) ?? roles[0]! } };
  }
  const node = schemaAt(path);
  if (!node) return null;
  const example = EXAMPLES[path.replace(/\[\d+\]/g, '[*]')];
  if (node.enum) {
    const allowed = node.enum.map(String);
    return { key, messageId: 'oneOf', data: { ...at, key, value, allowed: allowed.map((v) => `"${v}"`).join(', '), closest: closestId(textOf(valueAt(data, path)), allowed) ?? allowed[0]! } };
  }
  switch (node.type) {
    case 'integer': return { key, messageId: 'wholeNumber', data: { ...at, key, value, min: node.minimum ?? 0, example: example ?? '1' } };
    case 'number': return { key, messageId: 'number', data: { ...at, key, value, min: node.minimum ?? 0, example: example ?? '1' } };
    case 'string': return { key, messageId: 'text', data: { ...at, key, value, example: example ?? '"…"' } };
    case 'boolean': return { key, messageId: 'trueFalse', data: { ...at, key, value } };
    case 'object': return { key, messageId: 'object', data: { ...at, key, value, example: example ?? '{ … }' } };
    case 'array': return { key, messageId: 'list', data: { ...at, key, value, example: example ?? '[ … ]' } };
    default: return null;
  }
}

export default defineRule({
  id: 'metadata/manifest',
  meta: {
    severity: 'error',
    basis: 'Art. 7',
    description: 'The submission has a cadcheck.json manifest that parses and fits the manifest schema',
    messages: {
      missing: 'No cadcheck.json manifest: run `cadcheck init` in the survey folder and fill it in',
      unparsable: 'cadcheck.json cannot be used ({reason}): the paper-version facts are not checked',
      invalidJson: 'cadcheck.json is not valid JSON: it breaks at line {line}, column {column} ({near}); a comma or quote is missing or extra there or just before. The paper-version facts are not checked',
      schema: '{key} {problem}',
      unknownKey: 'Unknown key "{key}" (ignored)',
      unknownKeyNear: 'Line {line}, column {column}: unknown key "{key}" (ignored); did you mean "{closest}"?',
      codeList: 'Line {line}, column {column}: "{key}": {value} — {key} must be a list of codes {min}–{max}, e.g. [{min}]',
      oneOf: 'Line {line}, column {column}: "{key}": {value} — {key} must be one of {allowed}; did you mean "{closest}"?',
      layerRole: 'Line {line}, column {column}: "{key}" is not a layer role — the roles are {allowed}; did you mean "{closest}"?',
      wholeNumber: 'Line {line}, column {column}: "{key}": {value} — {key} must be a whole number of at least {min}, without quotes, e.g. {example}',
      number: 'Line {line}, column {column}: "{key}": {value} — {key} must be a number of at least {min}, without quotes, e.g. {example}',
      text: 'Line {line}, column {column}: "{key}": {value} — {key} must be text in quotes, e.g. {example}',
      trueFalse: 'Line {line}, column {column}: "{key}": {value} — {key} must be true or false, without quotes',
      object: 'Line {line}, column {column}: "{key}": {value} — {key} must be an object in braces, e.g. {example}',
      list: 'Line {line}, column {column}: "{key}": {value} — {key} must be a list in brackets, e.g. {example}',
    },
  },
  check({ submission, report }) {
    const { manifest } = submission;
    const file = manifest.file;
    if (manifest.data === null) {
      if (manifest.syntax) report({ messageId: 'invalidJson', file, data: { ...manifest.syntax, near: manifest.syntax.near || '—' } });
      // A manifest too big or too deep to read is input/readable's finding already: one finding, not two.
      else if (manifest.problem && !submission.problems.some((problem) => problem.file === file)) report({ messageId: 'unparsable', file, data: { reason: manifest.problem } });
      else if (!manifest.problem) report({ messageId: 'missing', file });
      return;
    }
    const said = new Set<string>();
    for (const problem of groupedProblems(checkManifest(manifest.data))) {
      const form = expectedForm(problem, manifest.data, manifest.positions ?? null);
      if (form) {
        // One finding per key: "method": ["a", "b"] is one wrong list, not two wrong codes.
        if (said.has(form.key)) continue;
        said.add(form.key);
        report({ messageId: form.messageId, file, data: form.data });
      } else {
        report({ messageId: 'schema', file, data: { key: problem.path || '(root)', problem: problem.message } });
      }
    }
    // Unknown top-level keys are a warning, not an error: forward compatibility (SUBMISSION.md).
    for (const key of Object.keys(manifest.data)) {
      if (key in manifestSchema.properties) continue;
      // A misspelt key ("surveydate", "survey_date") is most likely a fact the surveyor meant to give: say which.
      const closest = closestId(key, Object.keys(manifestSchema.properties));
      const near = closest !== null && (normalisedKey(key) === normalisedKey(closest) || editDistance(key.toLowerCase(), closest.toLowerCase()) <= Math.max(2, Math.floor(closest.length / 4)));
      const where = manifest.positions?.get(`${key}#key`);
      if (near && where) report({ messageId: 'unknownKeyNear', file, severity: 'warning', data: { key, closest, line: where.line, column: where.column } });
      else report({ messageId: 'unknownKey', file, severity: 'warning', data: { key } });
    }
  },
});
