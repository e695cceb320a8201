// A user's clone holds only the repository: every link and path the docs cite must resolve inside it (issue 14).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

/** The Markdown a user reads: README.md, SECURITY.md, BENCHMARKS.md, schema/README.md and everything under docs/. */
function userDocs(): string[] {
  const found = ['README.md', 'SECURITY.md', 'BENCHMARKS.md', 'schema/README.md'].filter((file) => existsSync(join(REPO, file)));
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(REPO, folder)).sort()) {
      const path = `${folder}/${name}`;
      if (statSync(join(REPO, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return found;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown).split('\n')) {
    const match = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = match[1]!.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/** The text with fenced code blocks blanked to spaces (offsets kept, so positions match the original). */
function withoutFences(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return ' '.repeat(line.length);
      }
      return inFence ? ' '.repeat(line.length) : line;
    })
    .join('\n');
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Inside the repository, and the file or folder is there. */
function resolveInRepo(fromFile: string, target: string, base: 'file' | 'repo'): { inside: boolean; exists: boolean; absolute: string } {
  const absolute = resolve(base === 'file' ? dirname(join(REPO, fromFile)) : REPO, target);
  const rel = relative(REPO, absolute);
  const inside = rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
  return { inside, exists: inside && existsSync(absolute), absolute };
}

/** Places in the Markdown that would send a user outside their clone. */
const OUTSIDE = [
  { pattern: /\.\.\/(?:\.\.\/)*(?:shared|domain|spec|corpora)\b(?:[^\s`)'"]*[^\s`)'".,;:])?/g, why: 'a folder outside the repository' },
  { pattern: /(?<![\w.])\/(?:work|tmp|home|root|Users)\/(?:[^\s`)'"]*[^\s`)'".,;:])?/g, why: 'a path on someone\'s machine' },
  { pattern: /(?<![\w/.-])spec\/[A-Z]+\.md/g, why: 'the project spec, which is not in the repository' },
  { pattern: /(?<![\w/.-])(?:SUBMISSION|RULES|REPORT|STYLE)\.md\b/g, why: 'the project spec, which is not in the repository' },
  { pattern: /[\w-]+-res-\d+\.md|kazakhstan-[\w-]+\.md|almaty-[\w-]+\.md/g, why: 'a source-law write-up outside the repository: cite the law by title and article' },
];

/** Top-level entries of the repository whose paths, cited in prose or inline code, must exist. */
const REPO_ROOTS = /^(?:src|test|docs|fixtures|schema|scripts|bin)\//;
/** A citation with these is a pattern or a placeholder, not one path. */
const PLACEHOLDER = /[<>*…{}$]|\s/;

interface Problem {
  file: string;
  line: number;
  cited: string;
  why: string;
  /** Offset in the file, for reporting a mistake once though several checks see it. */
  start: number;
}

/** What is wrong in `text`, the Markdown of `file` (a repository path, for resolving relative links). */
function problemsIn(file: string, text: string, slugsOf: (file: string) => Set<string>): Problem[] {
  const prose = withoutFences(text);
  const problems: Problem[] = [];
  const add = (start: number, cited: string, why: string): void => {
    const end = start + cited.length;
    const overlapping = problems.filter((seen) => seen.start < end && start < seen.start + seen.cited.length);
    // One mistake is reported once, as its longest citation (a link that is also an outside path).
    if (overlapping.some((seen) => seen.cited.length >= cited.length)) return;
    for (const seen of overlapping) problems.splice(problems.indexOf(seen), 1);
    problems.push({ file, line: lineOf(text, start), cited, why, start });
  };

  // Anywhere, code blocks included: nothing that lives only outside the repository.
  for (const { pattern, why } of OUTSIDE) {
    for (const match of text.matchAll(pattern)) add(match.index, match[0], why);
  }

  // Markdown links and images: resolved from the file's folder, inside the repository, present, anchors too.
  for (const match of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = match[1]!;
    const at = match.index + match[0].indexOf(target);
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    const [path, anchor] = target.split('#') as [string, string | undefined];
    const file2 = path === '' ? file : relative(REPO, resolve(dirname(join(REPO, file)), decodeURIComponent(path)));
    if (path !== '') {
      const where = resolveInRepo(file, decodeURIComponent(path), 'file');
      if (!where.inside) {
        add(at, target, 'a link outside the repository');
        continue;
      }
      if (!where.exists) {
        add(at, target, 'a link to a file that does not exist');
        continue;
      }
    }
    if (anchor !== undefined && anchor !== '' && file2.endsWith('.md') && !slugsOf(file2).has(decodeURIComponent(anchor).toLowerCase())) {
      add(at, target, `an anchor with no heading in ${file2}`);
    }
  }

  // Paths cited in prose or inline code: relative ones must stay inside; repository paths and .md files must exist.
  for (const match of prose.matchAll(/`([^`\n]+)`|(?<![\w./:-])((?:\.\.?\/)?[\w./-]+\.md)\b/g)) {
    const cited = (match[1] ?? match[2]!).replace(/[.,;:]$/, '');
    const at = match.index + (match[1] === undefined ? 0 : 1);
    if (PLACEHOLDER.test(cited) || /^[a-z][a-z0-9+.-]*:\/\//i.test(cited)) continue;
    const path = cited.replace(/#.*$/, '').replace(/:\d+$/, '');
    if (path.startsWith('../') || path.startsWith('./')) {
      const where = resolveInRepo(file, path, 'file');
      if (!where.inside) add(at, cited, 'a path outside the repository');
      else if (path.endsWith('.md') && !where.exists) add(at, cited, 'a file that does not exist');
    } else if (REPO_ROOTS.test(path) || /^[\w.-]+\.md$/.test(path) || /\.md$/.test(path)) {
      // Read from the repository's top or the file's folder; a bare doc name may also mean one in docs/. A module
      // cited as TypeScript's import specifier (`src/x.js`) is its `.ts` source.
      const candidates = [path, path.replace(/\.js$/, '.ts')];
      const bases = path.includes('/') ? [REPO, dirname(join(REPO, file))] : [REPO, dirname(join(REPO, file)), join(REPO, 'docs')];
      const found = candidates.some((candidate) => bases.some((base) => resolveInRepo(file, relative(dirname(join(REPO, file)), resolve(base, candidate)), 'file').exists));
      if (!found) add(at, cited, 'a file that does not exist in the repository');
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}

describe('docs: every link and cited path resolves inside the repository', () => {
  const slugCache = new Map<string, Set<string>>();
  const slugsOf = (file: string): Set<string> => {
    if (!slugCache.has(file)) slugCache.set(file, existsSync(join(REPO, file)) ? headingSlugs(readFileSync(join(REPO, file), 'utf8')) : new Set());
    return slugCache.get(file)!;
  };

  it.each(userDocs())('%s', (file) => {
    const problems = problemsIn(file, readFileSync(join(REPO, file), 'utf8'), slugsOf);
    expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.cited} — ${problem.why}`)).toEqual([]);
  });

  it('the checker finds what it must (a doc written with every mistake)', () => {
    const file = 'docs/__probe__.md';
    const probe = [
      '# Probe heading',
      'See [the spec](../../shared/spec/SUBMISSION.md) and [rules](RULES.md).',
      'Law: `../shared/domain/georgia-res-388.md` §2.10, and /work/shared/domain/sources.',
      'Missing: [gone](rules/no-such-rule.md), `src/no/such/file.ts`, `docs/nowhere.md`.',
      'Anchors: [ok](#probe-heading), [bad](#no-such-heading), [cfg](config.md#no-such-heading).',
      'Fine: [config](config.md), [site](https://example.org/x.md), `docs/rules/<rule-id>.md`, `src/cli.ts`.',
      '```',
      'cadcheck check ./my-survey    # a user path in a code block is fine',
      'see spec/REPORT.md            # but the spec is not',
      '```',
    ].join('\n');
    const problems = problemsIn(file, probe, (f) => (f === file ? headingSlugs(probe) : slugsOf(f)));
    expect(problems.map((problem) => [problem.line, problem.cited, problem.why])).toEqual([
      [2, '../../shared/spec/SUBMISSION.md', 'a folder outside the repository'],
      [2, 'RULES.md', 'the project spec, which is not in the repository'],
      [3, '../shared/domain/georgia-res-388.md', 'a folder outside the repository'],
      [3, '/work/shared/domain/sources', "a path on someone's machine"],
      [4, 'rules/no-such-rule.md', 'a link to a file that does not exist'],
      [4, 'src/no/such/file.ts', 'a file that does not exist in the repository'],
      [4, 'docs/nowhere.md', 'a file that does not exist in the repository'],
      [5, '#no-such-heading', 'an anchor with no heading in docs/__probe__.md'],
      [5, 'config.md#no-such-heading', 'an anchor with no heading in docs/config.md'],
      [9, 'spec/REPORT.md', 'the project spec, which is not in the repository'],
    ]);
  });
});
