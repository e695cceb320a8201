// Escaping for the XML reporters: text and attribute values, minus the characters XML 1.0 cannot carry at all.

// XML 1.0 allows tab, LF, CR and U+0020 upwards except the surrogates and U+FFFE/U+FFFF; a control byte in a .dbf string must not break the report.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

// DEL, C1 and the bidi controls are XML characters, but a terminal showing the file may act on them (U+009B is CSI):
// written as character references, the same text to an XML parser.
const TERMINAL_ACTIVE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(TERMINAL_ACTIVE, (character) => `&#x${character.charCodeAt(0).toString(16)};`);
}

/** Quotes, and line breaks as character references so attribute normalisation keeps them. */
export function xmlAttribute(value: string | number): string {
  return xmlText(String(value)).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
