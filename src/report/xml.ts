// Escaping for the XML reporters: text and attribute values, minus the characters XML 1.0 cannot carry at all.

// XML 1.0 allows tab, LF, CR and U+0020 upwards except the surrogates and U+FFFE/U+FFFF; a control byte in a .dbf string must not break the report.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Quotes, and line breaks as character references so attribute normalisation keeps them. */
export function xmlAttribute(value: string | number): string {
  return xmlText(String(value)).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
