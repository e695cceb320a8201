// Reads a rule's doc page (docs/rules/<family>/<name>.md, shipped with the package) into its sections, for `explain` and SARIF help.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleDocPath, type RuleDoc } from '../model/rule-doc.js';
import { packageRoot } from '../package-root.js';

export { ruleDocPath, type RuleDoc };

export function parseRuleDoc(path: string, markdown: string): RuleDoc {
  const sections = new Map<string, string>();
  let heading: string | null = null;
  let body: string[] = [];
  const close = (): void => {
    if (heading !== null) sections.set(heading, body.join('\n').trim());
  };
  for (const line of markdown.split(/\r?\n/)) {
    const match = /^## +(.+?)\s*$/.exec(line);
    if (match) {
      close();
      heading = match[1]!;
      body = [];
    } else if (heading !== null) {
      body.push(line);
    }
  }
  close();
  return { path, markdown, sections };
}

/** Pages read so far: a batch renders the same few rules' pages for every submission, from files that do not change. */
const readPages = new Map<string, RuleDoc | null>();

/** The rule's doc page, or null when the rule has none (yet). */
export function readRuleDoc(ruleId: string): RuleDoc | null {
  // Rule ids are `family/name` of lower-case words: anything else never reaches the file system.
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return null;
  if (!readPages.has(ruleId)) {
    const path = ruleDocPath(ruleId);
    const full = join(packageRoot(), path);
    readPages.set(ruleId, existsSync(full) ? parseRuleDoc(path, readFileSync(full, 'utf8')) : null);
  }
  return readPages.get(ruleId)!;
}

/**
 * The first paragraph of the rule's "How to fix" section on one line, for the reports (each finding carries it), or
 * null when the rule has no doc page or no such section.
 */
export function howToFix(ruleId: string): string | null {
  const section = readRuleDoc(ruleId)?.sections.get('How to fix');
  if (!section) return null;
  const first = section.split(/\n\s*\n/)[0]!;
  return first.replace(/\s*\n\s*/g, ' ').replace(/\*\*/g, '').trim() || null;
}

/** The "how to fix" line of each rule that has findings. */
export function howToFixAll(ruleIds: Iterable<string>): Map<string, string | null> {
  return new Map([...new Set(ruleIds)].map((ruleId) => [ruleId, howToFix(ruleId)]));
}
