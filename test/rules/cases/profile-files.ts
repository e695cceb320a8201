// RuleTester cases for the ua-1051 and kz-pcm rules: the exchange or turning-point file as the reader leaves it in
// `submission.ukraine` / `submission.kzPoints`, built here as data (the reader's own tests are profiles-ua-kz.test.ts).
import type { UaSchemaProblem, UkraineExchange } from '../../../src/model/ukraine.js';
import type { RuleCases } from '../../support/rule-tester.js';

/** A 25 m × 40 m parcel in Kyiv: four points, two polylines, one boundary (as fixtures/ua-1051/valid/parcel.xml). */
function exchange(change: Partial<UkraineExchange> = {}): UkraineExchange {
  const point = (uidp: string, x: string, y: string, index: number) => ({ uidp, name: uidp, x, y, mx: '0.05', my: '0.05', index });
  return {
    file: 'parcel.xml', root: 'UkrainianCadastralExchangeFile', coordinateSystem: { name: 'USC2000', zone: null }, formatVersion: '0.7', schemaProblems: [],
    points: [point('1', '5592000.00', '6325000.00', 0), point('2', '5592025.00', '6325000.00', 1), point('3', '5592025.00', '6325040.00', 2), point('4', '5592000.00', '6325040.00', 3)],
    polylines: [{ ulid: '1', points: ['1', '2', '3'], index: 0 }, { ulid: '2', points: ['3', '4', '1'], index: 1 }],
    controlPoints: ['1', '2'],
    boundaries: [{ label: 'parcel 0001', lines: ['1', '2'], featureIndex: 0 }],
    ...change,
  };
}

const ua = (change: Partial<UkraineExchange> = {}) => ({ profile: 'ua-1051', submission: { ukraine: [exchange(change)] } });
const on = { severity: 'error', file: 'parcel.xml' } as const;

/** A complaint of the format's XML Schema that cadcheck has no words for (libxml2's own text is kept). */
function unexpectedElement(element: string, line: number): UaSchemaProblem {
  return { kind: 'unexpected', element, path: `UkrainianCadastralExchangeFile/InfoPart/MetricInfo/${element}`, line, column: 7, expected: null, value: null, detail: 'This element is not expected.', count: 1 };
}

export const profileFileCases: RuleCases[] = [
  {
    rule: 'ua/closed-boundaries',
    valid: [{ name: 'two polylines closing the parcel', ...ua() }],
    invalid: [
      { name: 'a boundary with no polyline', ...ua({ boundaries: [{ label: 'parcel 0001', lines: [], featureIndex: 0 }] }), findings: [{ ...on, messageId: 'empty', message: 'The boundary of parcel 0001 lists no polylines' }] },
      {
        name: 'the second polyline starts at a point the first does not end at',
        ...ua({ polylines: [{ ulid: '1', points: ['1', '2'], index: 0 }, { ulid: '2', points: ['3', '4'], index: 1 }] }),
        findings: [{ ...on, messageId: 'broken', message: 'The boundary of parcel 0001 breaks between polylines 1 and 2: they share no end point' }],
      },
    ],
  },
  {
    rule: 'ua/point-accuracy',
    valid: [{ name: 'every point with X, Y, MX and MY', ...ua() }],
    invalid: [{
      name: 'point 2 without its MX',
      ...ua({ points: exchange().points.map((point) => (point.uidp === '2' ? { ...point, mx: null } : point)) }),
      findings: [{ ...on, messageId: 'missing', location: [6325000, 5592025], message: 'Point 2 has no MX' }],
    }],
  },
  {
    rule: 'ua/polyline-refs',
    valid: [{ name: 'polylines of known points, boundary of known polylines', ...ua() }],
    invalid: [
      {
        name: 'two polylines numbered 1',
        ...ua({ polylines: [{ ulid: '1', points: ['1', '2', '3'], index: 0 }, { ulid: '1', points: ['3', '4', '1'], index: 1 }], boundaries: [{ label: 'parcel 0001', lines: ['1'], featureIndex: 0 }] }),
        findings: [{ ...on, messageId: 'duplicatePolyline', message: 'Polyline number (ULID) 1 is used twice: polylines 0 and 1' }],
      },
      {
        name: 'a polyline of one point',
        ...ua({ polylines: [...exchange().polylines, { ulid: '3', points: ['4'], index: 2 }] }),
        findings: [{ ...on, messageId: 'tooShort', message: 'Polyline 3 has 1 point(s); a polyline needs at least 2' }],
      },
    ],
  },
  {
    rule: 'ua/unique-point-ids',
    valid: [{ name: 'points numbered 1 to 4', ...ua() }],
    invalid: [{
      name: 'the third point without a UIDP',
      ...ua({ points: exchange().points.map((point) => (point.index === 2 ? { ...point, uidp: '' } : point)) }),
      findings: [{ ...on, messageId: 'missingId', location: [6325040, 5592025], message: 'Point 2 of PointInfo has no number (UIDP)' }],
    }],
  },
  {
    rule: 'ua/schema',
    valid: [{ name: 'a file the schema accepts', ...ua() }],
    invalid: [
      {
        name: 'an element the format has nowhere',
        ...ua({ schemaProblems: [unexpectedElement('Notes', 41)] }),
        findings: [{ ...on, messageId: 'unexpectedHere', message: '<Notes> is not allowed at this place; line 41, column 7 (UkrainianCadastralExchangeFile/InfoPart/MetricInfo/Notes); places: 1' }],
      },
      {
        name: 'a file whose root is another format\'s',
        ...ua({ schemaProblems: [{ kind: 'wrongRoot', element: 'CadastralFile', path: 'CadastralFile', line: 2, column: 1, expected: null, value: null, detail: 'No matching global declaration available for the validation root', count: 1 }] }),
        findings: [{ ...on, messageId: 'other', message: '<CadastralFile>: No matching global declaration available for the validation root; line 2, column 1 (CadastralFile); places: 1' }],
      },
      {
        name: '51 distinct problems: 50 listed, then how many more',
        ...ua({ schemaProblems: Array.from({ length: 51 }, (_, i) => unexpectedElement(`Extra${i}`, 100 + i)) }),
        findings: [
          ...Array.from({ length: 50 }, () => ({ messageId: 'unexpectedHere' })),
          { ...on, messageId: 'more', message: '1 more distinct schema problems are not listed' },
        ],
      },
    ],
  },
  {
    rule: 'kz/parseable-lines',
    valid: [{ name: 'a file with one contour', profile: 'kz-pcm', submission: { kzPoints: [{ file: 'parcel.txt', unparsed: [], contours: [{ name: '1', featureIndex: 0, points: [{ number: '1', x: 4791000, y: 3420000, line: 1 }] }] }] } }],
    invalid: [{
      name: 'a file of comments only',
      profile: 'kz-pcm', submission: { kzPoints: [{ file: 'parcel.txt', contours: [], unparsed: [] }] },
      findings: [{ severity: 'error', file: 'parcel.txt', messageId: 'noPoints', message: 'The file has no turning points' }],
    }],
  },
];
