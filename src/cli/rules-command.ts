// `cadcheck rules`: the rules of a profile, with the severity in force (a config's, else the rule's), legal basis and
// description, as text or JSON (which adds the rule's own severity and its options in force).
import { UserError } from '../errors.js';
import { EXIT_PASS, type MainOptions } from './main-options.js';
import { decideLang } from './option-values.js';

export async function runRulesList(flags: { profile?: string; format?: string; lang?: string; config?: string }, options: MainOptions): Promise<number> {
  const [{ resolveSettings, rulesOf, validateConfig }, { legalReference, basisUnder }, { ruleDescription }, { loadConfig }, { declaredOptions, optionsOf }] = await Promise.all([
    import('../catalogue.js'), import('../engine/reference.js'), import('../engine/messages.js'), import('../io/config-file.js'), import('../engine/options.js'),
  ]);
  const lang = await decideLang(flags.lang, options.env);
  // A config's options show in the descriptions ("closer than 0.10 m"), as its checks will apply them.
  const loaded = loadConfig(flags.config, options.cwd, {}, validateConfig);
  const settings = resolveSettings(flags.profile, loaded?.config ?? null);
  const rules = rulesOf(settings);
  // The severity in force: the config's for the rule (or "off"), else the rule's own.
  const severityOf = (rule: (typeof rules)[number]): string => settings.ruleSettings[rule.id] ?? rule.meta.severity;
  if (flags.format === 'json') {
    const list = rules.map((rule) => {
      const inForce = optionsOf(rule, settings);
      return {
        id: rule.id, severity: severityOf(rule), defaultSeverity: rule.meta.severity, reference: legalReference(settings, basisUnder(settings, rule)), description: ruleDescription(rule, lang, settings),
        options: Object.fromEntries(declaredOptions(rule).map((name) => [name, inForce[name]])),
      };
    });
    options.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT_PASS;
  }
  if (flags.format !== undefined && flags.format !== 'text') throw new UserError(`Unknown format "${flags.format}" for rules: use text or json.`, 'bad-option');
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) {
    options.stdout.write(`${rule.id.padEnd(width)}  ${severityOf(rule).padEnd(7)}  ${(basisUnder(settings, rule) ?? '—').padEnd(22)}  ${ruleDescription(rule, lang, settings)}\n`);
  }
  return EXIT_PASS;
}
