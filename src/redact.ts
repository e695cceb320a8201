// Passwords in URLs (postgresql://user:password@host/db, ?password=…) are never shown: every message, report and
// crash report that may hold one goes through here. Read the URL as a person wrote it, not as a URL parser would:
// an unencoded "/" or "@" in the password must not leave part of it in view.

const QUERY_SECRET = /([?&](?:password|pass|passwd|sslpassword)=)[^&#]*/gi;

/**
 * One URL (the whole string) with its password replaced by `***`. The user information runs from `://` to the
 * LAST "@" (so `clerk:S3c/r@t@host` hides `S3c/r@t`); the password is everything after its first ":".
 * Hiding too much (a "@" in a query) is accepted; showing any of a password is not.
 */
export function redactUrl(url: string): string {
  const withoutQuerySecrets = url.replace(QUERY_SECRET, '$1***');
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([\s\S]*)$/i.exec(withoutQuerySecrets);
  if (!match) return withoutQuerySecrets;
  const [, scheme, rest] = match as unknown as [string, string, string];
  const at = rest.lastIndexOf('@');
  if (at < 0) return withoutQuerySecrets;
  const userInfo = rest.slice(0, at);
  const colon = userInfo.indexOf(':');
  if (colon < 0) return withoutQuerySecrets;
  return `${scheme}${userInfo.slice(0, colon)}:***${rest.slice(at)}`;
}

/** The password of a URL as written (see redactUrl), or null; for scrubbing it out of a driver's message. */
export function urlPasswordOf(url: string): string | null {
  const rest = /^[a-z][a-z0-9+.-]*:\/\/([\s\S]*)$/i.exec(url)?.[1];
  if (rest === undefined) return null;
  const userInfo = rest.slice(0, Math.max(rest.lastIndexOf('@'), 0));
  const colon = userInfo.indexOf(':');
  return colon < 0 || colon === userInfo.length - 1 ? null : userInfo.slice(colon + 1);
}

/** Every URL in a free text (one ends at white space) with its password hidden. */
export function redactUrlPasswords(text: string): string {
  return text.replace(/[a-z][a-z0-9+.-]*:\/\/\S*/gi, (url) => redactUrl(url));
}

/** A command-line argument: a URL in it runs to the end of the argument (a password may hold spaces). */
export function redactArgument(argument: string): string {
  return argument.replace(/[a-z][a-z0-9+.-]*:\/\/[\s\S]*$/i, (url) => redactUrl(url));
}

/** The passwords of the URLs in the command line (as written and percent-decoded), longest first. */
export function passwordsIn(argv: readonly string[]): string[] {
  const found = new Set<string>();
  for (const argument of argv) {
    const url = /[a-z][a-z0-9+.-]*:\/\/[\s\S]*$/i.exec(argument)?.[0];
    if (url === undefined) continue;
    const secrets = [urlPasswordOf(url), ...[...url.matchAll(/[?&](?:password|pass|passwd|sslpassword)=([^&#]*)/gi)].map((match) => match[1])];
    for (const secret of secrets) {
      if (!secret) continue;
      found.add(secret);
      try {
        found.add(decodeURIComponent(secret));
      } catch {
        // not percent-encoded
      }
    }
  }
  // A very short password would blank out common letters everywhere; the URL itself is already redacted.
  return [...found].filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
}

/** A text to show: every URL's password hidden, and every password of the command line's URLs wherever it appears. */
export function withoutSecrets(text: string, argv: readonly string[]): string {
  let out = redactUrlPasswords(text);
  for (const secret of passwordsIn(argv)) out = out.split(secret).join('***');
  return out;
}
