// A registry's cadcheck.config.json: validated against its schema, then merged over the profile. The rules and
// profiles it is checked against are handed in (src/catalogue.ts composes them): the engine knows no rule list.
import { UserError } from '../errors.js';
import { definitionOf, isGeographic } from '../geom/crs.js';
import { ROLES } from '../model.js';
import { packageJson } from '../package-root.js';
import type { RuleDefinition } from './define-rule.js';
import { lazySchemaCheck } from './json-schema.js';
import type { Limits } from './limits.js';
import type { CodeValue, Extent, RuleSetting, Settings, Tolerances } from './settings.js';

/** A rule's entry in a config: its severity (or off), or an object with its severity and options for this rule alone. */
export type RuleEntry = RuleSetting | { severity?: RuleSetting; options?: Partial<Tolerances> };

export interface Config {
  profile?: string;
  rules?: Record<string, RuleEntry>;
  tolerances?: Partial<Tolerances>;
  fields?: Partial<Record<string, Record<string, string[]>>>;
  layerNames?: Partial<Record<string, string[]>>;
  codeLists?: Record<string, CodeValue[]>;
  crs?: string[];
  extent?: Extent;
  timeZone?: string;
  legacyEncoding?: string;
  limits?: Partial<Limits>;
}

const checkConfig = lazySchemaCheck(packageJson('schema/config.schema.json'));

function badConfig(file: string, key: string, problem: string): UserError {
  return new UserError(`${file}: "${key}" ${problem}. See docs/config.md for the format.`, 'bad-config');
}

/** Semantic checks the schema cannot express: known rule ids, real time zone, known CRS, text decoder. */
function checkMeaning(config: Config, file: string, rules: ReadonlyMap<string, RuleDefinition>): void {
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    const rule = rules.get(id);
    if (!rule) throw badConfig(file, `rules.${id}`, 'is not a cadcheck rule id (see `cadcheck rules`)');
    // The schema knows the option names; only the rule knows which of them it reads.
    const declared = Object.keys(rule.meta.options ?? {});
    for (const name of Object.keys(typeof entry === 'string' ? {} : entry.options ?? {})) {
      if (!declared.includes(name)) {
        throw badConfig(file, `rules.${id}.options.${name}`, `is not an option of ${id} (${declared.length > 0 ? `its options: ${declared.join(', ')}` : 'it has none'}; see \`cadcheck explain ${id}\`)`);
      }
    }
  }
  if (config.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: config.timeZone });
    } catch {
      throw badConfig(file, 'timeZone', `is "${config.timeZone}", not an IANA time zone such as Asia/Tbilisi`);
    }
  }
  for (const [index, code] of (config.crs ?? []).entries()) {
    try {
      definitionOf(code);
    } catch {
      throw badConfig(file, `crs[${index}]`, `is ${code}, which cadcheck does not know`);
    }
  }
  // RULES.md, "Never measure in degrees": the first CRS is the one everything is measured in.
  const measuring = config.crs?.[0];
  if (measuring !== undefined && isGeographic(measuring)) {
    throw badConfig(file, 'crs[0]', `is ${measuring}, a geographic CRS (degrees): cadcheck measures in metres, so the first CRS, the one it measures in, must be a projected one such as EPSG:32638 (a geographic one may follow it as a CRS layers are delivered in)`);
  }
  if (config.legacyEncoding !== undefined) {
    try {
      new TextDecoder(config.legacyEncoding);
    } catch {
      throw badConfig(file, 'legacyEncoding', `is "${config.legacyEncoding}", not a known text encoding`);
    }
  }
  if (config.extent && (config.extent.lonMin >= config.extent.lonMax || config.extent.latMin >= config.extent.latMax)) {
    throw badConfig(file, 'extent', 'has a minimum not below its maximum');
  }
}

/** The config as written, or a UserError naming the file, the key and what is wrong; `rules`: those a config may name, by id. */
export function validateConfig(value: unknown, file: string, rules: ReadonlyMap<string, RuleDefinition>): Config {
  const problems = checkConfig(value);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw badConfig(file, first.path || '(root)', first.message);
  }
  checkMeaning(value as Config, file, rules);
  return value as Config;
}

function mergeAliases(base: Record<string, Record<string, string[]>>, extra: Config['fields']): Settings['fields'] {
  const merged = Object.fromEntries(ROLES.map((role) => [role, { ...base[role] }])) as Settings['fields'];
  for (const [role, fields] of Object.entries(extra ?? {})) {
    for (const [canonical, aliases] of Object.entries(fields ?? {})) {
      const target = merged[role as keyof Settings['fields']];
      target[canonical] = [...(target[canonical] ?? []), ...aliases];
    }
  }
  return merged;
}

/** Each rule's severity from its config entry, whichever form the entry has. */
function severitiesOf(entries: Config['rules']): Record<string, RuleSetting> {
  const severities: Record<string, RuleSetting> = {};
  for (const [id, entry] of Object.entries(entries ?? {})) {
    const severity = typeof entry === 'string' ? entry : entry.severity;
    if (severity !== undefined) severities[id] = severity;
  }
  return severities;
}

/** The options a config sets for single rules (`rules.<id>.options`). */
function ruleOptionsOf(entries: Config['rules']): Record<string, Partial<Tolerances>> {
  return Object.fromEntries(Object.entries(entries ?? {}).flatMap(([id, entry]) => (typeof entry !== 'string' && entry.options ? [[id, entry.options]] : [])));
}

/** A profile's settings with a config merged over them: the config's names and aliases add to the profile's, the rest replaces. */
export function applyConfig(profile: Settings, config: Config | null): Settings {
  if (!config) return profile;
  const roleNames = { ...profile.roleNames };
  for (const [role, names] of Object.entries(config.layerNames ?? {})) roleNames[role as keyof typeof roleNames] = [...roleNames[role as keyof typeof roleNames], ...(names ?? [])];
  return {
    ...profile,
    crs: config.crs?.[0] ?? profile.crs,
    expectedCrs: config.crs ?? profile.expectedCrs,
    extent: config.extent ?? profile.extent,
    timeZone: config.timeZone ?? profile.timeZone,
    legacyEncoding: config.legacyEncoding ?? profile.legacyEncoding,
    tolerances: { ...profile.tolerances, ...config.tolerances },
    roleNames,
    fields: mergeAliases(profile.fields, config.fields),
    codeLists: { ...profile.codeLists, ...config.codeLists },
    ruleSettings: { ...profile.ruleSettings, ...severitiesOf(config.rules) },
    ruleOptions: { ...profile.ruleOptions, ...ruleOptionsOf(config.rules) },
    limits: { ...profile.limits, ...config.limits },
  };
}
