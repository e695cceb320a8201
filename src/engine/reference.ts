// The legal reference a finding cites: the profile's law and annex, then the rule's article, in the report's language.
import { labelsOf, type Lang } from '../i18n/index.js';

export interface LawSettings {
  /** e.g. 'Resolution No. 388 (2016), Annex 1': the annex most rules cite. */
  referencePrefix: string;
  /** The report's language and the profile: a translation names the law in its own words. */
  lang?: Lang;
  profileId?: string;
}

/** The basis in the language's words: 'Art. 8(4)(a)' → 'ст. 8(4)(a)', 'Annex 2 Art. 2(1)(a)' → 'приложение 2 ст. 2(1)(a)'. */
function localBasis(basis: string, words: Array<[string, string]>): string {
  return words.reduce((text, [english, local]) => text.split(english).join(local), basis);
}

/**
 * 'Art. 8(4)(a)' → 'Resolution No. 388 (2016), Annex 1, Art. 8(4)(a)'. A basis that names its own
 * annex ('Annex 2 Art. 2(1)(a)', photos/duplicate) replaces the profile's annex instead of following it.
 */
export function legalReference(settings: LawSettings, basis: string | null): string | null {
  if (!basis) return null;
  const law = settings.lang && settings.lang !== 'en' ? labelsOf(settings.lang).law : null;
  const name = law?.names?.[settings.profileId ?? ''];
  if (law && name) {
    const local = localBasis(basis, law.words);
    if (/^Annex\b/.test(basis) || !name.annex) return `${name.law}, ${local}`;
    return `${name.law}, ${name.annex}, ${local}`;
  }
  if (/^Annex\b/.test(basis)) return `${settings.referencePrefix.replace(/,\s*Annex\b.*$/, '')}, ${basis}`;
  return `${settings.referencePrefix}, ${basis}`;
}

/**
 * The basis a rule has under this profile: its own where the profile's law is the one it cites, else null
 * (a rule shared with ge-388, whose basis is Georgia's Res. 388, cites nothing in ua-1051 or kz-pcm).
 */
export function basisUnder(settings: { basisFamilies?: string[] }, rule: { id: string; meta: { basis: string | null } }): string | null {
  return !settings.basisFamilies || settings.basisFamilies.includes(rule.id.split('/')[0]!) ? rule.meta.basis : null;
}
