// The legal reference a finding cites: the profile's law and annex, then the rule's article, in the report's language.
import { labelsOf, type Lang } from '../i18n/index.js';

export interface LawSettings {
  /** e.g. 'Resolution No. 388 (2016), Annex 1': the annex most rules cite. */
  referencePrefix: string;
  /** The report's language and the profile: a translation names the law in its own words (localReference). */
  lang?: Lang;
  profileId?: string;
}

/** The basis in the language's words: 'Art. 8(4)(a)' → 'ст. 8(4)(a)', 'Annex 2 Art. 2(1)(a)' → 'приложение 2 ст. 2(1)(a)'. */
function localBasis(basis: string, words: Array<[string, string]>): string {
  // An exchange format's element named in a basis ('§70 (Annex 11, Boundary)') is written as the element: <Boundary>.
  const elements = basis.replace(/, ([A-Z][A-Za-z]+)\)$/, ', <$1>)');
  return words.reduce((text, [english, local]) => text.split(english).join(local), elements);
}

/**
 * 'Art. 8(4)(a)' → 'Resolution No. 388 (2016), Annex 1, Art. 8(4)(a)'. A basis that names its own
 * annex ('Annex 2 Art. 2(1)(a)', photos/duplicate) replaces the profile's annex instead of following it.
 */
export function legalReference(settings: LawSettings, basis: string | null): string | null {
  if (!basis) return null;
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

/**
 * A finding's reference as a person reads it in the report's language: 'Resolution No. 388 (2016), Annex 1, Art. 8(4)(a)'
 * → 'Постановление Правительства Грузии № 388 (2016), приложение 1, ст. 8(4)(a)'. The finding keeps the English one
 * (JSON, SARIF and JUnit are stable across languages); the text and HTML reports show this.
 */
export function localReference(reference: string | null, settings: LawSettings): string | null {
  if (!reference || !settings.lang || settings.lang === 'en') return reference;
  const law = labelsOf(settings.lang).law;
  const name = law.names?.[settings.profileId ?? ''];
  if (!name) return reference;
  const prefix = settings.referencePrefix;
  const lawOnly = prefix.replace(/,\s*Annex\b.*$/, '');
  if (reference.startsWith(`${prefix}, `)) {
    const basis = localBasis(reference.slice(prefix.length + 2), law.words);
    return name.annex ? `${name.law}, ${name.annex}, ${basis}` : `${name.law}, ${basis}`;
  }
  // A basis naming its own annex replaced the profile's ('…(2016), Annex 2 Art. 2(1)(a)').
  if (reference.startsWith(`${lawOnly}, `)) return `${name.law}, ${localBasis(reference.slice(lawOnly.length + 2), law.words)}`;
  return reference;
}
