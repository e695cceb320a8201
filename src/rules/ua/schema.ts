// ua/schema: the exchange file fits the format's XML Schema (version 0.7), which the State Land Cadastre checks before
// anything else (§70: the file is in the exchange format the Cadastre publishes). The reader ran the validator; this rule
// words each distinct problem for a surveyor, with its place, and caps a flood at MAX_PROBLEMS.
import { defineRule } from '../../engine/define-rule.js';
import type { UaSchemaProblem } from '../../model/ukraine.js';

/** Distinct problems reported per file; past it, one finding says how many more. */
const MAX_PROBLEMS = 50;

/** The XML Schema types of the format's values, told in words (anything else is named as the schema names it). */
const TYPE_MESSAGES = {
  'xs:double': 'notNumber',
  'xs:decimal': 'notNumber',
  'xs:int': 'notWholeNumber',
  'xs:integer': 'notWholeNumber',
  'xs:date': 'notDate',
  'xs:boolean': 'notBoolean',
} as const;

function messageOf(problem: UaSchemaProblem) {
  switch (problem.kind) {
    case 'missingChild': return problem.expected ? 'missingChild' : 'other';
    case 'unexpected': return problem.expected ? 'unexpected' : 'unexpectedHere';
    case 'textNotAllowed': return problem.expected ? 'textInsteadOf' : 'textNotAllowed';
    case 'attributeNotAllowed': return 'attributeNotAllowed';
    case 'notInList': return 'notInList';
    case 'badPattern': return 'badPattern';
    case 'badLength': return 'badLength';
    case 'wrongType': return TYPE_MESSAGES[problem.expected as keyof typeof TYPE_MESSAGES] ?? 'wrongType';
    default: return 'other';
  }
}

export default defineRule({
  id: 'ua/schema',
  meta: {
    severity: 'error',
    basis: '§70 (the exchange file format)',
    description: 'The exchange file fits the XML Schema of the exchange format, version 0.7, as the State Land Cadastre checks it',
    messages: {
      missingChild: '<{element}> lacks {expected}, which the exchange format requires there; line {line}, column {column} ({path}); places: {count}',
      unexpected: '<{element}> is not allowed at this place; the exchange format expects {expected} there; line {line}, column {column} ({path}); places: {count}',
      unexpectedHere: '<{element}> is not allowed at this place; line {line}, column {column} ({path}); places: {count}',
      textNotAllowed: '<{element}> holds text, but the exchange format wants elements inside it; line {line}, column {column} ({path}); places: {count}',
      textInsteadOf: '<{element}> holds text, but the exchange format wants an element inside it, one of {expected} (e.g. <M/>, not M); line {line}, column {column} ({path}); places: {count}',
      attributeNotAllowed: '<{element}> has an attribute {value}=…, which the exchange format does not have; line {line}, column {column} ({path}); places: {count}',
      notInList: "<{element}> holds '{value}', which is not one of the format's values {expected}; line {line}, column {column} ({path}); places: {count}",
      badPattern: "<{element}> holds '{value}', which is not in the form the format requires ({expected}); line {line}, column {column} ({path}); places: {count}",
      badLength: "<{element}> holds '{value}', whose length is not allowed (length {expected}); line {line}, column {column} ({path}); places: {count}",
      notNumber: "<{element}> holds '{value}', which is not a number (write digits with a decimal point, e.g. 5592000.25); line {line}, column {column} ({path}); places: {count}",
      notWholeNumber: "<{element}> holds '{value}', which is not a whole number; line {line}, column {column} ({path}); places: {count}",
      notDate: "<{element}> holds '{value}', which is not a date in the form YYYY-MM-DD; line {line}, column {column} ({path}); places: {count}",
      notBoolean: "<{element}> holds '{value}', which is neither true nor false; line {line}, column {column} ({path}); places: {count}",
      wrongType: "<{element}> holds '{value}', which is not of the type {expected}; line {line}, column {column} ({path}); places: {count}",
      other: '<{element}>: {detail}; line {line}, column {column} ({path}); places: {count}',
      more: '{count} more distinct schema problems are not listed',
      otherVersion: 'The file says it is in exchange format version {version}; cadcheck holds it against version {checked}, the one the State Land Cadastre accepts',
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = { role: 'parcel' as const, file: exchange.file };
      if (exchange.formatVersion && exchange.formatVersion !== '0.7') {
        report({ messageId: 'otherVersion', layer, severity: 'warning', data: { version: exchange.formatVersion, checked: '0.7' } });
      }
      const problems = exchange.schemaProblems ?? [];
      for (const problem of problems.slice(0, MAX_PROBLEMS)) {
        const { element, path, line, column, count, detail } = problem;
        report({ messageId: messageOf(problem), layer, data: { element, path, line, column, count, detail, expected: problem.expected ?? '', value: problem.value ?? '' } });
      }
      if (problems.length > MAX_PROBLEMS) report({ messageId: 'more', layer, data: { count: problems.length - MAX_PROBLEMS } });
    }
  },
});
