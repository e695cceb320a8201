// Pass or fail: the one place findings become a verdict, for check, batch (after the cross-submission findings) and
// the JUnit report alike.
import type { Finding } from '../model.js';

/** --max-warnings exceeded: more warnings than allowed (never, without the option). */
export function tooManyWarnings(findings: readonly Finding[], maxWarnings: number | null): boolean {
  return maxWarnings !== null && findings.filter((finding) => finding.severity === 'warning').length > maxWarnings;
}

/** A submission fails on any error, or on more warnings than --max-warnings allows. */
export function verdict(findings: readonly Finding[], maxWarnings: number | null): 'pass' | 'fail' {
  return findings.some((finding) => finding.severity === 'error') || tooManyWarnings(findings, maxWarnings) ? 'fail' : 'pass';
}
