// Errors that are the user's to fix (exit 2 with one clear paragraph), as opposed to bugs.
export class UserError extends Error {
  constructor(
    message: string,
    /** A stable code for scripts and tests, e.g. 'path-not-found', 'bad-config'. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
