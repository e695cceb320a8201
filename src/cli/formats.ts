// The report formats and how --format and --output pair up (check and batch alike).
import { UserError } from '../errors.js';

export const FORMATS = ['text', 'json', 'junit', 'sarif', 'geojson', 'html', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];
/** Rendered per submission as it is checked; the other formats are one document over every submission of the run. */
export const STREAMED_FORMATS: readonly FormatName[] = ['text', 'json'];
export const JSON_FORMATS: readonly FormatName[] = ['json', 'sarif', 'geojson'];

/** What batch can write: check's formats over the whole batch, `table` for a person and `jsonl` (alias `json`) for programs. */
export const BATCH_FORMATS = ['table', 'jsonl', ...FORMATS] as const;
export type BatchFormatName = (typeof BATCH_FORMATS)[number];
/** One file per submission in --reports: check's formats but csv (the summary is --summary). */
export const REPORT_FORMATS: readonly FormatName[] = FORMATS.filter((format) => format !== 'csv');

/** The file extension a format is usually written to, for the example in a usage error. */
export const FORMAT_EXTENSIONS: Record<string, string> = { text: 'txt', json: 'json', junit: 'xml', sarif: 'sarif', geojson: 'geojson', html: 'html', csv: 'csv', table: 'txt', jsonl: 'jsonl' };

function formatOfExtension(file: string): FormatName | null {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  const found = (Object.entries(FORMAT_EXTENSIONS) as Array<[FormatName, string]>).find(([, ext]) => ext === extension);
  return found ? found[0] : extension === 'xml' ? 'junit' : null;
}

/** Every --format and --output in the order given, so each --output pairs with the --format right before it. */
export type FormatOutputOrder = Array<{ option: 'format' | 'output'; value: string }>;

export interface FormatFlags {
  format: string[];
  output: string[];
  formatOutputOrder?: FormatOutputOrder;
}

/**
 * Each --output belongs to the --format right before it; a format with no --output goes to standard output.
 * Ambiguous (exit 2, one line saying how to write it): an --output with no --format of its own before it,
 * two formats left for standard output, one file named for two formats.
 */
export function formatsWithOutputs<F extends string = FormatName>(
  flags: FormatFlags, cwd: string, resolve: (...parts: string[]) => string,
  known: readonly F[] = FORMATS as unknown as readonly F[], fallback: F = 'text' as F,
): Array<{ format: F; output: string | null }> {
  const order = flags.formatOutputOrder ?? [...flags.format.map((value) => ({ option: 'format' as const, value })), ...flags.output.map((value) => ({ option: 'output' as const, value }))];
  const pairs: Array<{ format: F; output: string | null }> = [];
  for (const { option, value } of order) {
    if (option === 'format') {
      if (!(known as readonly string[]).includes(value)) throw new UserError(`Unknown format "${value}". Formats: ${known.join(', ')}.`, 'bad-option');
      pairs.push({ format: value as F, output: null });
      continue;
    }
    const last = pairs.at(-1);
    if (last === undefined || last.output !== null) {
      throw new UserError(`--output ${value} has no --format of its own right before it: write each --output just after its format, e.g. --format ${formatOfExtension(value) ?? 'json'} --output ${value}.`, 'bad-option');
    }
    last.output = value;
  }
  if (pairs.length === 0) pairs.push({ format: fallback, output: null });
  const toStdout = pairs.filter((pair) => pair.output === null);
  if (toStdout.length > 1) {
    const second = toStdout[1]!.format;
    throw new UserError(`Only one format can go to standard output, but ${toStdout.map((pair) => `--format ${pair.format}`).join(' and ')} have no --output: give all but one an --output FILE right after it, e.g. --format ${second} --output report.${FORMAT_EXTENSIONS[second]}.`, 'bad-option');
  }
  const byFile = new Map<string, F>();
  for (const { format, output } of pairs) {
    if (output === null) continue;
    const earlier = byFile.get(resolve(cwd, output));
    if (earlier !== undefined) throw new UserError(`--output ${output} is given for both --format ${earlier} and --format ${format}: give each format its own file.`, 'bad-option');
    byFile.set(resolve(cwd, output), format);
  }
  return pairs;
}
