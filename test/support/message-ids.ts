// The message ids a rule declares, read from `meta.messages` whatever its shape: id → English template, id → { lang →
// template }, or lang → { id → template } (translations beside the rule, issue 16).
import type { RuleDefinition } from '../../src/engine/define-rule.js';

const LANGS = new Set(['en', 'ka', 'ru', 'uk', 'kk']);

export function messageIdsOf(rule: Pick<RuleDefinition, 'meta'>): string[] {
  const messages = rule.meta.messages as Record<string, unknown>;
  const keys = Object.keys(messages);
  const byLanguage = keys.length > 0 && keys.every((key) => LANGS.has(key) && typeof messages[key] === 'object' && messages[key] !== null);
  if (!byLanguage) return keys.sort();
  return [...new Set(keys.flatMap((lang) => Object.keys(messages[lang] as Record<string, unknown>)))].sort();
}
