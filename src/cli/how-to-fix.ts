// Each rule's "how to fix" line for the text and HTML reports, in the report's language: the English from the rule's
// doc page (read from disk, so the CLI's job), another language from the rule module's own translation.
import type { Lang } from '../i18n/types.js';

export async function howToFixIn(ruleIds: Iterable<string>, lang: Lang | undefined): Promise<Map<string, string | null>> {
  const [{ howToFixAll }, { RULES_BY_ID }, { fixesIn }] = await Promise.all([import('../io/rule-docs.js'), import('../catalogue.js'), import('../engine/messages.js')]);
  return fixesIn(howToFixAll(ruleIds), RULES_BY_ID, lang);
}
