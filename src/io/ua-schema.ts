// Holds a Ukrainian exchange file against the format's own XML Schema (version 0.7, shipped in schema/ua-exchange/) with
// libxml2 compiled to WebAssembly (xmllint-wasm): the State Land Cadastre validates against this schema first, so a
// file that fails it is bounced whatever else is right. Imported only by the ua-1051 reader, so other profiles never
// load the WebAssembly module. libxml2's complaints become structured problems (kind, element, path, line, column)
// that the ua/schema rule words for a surveyor; the same complaint in many places is one problem with a count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UaSchemaProblem, UaSchemaProblemKind } from '../model/ukraine.js';
import { packageRoot } from '../package-root.js';

/** The exchange format version cadcheck validates against (the schema's own `version` attribute). */
export const EXCHANGE_SCHEMA_VERSION = '0.7';
const SCHEMA_FILE = 'schema/ua-exchange/UAXML-0.7.xsd';

let schemaText: string | null = null;

/** libxml2 needs room for the document tree: the module's default 32 MiB is too small for a big exchange file. */
function memoryPagesFor(bytes: number): number {
  const PAGE = 65_536;
  return Math.min(65_536, Math.max(512, Math.ceil((64 * 2 ** 20 + bytes * 24) / PAGE)));
}

/** What libxml2 said of one element, as a kind with its expectation and the refused value. */
interface Complaint {
  kind: UaSchemaProblemKind;
  expected: string | null;
  value: string | null;
}

const LIST = /^Expected is (?:one of )?\( (.*) \)\.?$/;

/** libxml2's XML Schema messages (xmlschemas.c), read into kinds; anything else stays 'other' with its own text. */
function classify(detail: string): Complaint {
  let match: RegExpMatchArray | null;
  if ((match = /^Missing child element\(s\)\. (.*)$/s.exec(detail))) return { kind: 'missingChild', expected: LIST.exec(match[1]!.trim())?.[1] ?? null, value: null };
  if ((match = /^This element is not expected\.(.*)$/s.exec(detail))) return { kind: 'unexpected', expected: LIST.exec(match[1]!.trim())?.[1] ?? null, value: null };
  if ((match = /^The attribute '([^']+)' is not allowed\.$/.exec(detail))) return { kind: 'attributeNotAllowed', expected: null, value: match[1]! };
  if (/^Character content other than whitespace is not allowed/.test(detail)) return { kind: 'textNotAllowed', expected: null, value: null };
  if ((match = /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$/s.exec(detail))) return { kind: 'notInList', expected: match[2]!, value: match[1]! };
  if ((match = /^\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '(.*)'\.$/s.exec(detail))) return { kind: 'badPattern', expected: match[2]!, value: match[1]! };
  // libxml2 names the value of a length complaint only sometimes: the caller reads it from the document then.
  if ((match = /^\[facet '(length|minLength|maxLength)'\] The value (?:'(.*)' )?has a length of '\d+'; this (?:differs from|underruns|exceeds) the allowed (?:minimum |maximum )?length of '(\d+)'\.$/s.exec(detail))) {
    return { kind: 'badLength', expected: `${match[1] === 'length' ? '=' : match[1] === 'minLength' ? '≥' : '≤'} ${match[3]!}`, value: match[2] ?? null };
  }
  if ((match = /^'(.*)' is not a valid value of the (?:atomic|list|union) type '(.*)'\.$/s.exec(detail))) return { kind: 'wrongType', expected: match[2]!, value: match[1]! };
  return { kind: 'other', expected: null, value: null };
}

/** Where each start tag is: its 1-based line and column and its path from the root, in document order. */
interface StartTag {
  name: string;
  /** Where its content starts in the document. */
  contentOffset: number;
  line: number;
  column: number;
  path: string;
}

/**
 * The start tags of a well-formed document (the reader checked that first), with their paths: a scan of `<…>` tokens
 * that skips comments, CDATA, processing instructions and the doctype. libxml2 gives only a line, so the element's
 * name on that line (or, failing that, the nearest start tag of that name before it) tells the column and the path.
 */
function startTags(xml: string): StartTag[] {
  const tags: StartTag[] = [];
  const stack: string[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const advanceTo = (offset: number): void => {
    for (let i = scanned; i < offset; i++) {
      if (xml.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = offset;
  };
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)[^>]*?(\/?)>/g;
  for (let match = token.exec(xml); match; match = token.exec(xml)) {
    if (match[1] !== undefined) {
      stack.pop();
    } else if (match[2] !== undefined) {
      advanceTo(match.index);
      const name = match[2];
      stack.push(name);
      tags.push({ name, contentOffset: match.index + match[0].length, line, column: match.index - lineStart + 1, path: stack.join('/') });
      if (match[3] === '/') stack.pop();
    }
  }
  return tags;
}

function locate(tags: StartTag[], element: string, line: number): StartTag | null {
  let before: StartTag | null = null;
  for (const tag of tags) {
    if (tag.line > line) break;
    if (tag.name === element) {
      if (tag.line === line) return tag;
      before = tag;
    }
  }
  return before;
}

/** Validates one exchange file; one problem per distinct complaint (kind, element, expectation), first place and count. */
export async function validateExchangeSchema(xml: string): Promise<UaSchemaProblem[]> {
  const { validateXML } = await import('xmllint-wasm');
  schemaText ??= readFileSync(join(packageRoot(), SCHEMA_FILE), 'utf8');
  // Fixed names: the submission's own file name never reaches xmllint's command line.
  const result = await validateXML({
    xml: [{ fileName: 'exchange.xml', contents: xml }],
    schema: [{ fileName: 'UAXML.xsd', contents: schemaText }],
    maxMemoryPages: memoryPagesFor(Buffer.byteLength(xml)),
  });
  if (result.valid) return [];
  const tags = startTags(xml);
  const problems = new Map<string, UaSchemaProblem>();
  // libxml2 says "text not allowed" and "missing child" of one element for one mistake (<MeasurementUnit>M</…>): one problem.
  const textAt = new Map<string, UaSchemaProblem>();
  for (const error of result.errors) {
    const line = error.loc?.lineNumber ?? 0;
    const message = error.message.replace(/^Schemas validity error : /, '').trim();
    const match = /^Element '([^']+)'(?:, attribute '[^']+')?: (.*)$/s.exec(message);
    const element = match?.[1] ?? '';
    const detail = match?.[2] ?? message;
    const complaint = classify(detail);
    const here = `${element}\u0000${line}`;
    const textProblem = textAt.get(here);
    if (textProblem && complaint.kind === 'missingChild') {
      textProblem.expected ??= complaint.expected;
      continue;
    }
    const key = `${complaint.kind}\u0000${element}\u0000${complaint.expected ?? (complaint.kind === 'other' ? detail : '')}`;
    const known = problems.get(key);
    if (known) {
      known.count++;
      continue;
    }
    const tag = locate(tags, element, line);
    const value = complaint.value ?? (complaint.kind === 'badLength' && tag ? xml.slice(tag.contentOffset, xml.indexOf('<', tag.contentOffset)).trim() : null);
    const problem: UaSchemaProblem = {
      ...complaint, value, element, detail,
      line: tag?.line ?? line, column: tag?.column ?? 1, path: tag?.path ?? element,
      count: 1,
    };
    problems.set(key, problem);
    if (complaint.kind === 'textNotAllowed') textAt.set(here, problem);
  }
  return [...problems.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
