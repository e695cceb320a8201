// `cadcheck explain <rule-id>`: a rule's doc page and metadata, on the terminal.
import { UserError } from '../errors.js';
import { EXIT_PASS, type MainOptions } from './main-options.js';

/** `cadcheck explain <rule-id>`: what the rule checks, the law (original and English), how to fix — from its doc page and metadata. */
export async function runExplain(ruleId: string, flags: { profile?: string; config?: string }, options: MainOptions): Promise<number> {
  const [{ resolveSettings, validateConfig, RULES, RULES_BY_ID }, { readRuleDoc }, { closestId }, { loadConfig }, { ruleDescription }, { declaredOptions, formatOption, optionsOf }, { basisUnder, legalReference }] = await Promise.all([
    import('../catalogue.js'), import('../io/rule-docs.js'), import('../engine/suggest.js'), import('../io/config-file.js'), import('../engine/messages.js'), import('../engine/options.js'),
    import('../engine/reference.js'),
  ]);
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) {
    const closest = closestId(ruleId, RULES.map((known) => known.id));
    throw new UserError(`Unknown rule "${ruleId}".${closest ? ` Did you mean ${closest}?` : ''} (cadcheck rules lists them all.)`, 'unknown-rule');
  }
  const loaded = loadConfig(flags.config, options.cwd, {}, validateConfig);
  const settings = resolveSettings(flags.profile, loaded?.config ?? null);
  const configured = settings.ruleSettings[rule.id];
  const severity = configured ?? rule.meta.severity;
  // The reference a finding of this rule carries under this profile (an "Annex …" basis replaces the prefix's annex).
  const reference = legalReference(settings, basisUnder(settings, rule));
  const basis = reference ?? "none — cadcheck's own check";
  const lines = [`${rule.id}  (${severity}${settings.rules.includes(rule.id) ? '' : `, not in profile ${settings.profileId}`} · ${basis})`, ruleDescription(rule, 'en', settings), ''];
  // The numbers the rule reads, as in force here, and where a config sets them.
  const inForce = optionsOf(rule, settings);
  const names = declaredOptions(rule);
  if (names.length > 0) {
    const values = names.map((name) => `${formatOption(inForce[name])} ${rule.meta.options![name]!.unit}`);
    const [nameWidth, valueWidth] = [Math.max(...names.map((name) => name.length)), Math.max(...values.map((value) => value.length))];
    lines.push(`Options (a config sets them in "rules": { "${rule.id}": { "options": { … } } }, or for every rule in "tolerances")`);
    names.forEach((name, i) => lines.push(`  ${name.padEnd(nameWidth)}  ${values[i]!.padEnd(valueWidth)}  ${rule.meta.options![name]!.description}`));
    lines.push('');
  }
  const doc = readRuleDoc(rule.id);
  const indent = (text: string): string => text.split('\n').map((line) => (line ? `  ${line}` : '')).join('\n');
  for (const section of ['What it checks', 'The law', 'How to fix']) {
    const body = doc?.sections.get(section);
    if (body) lines.push(section, indent(body), '');
    else if (section === 'The law') lines.push(section, reference ? `  ${basis} (the doc page does not quote it).` : "  None: this is cadcheck's own check, not a requirement of the law.", '');
  }
  lines.push(doc ? `More (options, examples, what is not checked): ${doc.path} in the cadcheck package.` : 'This rule has no doc page yet.');
  options.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_PASS;
}
