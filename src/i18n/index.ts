// Picks the language (--lang, then LC_ALL, LC_MESSAGES, LANG) and gives rules' texts and report labels in it.
import type { RuleDefinition } from '../engine/define-rule.js';
import { labels as en } from './en.js';
import { ka } from './ka.js';
import { kk } from './kk.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import { LANGS, type Labels, type Lang, type Translation } from './types.js';

export { LANGS, type Labels, type Lang } from './types.js';

export const TRANSLATIONS: Record<Exclude<Lang, 'en'>, Translation> = { ka, ru, uk, kk };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a POSIX locale name (`ka_GE.UTF-8`, `ru`, `uk_UA`, `kk_KZ@…`), or null for one we do not speak.
 * `C` and `POSIX` are English.
 */
export function langOfLocale(locale: string | undefined): Lang | null {
  if (!locale) return null;
  if (locale === 'C' || locale === 'POSIX' || locale.startsWith('C.')) return 'en';
  const code = locale.split(/[_.@-]/)[0]!.toLowerCase();
  return isLang(code) ? code : null;
}

/** POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set decides; English when it is none we speak. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return langOfLocale(value) ?? 'en';
  }
  return 'en';
}

export function labelsOf(lang: Lang | undefined): Labels {
  return !lang || lang === 'en' ? en : TRANSLATIONS[lang].labels;
}

/** The rule's description in the language; English (the rule's own) when a translation is missing. */
export function ruleDescription(rule: RuleDefinition, lang: Lang | undefined): string {
  if (!lang || lang === 'en') return rule.meta.description;
  return TRANSLATIONS[lang].rules[rule.id]?.description ?? rule.meta.description;
}

/** The message template in the language; the English template when a translation is missing. */
export function messageTemplate(rule: RuleDefinition, messageId: string, lang: Lang | undefined): string {
  const english = (rule.meta.messages)[messageId] ?? messageId;
  if (!lang || lang === 'en') return english;
  return TRANSLATIONS[lang].rules[rule.id]?.messages[messageId] ?? english;
}
