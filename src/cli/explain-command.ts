// `cadcheck explain <rule-id>`: a rule's doc page and metadata, on the terminal.
import { UserError } from '../errors.js';
import { EXIT_PASS, type MainOptions } from './main-options.js';

/** `cadcheck explain <rule-id>`: what the rule checks, the law (original and English), how to fix — from its doc page and metadata. */
export async function runExplain(ruleId: string, flags: { profile?: string }, options: MainOptions): Promise<number> {
  const [{ resolveSettings, RULES, RULES_BY_ID }, { readRuleDoc }, { closestId }] = await Promise.all([
    import('../catalogue.js'), import('../io/rule-docs.js'), import('../engine/suggest.js'),
  ]);
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) {
    const closest = closestId(ruleId, RULES.map((known) => known.id));
    throw new UserError(`Unknown rule "${ruleId}".${closest ? ` Did you mean ${closest}?` : ''} (cadcheck rules lists them all.)`, 'unknown-rule');
  }
  const settings = resolveSettings(flags.profile, null);
  const configured = settings.ruleSettings[rule.id];
  const severity = configured ?? rule.meta.severity;
  const basis = rule.meta.basis ? `${settings.referencePrefix}, ${rule.meta.basis}` : "none — cadcheck's own check";
  const lines = [`${rule.id}  (${severity}${settings.rules.includes(rule.id) ? '' : `, not in profile ${settings.profileId}`} · ${basis})`, rule.meta.description, ''];
  const doc = readRuleDoc(rule.id);
  const indent = (text: string): string => text.split('\n').map((line) => (line ? `  ${line}` : '')).join('\n');
  for (const section of ['What it checks', 'The law', 'How to fix']) {
    const body = doc?.sections.get(section);
    if (body) lines.push(section, indent(body), '');
    else if (section === 'The law') lines.push(section, rule.meta.basis ? `  ${basis} (the doc page does not quote it).` : "  None: this is cadcheck's own check, not a requirement of the law.", '');
  }
  lines.push(doc ? `More (options, examples, what is not checked): ${doc.path} in the cadcheck package.` : 'This rule has no doc page yet.');
  options.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_PASS;
}
