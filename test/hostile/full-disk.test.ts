// A disk that fills part-way through a report (issue 15.8), and a read-only file system (issue 15.12): the built CLI
// under `prlimit --fsize` (write(2) writes part of the report, then fails with EFBIG) or on a full or read-only tmpfs
// installs no report, leaves no temp file, and exits 2 with one line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { tempDir, VALID } from './helpers.js';

const dir = tempDir('full-disk');
const BIN = join(REPO, (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: { cadcheck: string } }).bin.cadcheck);
const hasPrlimit = spawnSync('prlimit', ['--version']).status === 0;

/** The built CLI with a file size limit of `bytes`. */
function underFileSizeLimit(bytes: number, args: string[], cwd: string) {
  return spawnSync('prlimit', [`--fsize=${bytes}`, process.execPath, BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('a report cut short by a full disk is never installed', () => {
  it('prlimit --fsize smaller than the HTML report: exit 2, one line, no report, no temp file', () => {
    if (!hasPrlimit) return console.warn('skipped: prlimit (util-linux) is not installed');
    const out = join(dir, 'html');
    mkdirSync(out);
    const full = spawnSync(process.execPath, [BIN, 'check', VALID, '--format', 'html'], { encoding: 'utf8' });
    expect(full.status).toBe(0);
    const size = Buffer.byteLength(full.stdout);
    // The limit lets the first write go part-way (write(2) returns a short count), so a writer that ignores the count installs half a report.
    const limit = Math.floor(size / 2);
    expect(limit).toBeGreaterThan(1000);
    const run = underFileSizeLimit(limit, ['check', VALID, '--format', 'html', '--output', join(out, 'report.html')], out);
    expect(run.stderr).toBe(`cadcheck: cannot write ${join(out, 'report.html')}: the file would be larger than this system allows (file size limit).\n`);
    expect(run.status).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });

  it('an older report stays as it was when the new one cannot be written whole', () => {
    if (!hasPrlimit) return console.warn('skipped: prlimit (util-linux) is not installed');
    const out = join(dir, 'keep');
    mkdirSync(out);
    writeFileSync(join(out, 'report.html'), 'the report of yesterday\n');
    const run = underFileSizeLimit(3000, ['check', VALID, '--format', 'json', '--output', join(out, 'report.json'), '--format', 'html', '--output', join(out, 'report.html')], out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cadcheck: cannot write .*: the file would be larger than this system allows \(file size limit\)\.\n$/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('the report of yesterday\n');
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a real full disk (a 16 KiB tmpfs, 12 KiB taken, in a private mount namespace): "the disk is full", nothing installed', () => {
    const out = join(dir, 'tmpfs');
    mkdirSync(out);
    // unshare -m: the mount exists only for this one command and vanishes with it; the listing is taken inside.
    const script = `mount -t tmpfs -o size=16k tmpfs "$1" || exit 90; head -c 12288 /dev/zero > "$1/filler"; "$2" "$3" check "$4" --format html --output "$1/report.html"; echo "exit $?"; ls -A "$1"`;
    const run = spawnSync('unshare', ['-m', 'sh', '-c', script, 'sh', out, process.execPath, BIN, VALID], { encoding: 'utf8', timeout: 60_000 });
    if (run.status === 90 || run.error || /unshare: /.test(run.stderr)) return console.warn(`skipped: cannot mount a tmpfs here (needs root): ${run.stderr.trim()}`);
    expect(run.stderr).toBe(`cadcheck: cannot write ${join(out, 'report.html')}: the disk is full.\n`);
    expect(run.stdout).toBe('exit 2\nfiller\n');
  });

  it('a read-only file system (a tmpfs mounted ro): refused before the run, "the file system is read-only"', () => {
    const out = join(dir, 'read-only-fs');
    mkdirSync(out);
    const script = `mount -t tmpfs -o ro,size=16k tmpfs "$1" || exit 90; "$2" "$3" check "$4" --format junit --output "$1/ci.xml"; echo "exit $?"; ls -A "$1"`;
    const run = spawnSync('unshare', ['-m', 'sh', '-c', script, 'sh', out, process.execPath, BIN, VALID], { encoding: 'utf8', timeout: 60_000 });
    if (run.status === 90 || run.error || /unshare: /.test(run.stderr)) return console.warn(`skipped: cannot mount a tmpfs here (needs root): ${run.stderr.trim()}`);
    expect(run.stderr).toBe(`cadcheck: cannot write ${join(out, 'ci.xml')}: the file system is read-only.\n`);
    expect(run.stdout).toBe('exit 2\n');
  });
});

