// The shape of a rule module: its public metadata and a pure check function (ESLint's meta + create).
import type { Feature, Geometry, Layer, Position, Role, Severity, Submission } from '../model.js';
import type { Lang } from '../i18n/types.js';
import type { Settings, Tolerances } from './settings.js';

/** A language cadcheck speaks besides English, the rules' own. */
export type OtherLang = Exclude<Lang, 'en'>;

/** A rule's texts in one other language: the same message ids as its English ones, no more, no fewer. */
export interface RuleTranslation<MessageId extends string> {
  description: string;
  messages: Record<MessageId, string>;
  /** The first paragraph of "How to fix" on the rule's (English) doc page, translated: printed under its findings. */
  fix: string;
}

/**
 * A number a rule uses, named by the profile tolerance it defaults to (so ge-388's defaults are the law's numbers); a
 * config may set it for the rule alone (`rules.<id>.options`) or for every rule through `tolerances`.
 */
export type OptionName = keyof Tolerances;

export interface RuleOption {
  /** One line for `cadcheck explain` and the docs: what the number bounds. */
  description: string;
  unit: 'm' | 'm²';
}

export interface RuleMeta<MessageId extends string, Option extends OptionName = OptionName> {
  /** Default severity; a config may change it or turn the rule off. */
  severity: Severity;
  /** Where the law says it, e.g. 'Art. 8(4)(a)'; null where the law is silent (the rule is ours). */
  basis: string | null;
  /**
   * The roles of the layers whose coordinates the rule measures (a rule measuring one role against another lists both).
   * For each such layer that is not placed on the earth the engine says "not checked" once (src/engine/placement.ts).
   */
  measures?: readonly Role[];
  /** One line for `cadcheck rules` and the docs; `{option}` prints the option's value in force (`closer than {accuracy} m`). */
  description: string;
  /** Message templates keyed by message id; `{name}` is replaced by `data.name`. */
  messages: Record<MessageId, string>;
  /**
   * The description, messages and fix in every other language, beside the English: typed by the rule's message ids
   * (NoInfer: the English messages decide them), so a missing language, a missing or an unknown message id fails to compile.
   */
  translations: Record<OtherLang, RuleTranslation<NoInfer<MessageId>>>;
  /** The numbers the rule reads from `context.options`, each with its meaning and unit; the default is the profile's tolerance. */
  options?: { [Name in Option]?: RuleOption };
}

/** What a rule reports; the engine turns it into a Finding (severity, reference, rendered message). */
export interface Report<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** Only the role and file are used: a batch cross-check names a layer it did not load. */
  layer?: Pick<Layer, 'role' | 'file'> | null;
  feature?: Pick<Feature, 'index' | 'id' | 'geometry'> | null;
  /** A file to name when there is no layer (a photo, the manifest). */
  file?: string | null;
  location?: Position | null;
  measured?: number | null;
  limit?: number | null;
  unit?: string | null;
  geometry?: Geometry | null;
  /** For rules with tiers (error above a tolerance, warning within it); a config severity overrides it. */
  severity?: Severity;
}

// Made by the readers (src/io/registered.ts): plain data of the model, re-exported for the rules.
export type { RegisteredParcels } from '../model/registered.js';
import type { RegisteredParcels } from '../model/registered.js';

export interface RuleContext<MessageId extends string, Option extends OptionName = OptionName> {
  submission: Submission;
  settings: Settings;
  /** The rule's options in force: the config's value for this rule, else the config's or profile's tolerance. */
  options: Readonly<Record<Option, number>>;
  registered: RegisteredParcels | null;
  /** The run's clock, injected so that "not in the future" is testable. */
  now: Date;
  /** The survey date from `--survey-date`, which overrides the manifest's. */
  surveyDateOverride: string | null;
  /** A property, not a method: rules destructure it (`check({ report })`), so it must not depend on `this`. */
  report: (report: Report<MessageId>) => void;
}

export interface RuleDefinition<MessageId extends string = string, Option extends OptionName = OptionName> {
  id: string;
  meta: RuleMeta<MessageId, Option>;
  check: (context: RuleContext<MessageId, Option>) => void;
}

/**
 * Identity with types: keeps message ids a string-literal union so a typo fails to compile, and lets the rule read
 * only the options it declares (`context.options.accuracy` without `meta.options.accuracy` does not compile).
 */
export function defineRule<MessageId extends string, Option extends OptionName = never>(rule: RuleDefinition<MessageId, Option>): RuleDefinition<MessageId, Option> {
  return rule;
}
