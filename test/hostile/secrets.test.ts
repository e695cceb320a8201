// The PostgreSQL password never appears (issue 15.13): not with an unencoded "/" or "@" in it, not in a driver's
// message, not in the crash report's echo of the command line.
import { describe, expect, it } from 'vitest';
import { reportCrash } from '../../src/cli.js';
import { redactUrl, redactUrlPasswords } from '../../src/redact.js';
import { runCli } from '../helpers.js';
import { VALID } from './helpers.js';

describe('redactUrl reads the password as a person wrote it', () => {
  it.each([
    ['postgresql://clerk:S3cret/PW@db.example:5432/cadastre', 'postgresql://clerk:***@db.example:5432/cadastre'],
    ['postgresql://clerk:12/34@db/cadastre', 'postgresql://clerk:***@db/cadastre'],
    ['postgresql://clerk:S3c@ret@db/cadastre', 'postgresql://clerk:***@db/cadastre'],
    ['postgresql://clerk:a/b@c:d@db/cadastre?sslmode=require', 'postgresql://clerk:***@db/cadastre?sslmode=require'],
    ['postgres://clerk@db/cadastre?password=S3c/ret&sslmode=require', 'postgres://clerk@db/cadastre?password=***&sslmode=require'],
    ['postgresql://db.example:5432/cadastre', 'postgresql://db.example:5432/cadastre'],
    ['postgresql://clerk@db/cadastre', 'postgresql://clerk@db/cadastre'],
  ])('%s', (given, shown) => {
    expect(redactUrl(given)).toBe(shown);
  });

  it('in free text, every URL', () => {
    expect(redactUrlPasswords('from postgresql://a:S3c/r@t@h/db and postgres://b:x@y/z.')).toBe('from postgresql://a:***@h/db and postgres://b:***@y/z.');
  });
});

describe('the CLI never shows the password', () => {
  it('an unencoded "/" in the password: exit 2, the URL redacted, and how to write it', async () => {
    const url = 'postgresql://clerk:S3cret/PW@127.0.0.1:1/cadastre';
    const { stderr, stdout, exitCode } = await runCli(['check', VALID, '--registered', url]);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('postgresql://clerk:***@127.0.0.1:1/cadastre');
    expect(stderr).toMatch(/must be percent-encoded/);
    expect(stderr).not.toMatch(/S3cret|PW@|crashed/);
  });

  it('an unencoded "@" in the password: exit 2 (no server), the URL redacted', async () => {
    const url = 'postgresql://clerk:S3c@retPW@127.0.0.1:1/cadastre';
    const { stderr, exitCode } = await runCli(['check', VALID, '--registered', url]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('postgresql://clerk:***@127.0.0.1:1/cadastre');
    expect(stderr).not.toMatch(/S3c|retPW|crashed/);
  });

  it('the crash report redacts every URL in the command line and the message', () => {
    let text = '';
    const argv = ['check', 'survey', '--registered=postgresql://clerk:S3cretPW@db/x', '--registered', 'postgresql://clerk:Pa ss/w@rd@db/x'];
    const error = new Error('connect failed for postgresql://clerk:S3cretPW@db/x (password Pa ss/w@rd)');
    reportCrash(error, { argv, env: { CADCHECK_DEBUG: '1' }, stderr: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream });
    expect(text).toContain('input: cadcheck check survey --registered=postgresql://clerk:***@db/x --registered postgresql://clerk:***@db/x\n');
    expect(text).toContain('connect failed for postgresql://clerk:***@db/x (password ***)');
    expect(text).not.toMatch(/S3cret|Pa ss|w@rd/);
  });
});
