// A rule's options in force: the number a config set for the rule alone, else the config's or the profile's tolerance
// of that name (ge-388's are the law's: 0.15 m accuracy, 0.30 m registered overlap).
import type { OptionName, RuleDefinition } from './define-rule.js';
import type { Settings } from './settings.js';

/** What the rule reads as `context.options`: every tolerance, this rule's own settings over the profile-wide ones. */
export function optionsOf(rule: Pick<RuleDefinition, 'id'>, settings: Pick<Settings, 'tolerances' | 'ruleOptions'>): Record<OptionName, number> {
  return { ...settings.tolerances, ...settings.ruleOptions?.[rule.id] };
}

/** The options a rule declares, in the order it declares them. */
export function declaredOptions(rule: RuleDefinition): OptionName[] {
  return Object.keys(rule.meta.options ?? {}) as OptionName[];
}

/**
 * An option's value as the descriptions print it: a fraction of a metre with at least two decimals, as the law writes
 * its tolerances (0.15 m, 0.30 m), finer ones as they are (0.001 m); whole numbers plain (1 m, 200 m).
 */
export function formatOption(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Number.isInteger(Math.round(value * 1e6) / 1e4) ? value.toFixed(2) : String(value);
}
