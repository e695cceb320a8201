// A rule's texts in the report's language, from the rule module itself (`meta.translations` beside the English), and
// message templates rendered: `{name}` is replaced by the report's data.
import type { Lang } from '../i18n/types.js';
import type { RuleDefinition } from './define-rule.js';
import { declaredOptions, formatOption, optionsOf } from './options.js';
import type { Settings } from './settings.js';

export function renderMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Metres to the millimetre, without trailing noise: 0.35, 0.305, 12. */
export function formatMetres(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * The rule's description in the language (English, the rule's own, when none is given), its `{option}` placeholders
 * filled with the options in force under these settings: a config that sets the accuracy to 0.1 reads "0.10 m".
 */
export function ruleDescription(rule: RuleDefinition, lang: Lang | undefined, settings: Pick<Settings, 'tolerances' | 'ruleOptions'>): string {
  const template = !lang || lang === 'en' ? rule.meta.description : rule.meta.translations[lang].description;
  const options = optionsOf(rule, settings);
  return renderMessage(template, Object.fromEntries(declaredOptions(rule).map((name) => [name, formatOption(options[name])])));
}

/** The message template in the language; the message id itself for an id the rule does not have. */
export function messageTemplate(rule: RuleDefinition, messageId: string, lang: Lang | undefined): string {
  const messages: Record<string, string | undefined> = !lang || lang === 'en' ? rule.meta.messages : rule.meta.translations[lang].messages;
  return messages[messageId] ?? messageId;
}

/**
 * The "how to fix" line of each rule in the language: `english` is each rule's line from its doc page (null where the
 * page has none, and then in every language); another language takes the rule's own translation of it.
 */
export function fixesIn(english: ReadonlyMap<string, string | null>, rules: ReadonlyMap<string, RuleDefinition>, lang: Lang | undefined): Map<string, string | null> {
  if (!lang || lang === 'en') return new Map(english);
  return new Map([...english].map(([ruleId, fix]) => [ruleId, fix === null ? null : rules.get(ruleId)?.meta.translations[lang].fix ?? fix]));
}
