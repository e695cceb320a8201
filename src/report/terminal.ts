// Text from a submission (attribute values, file and folder names, manifest strings) shown on a terminal: control
// characters made visible, so a submitter cannot clear the screen (ESC[2J), hide the verdict (ESC[8m), plant a link
// (OSC 8), rewrite a line (CR, BS) or reorder what the clerk reads (bidi overrides).

/** C0 controls (with tab, LF and CR), DEL, C1 controls, and the bidi embeddings, overrides and isolates (Trojan Source). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A visible escape for each unsafe character: \n, \r, \t as such; ESC as \x1b; others as \xNN or \uNNNN. */
function visible(character: string): string {
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  if (character === '\t') return '\\t';
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One piece of text (a name, a value, a message) safe to print: every control and bidi character shown as an escape. */
export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** A whole message that may end with line breaks of its own: the text before them made safe, the breaks kept. */
export function safeLine(text: string): string {
  const body = text.replace(/\n+$/, '');
  return safeForTerminal(body) + text.slice(body.length);
}

/**
 * Serialised JSON with the characters JSON.stringify leaves raw (DEL, C1, bidi, U+2028/U+2029) written as \uNNNN
 * escapes: the same document to a parser, nothing a terminal acts on. (They can only stand inside JSON strings.)
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
