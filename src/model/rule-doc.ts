// A rule's doc page as plain data: what src/io/rule-docs.ts reads from disk and the reporters (SARIF help) are given.

export interface RuleDoc {
  /** The page's path relative to the package root, with forward slashes. */
  path: string;
  /** The whole page, as written. */
  markdown: string;
  /** Section bodies keyed by their `## ` heading ("What it checks", "The law", "How to fix"…), trimmed. */
  sections: Map<string, string>;
}

/** Where a rule's page is, relative to the package root, whether or not it has one yet. */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
