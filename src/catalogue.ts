// The rules and profiles cadcheck ships, composed: what the commands, the check thread and batch use. The engine is
// given its rules from here (as ESLint's Linter is given its rules) and knows no rule list of its own.
import { UserError } from './errors.js';
import type { RuleDefinition } from './engine/define-rule.js';
import { applyConfig, validateConfig as validateConfigAgainst, type Config } from './engine/config.js';
import { runRules, type RunOptions, type RunResult } from './engine/run.js';
import type { Settings } from './engine/settings.js';
import type { Submission } from './model.js';
import { DEFAULT_PROFILE, PROFILES } from './profiles/index.js';
import { RULES, RULES_BY_ID } from './rules/index.js';

export { DEFAULT_PROFILE, PROFILES, RULES, RULES_BY_ID };

/** The rules a profile (and config) runs, in its order; a rule id nobody defines is a bug in the profile. */
export function rulesOf(settings: Pick<Settings, 'profileId' | 'rules'>): RuleDefinition[] {
  return settings.rules.map((id) => {
    const rule = RULES_BY_ID.get(id);
    if (!rule) throw new Error(`profile ${settings.profileId} lists unknown rule ${id}`);
    return rule;
  });
}

/** A cadcheck.config.json as written, checked against the schema and the rules cadcheck has: what loadConfig is given. */
export function validateConfig(value: unknown, file: string): Config {
  return validateConfigAgainst(value, file, RULES_BY_ID);
}

/** --profile, else the config's profile, else ge-388; with the config merged over it. */
export function resolveSettings(profileId: string | undefined, config: Config | null): Settings {
  const id = profileId ?? config?.profile ?? DEFAULT_PROFILE;
  const profile = PROFILES[id];
  if (!profile) throw new UserError(`Unknown profile "${id}". Known profiles: ${Object.keys(PROFILES).join(', ')}.`, 'bad-option');
  return applyConfig(profile, config);
}

/** The engine run over the rules `settings` names (its profile's, or a test's few). */
export function runProfileRules(submission: Submission, settings: Settings, options: Omit<RunOptions, 'settings'> = {}): RunResult {
  return runRules(submission, rulesOf(settings), { ...options, settings });
}
