// `cadcheck rules`: the rules of a profile, with severity, legal basis and description, as text or JSON.
import { UserError } from '../errors.js';
import { EXIT_PASS, type MainOptions } from './main-options.js';
import { decideLang } from './option-values.js';

export async function runRulesList(flags: { profile?: string; format?: string; lang?: string; config?: string }, options: MainOptions): Promise<number> {
  const [{ resolveSettings, rulesOf, validateConfig }, { legalReference, basisUnder }, { ruleDescription }, { loadConfig }] = await Promise.all([
    import('../catalogue.js'), import('../engine/reference.js'), import('../engine/messages.js'), import('../io/config-file.js'),
  ]);
  const lang = await decideLang(flags.lang, options.env);
  // A config's options show in the descriptions ("closer than 0.10 m"), as its checks will apply them.
  const loaded = loadConfig(flags.config, options.cwd, {}, validateConfig);
  const settings = resolveSettings(flags.profile, loaded?.config ?? null);
  const rules = rulesOf(settings);
  if (flags.format === 'json') {
    const list = rules.map((rule) => ({
      id: rule.id, severity: rule.meta.severity, reference: legalReference(settings, basisUnder(settings, rule)), description: ruleDescription(rule, lang, settings),
    }));
    options.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT_PASS;
  }
  if (flags.format !== undefined && flags.format !== 'text') throw new UserError(`Unknown format "${flags.format}" for rules: use text or json.`, 'bad-option');
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) {
    options.stdout.write(`${rule.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${(basisUnder(settings, rule) ?? '—').padEnd(22)}  ${ruleDescription(rule, lang, settings)}\n`);
  }
  return EXIT_PASS;
}
