// batch --registered --reports DIR --report-format html (issue 18): each submission's HTML report draws the registered
// neighbours under its survey, with their cadastral codes, as `check --registered --format html` does.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './helpers.js';

const OVERLAP = join(REPO, 'fixtures/ge-388/rules/tolerance/registered-overlap/fail/overlap-0.31m');
const REGISTERED = join(REPO, 'fixtures/ge-388/registered/overlap-0.31m.geojson');

type SvgNode = Record<string, unknown>;

/** The report's map (`<svg class="map">`) parsed as XML: every element in document order, with its attributes and text. */
function mapElements(html: string): Array<{ name: string; attributes: Record<string, string>; text: string; parents: string[] }> {
  const start = html.indexOf('<svg class="map"');
  const end = html.indexOf('</svg>', html.lastIndexOf('class="north-arrow"')) + '</svg>'.length;
  expect(start).toBeGreaterThan(0);
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false }).parse(html.slice(start, end)) as SvgNode[];
  const found: Array<{ name: string; attributes: Record<string, string>; text: string; parents: string[] }> = [];
  const textOf = (nodes: SvgNode[]): string => nodes.map((node) => (typeof node['#text'] === 'string' ? node['#text'] : Array.isArray(Object.values(node)[0]) ? textOf(Object.values(node)[0] as SvgNode[]) : '')).join('');
  const walk = (nodes: SvgNode[], parents: string[]): void => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
      if (!name) continue;
      const attributes = (node[':@'] ?? {}) as Record<string, string>;
      const children = node[name] as SvgNode[];
      found.push({ name, attributes, text: textOf(children), parents });
      walk(children, [...parents, `${name}.${attributes.class ?? ''}`]);
    }
  };
  walk(tree, []);
  return found;
}

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cadcheck-batch-registered-'));
  cpSync(OVERLAP, join(root, 'inbox/overlap'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('batch HTML reports with --registered', () => {
  it("draw the registered neighbour's polygon and cadastral code under the survey, as check's report does", async () => {
    const reports = join(root, 'reports');
    const batch = await runCli(['batch', join(root, 'inbox'), '--jobs', '1', '--registered', REGISTERED, '--reports', reports, '--report-format', 'html']);
    expect([batch.exitCode, batch.stderr]).toEqual([1, '']);
    const inBatch = mapElements(readFileSync(join(reports, 'overlap.html'), 'utf8'));

    // The neighbour: one closed four-cornered ring in the registered group, drawn before (under) the survey's layers.
    const neighbour = inBatch.filter((element) => element.name === 'path' && element.attributes.class === 'layer-registered');
    expect(neighbour).toHaveLength(1);
    expect(neighbour[0]!.parents.at(-1)).toBe('g.registered');
    expect(neighbour[0]!.attributes.d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}Z$/);
    const order = inBatch.map((element) => `${element.name}.${element.attributes.class ?? ''}`);
    expect(order.indexOf('g.registered')).toBeGreaterThan(-1);
    expect(order.indexOf('g.registered')).toBeLessThan(order.indexOf('g.layers'));
    // Its cadastral code, as a label of the registered kind.
    const codes = inBatch.filter((element) => element.name === 'g' && element.attributes.class === 'label label-registered zs').map((element) => element.text);
    expect(codes).toEqual(['01.14.07.012.050']);

    // The same drawing check makes of the same survey and registry: polygon, code and where they stand.
    const alone = join(root, 'alone.html');
    const check = await runCli(['check', join(root, 'inbox/overlap'), '--registered', REGISTERED, '--format', 'html', '--output', alone]);
    expect([check.exitCode, check.stderr]).toEqual([1, '']);
    const inCheck = mapElements(readFileSync(alone, 'utf8'));
    const registeredParts = (elements: typeof inBatch) => elements.filter((element) => /registered/.test(`${element.attributes.class ?? ''} ${element.parents.join(' ')}`));
    expect(registeredParts(inBatch)).toEqual(registeredParts(inCheck));
    expect(registeredParts(inBatch).length).toBeGreaterThan(2);
  }, 60_000);

  it('without --registered the batch report draws no neighbour', async () => {
    const reports = join(root, 'reports-plain');
    const batch = await runCli(['batch', join(root, 'inbox'), '--jobs', '1', '--reports', reports, '--report-format', 'html']);
    expect(batch.stderr).toBe('');
    const elements = mapElements(readFileSync(join(reports, 'overlap.html'), 'utf8'));
    expect(elements.filter((element) => /registered/.test(element.attributes.class ?? ''))).toEqual([]);
    expect(elements.filter((element) => element.name === 'path').length).toBeGreaterThan(0);
  }, 60_000);
});
