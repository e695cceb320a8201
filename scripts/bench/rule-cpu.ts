// Each rule's CPU time on the Épinay-shaped layer (issue 17), and its findings written to a file, so a speed change can
// be compared byte for byte with the code before it:
//
//   node dist/scripts/bench/rule-cpu.js [--copies 1,5] [--rules id,id] [--repeat 3] [--out bench-out/rule-cpu] [--findings]
//
// For each size (copies of Épinay-sur-Orge, 4,241 parcels each: scripts/bench/real-layer.ts) every rule named runs in a
// child process of its own, `--repeat` times (the median CPU is printed): the geometry caches the rules share
// (src/geom/jsts.ts, coverage.ts, validity.ts, within.ts) then start empty, as for the first rule of a check, and each
// figure is the rule's own `runProfileRules(submission, { ...settings, rules: [id] })` (`process.cpuUsage`, which counts
// V8's background threads too; reading is timed apart). `--findings` also runs every rule of the profile in one child,
// in the profile's order, and writes each rule's findings to `<out>/<n>/findings/<rule>.json` (one finding a line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSettings, runProfileRules, validateConfig } from '../../src/catalogue.js';
import { loadSubmission } from '../../src/io/submission.js';
import { EPINAY, realLayer } from './real-layer.js';

const PARCELS_A_COPY = 4241;
const HOT = ['topology/parcel-gap', 'tolerance/vertex-near-miss', 'topology/parcel-overlap', 'geometry/valid'];

interface ChildResult { rule: string; cpu: number; wall: number; findings: number }

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function child(folder: string, configFile: string, rules: string[], findingsDir: string | null): Promise<void> {
  const settings = resolveSettings(undefined, validateConfig(JSON.parse(readFileSync(configFile, 'utf8')), configFile));
  const [cpu0, wall0] = [cpuNow(), performance.now()];
  const submission = await loadSubmission(folder, settings);
  const results: ChildResult[] = [{ rule: '(read)', cpu: cpuNow() - cpu0, wall: (performance.now() - wall0) / 1000, findings: 0 }];
  if (findingsDir) mkdirSync(findingsDir, { recursive: true });
  for (const rule of rules) {
    const [cpu, wall] = [cpuNow(), performance.now()];
    const run = runProfileRules(submission, { ...settings, rules: [rule] }, { registered: null });
    results.push({ rule, cpu: cpuNow() - cpu, wall: (performance.now() - wall) / 1000, findings: run.findings.length });
    if (findingsDir) writeFileSync(join(findingsDir, `${rule.replace('/', '--')}.json`), run.findings.map((f) => JSON.stringify(f)).join('\n') + '\n');
  }
  console.log(JSON.stringify(results));
}

function runChild(folder: string, config: string, rules: string[], findingsDir?: string): ChildResult[] {
  const args = [process.argv[1]!, '--child', folder, config, rules.join(','), ...(findingsDir ? [findingsDir] : [])];
  const done = spawnSync(process.execPath, ['--max-old-space-size=6144', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (done.status !== 0) throw new Error(`child failed (${done.status}): ${done.stderr}`);
  return JSON.parse(done.stdout.trim().split('\n').pop()!) as ChildResult[];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!, process.argv[5]!.split(','), process.argv[6] ?? null);
} else {
  if (!existsSync(EPINAY)) {
    console.log(`skipped: ${EPINAY} is not beside the repository`);
    process.exit(0);
  }
  const out = option('out') ?? 'bench-out/rule-cpu';
  const repeat = Number(option('repeat') ?? 3);
  const rules = option('rules')?.split(',') ?? HOT;
  const allRules = resolveSettings(undefined, null).rules;
  for (const copies of (option('copies') ?? '1,5').split(',').map(Number)) {
    const n = copies * PARCELS_A_COPY;
    const dir = join(out, String(n));
    const [folder, config] = [join(dir, `real-${n}`), join(dir, `real-${n}.config.json`)];
    if (!existsSync(join(folder, 'parcel.shp')) || !existsSync(config)) realLayer(n, dir);
    console.log(`\n## ${n} parcels (${copies} ${copies === 1 ? 'copy' : 'copies'} of Épinay-sur-Orge), median of ${repeat} child processes a rule, CPU (wall)`);
    for (const rule of rules) {
      const runs = Array.from({ length: repeat }, () => runChild(folder, config, [rule]));
      const [read, ran] = [runs.map((r) => r[0]!), runs.map((r) => r[1]!)];
      console.log(`${rule}: ${median(ran.map((r) => r.cpu)).toFixed(3)} s (${median(ran.map((r) => r.wall)).toFixed(3)} s) · ${ran[0]!.findings} findings · all CPU ${ran.map((r) => r.cpu.toFixed(2)).join(' ')} · reading ${median(read.map((r) => r.cpu)).toFixed(3)} s`);
    }
    if (process.argv.includes('--findings')) {
      const results = runChild(folder, config, allRules, join(dir, 'findings'));
      const cost = results.filter((r) => r.cpu >= 0.05).map((r) => `${r.rule} ${r.cpu.toFixed(2)}`).join(' · ');
      console.log(`findings of all ${allRules.length} rules: ${join(dir, 'findings')} (${results.reduce((sum, r) => sum + r.findings, 0)} findings; in one process, CPU ≥ 0.05 s: ${cost})`);
    }
  }
}
