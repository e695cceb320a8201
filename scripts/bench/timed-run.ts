// Times a child process as a user would see it: wall seconds, CPU seconds and peak RSS (GNU time's %U %S %M: the largest
// resident set of the process, its threads included). CPU time is the steadier figure on a shared machine: wall time
// grows with what else runs, CPU time much less. Without /usr/bin/time only the wall time is known.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

export interface TimedRun {
  wall: number;
  /** User + system seconds, or null when /usr/bin/time is missing. */
  cpu: number | null;
  /** MB, or null when /usr/bin/time is missing. */
  peakMb: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export function timedRun(command: string, args: string[], timeFile: string): TimedRun {
  const start = process.hrtime.bigint();
  const gnu = existsSync(GNU_TIME);
  const child = gnu
    ? spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  let cpu: number | null = null;
  let peakMb: number | null = null;
  if (gnu && existsSync(timeFile)) {
    // The last line: GNU time puts "Command exited with non-zero status N" before it when the child fails.
    const [user, system, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    cpu = user! + system!;
    peakMb = Math.round(kb! / 1024);
    rmSync(timeFile, { force: true });
  }
  return { wall, cpu, peakMb, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Findings of a JSON report, counted by rule id (sorted). */
export function findingsByRule(reportFile: string): Record<string, number> {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { findings: Array<{ ruleId: string }> };
  const counts: Record<string, number> = {};
  for (const { ruleId } of report.findings) counts[ruleId] = (counts[ruleId] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
