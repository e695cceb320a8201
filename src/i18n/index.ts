// Picks the language (--lang, then LC_ALL, LC_MESSAGES, LANG) and gives the report labels in it. A rule's own texts
// are in its module (`meta.translations`), looked up by the engine (src/engine/messages.ts).
import { labels as en } from './en.js';
import { labels as ka } from './ka.js';
import { labels as kk } from './kk.js';
import { labels as ru } from './ru.js';
import { labels as uk } from './uk.js';
import { LANGS, type Labels, type Lang } from './types.js';

export { LANGS, type Labels, type Lang } from './types.js';

/** The report labels of each language besides English. */
export const LABELS: Record<Exclude<Lang, 'en'>, Labels> = { ka, ru, uk, kk };

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
  return !lang || lang === 'en' ? en : LABELS[lang];
}
