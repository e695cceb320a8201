// The README's sample reports are what the commands print: each ```console block is run in-process and compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './helpers.js';

interface Sample {
  command: string;
  argv: string[];
  expected: string;
}

/** Every ```console block of the README: a `$ npx cadcheck …` line, then what it prints. */
function consoleSamples(markdown: string): Sample[] {
  const samples: Sample[] = [];
  for (const match of markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    const [first, ...output] = match[1]!.replace(/\n$/, '').split('\n');
    const command = /^\$ npx cadcheck (.*)$/.exec(first ?? '');
    if (!command) throw new Error(`a console block in README.md does not start with "$ npx cadcheck …": ${first}`);
    // Sample arguments are plain words (paths and flags): no quoting to undo.
    samples.push({ command: command[1]!, argv: command[1]!.split(/\s+/), expected: output.join('\n') });
  }
  return samples;
}

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const samples = consoleSamples(readme);

describe('README.md sample output', () => {
  it('has the sample report under "A report, briefly"', () => {
    const section = readme.slice(readme.indexOf('## A report, briefly'));
    expect(section.indexOf('```console')).toBeGreaterThan(0);
    expect(samples.length).toBeGreaterThan(0);
  });

  it.each(samples.map((sample) => [sample.command, sample] as const))('cadcheck %s prints the README block', async (_command, sample) => {
    // A user's terminal without colour: NO_COLOR, not a TTY.
    const result = await runCli(sample.argv, { env: { NO_COLOR: '1' } });
    expect(result.stderr).toBe('');
    // Colour off: should an escape slip through anyway, the words are compared, not the paint.
    expect(stripVTControlCharacters(result.stdout).replace(/\n+$/, '')).toBe(sample.expected);
  });
});
