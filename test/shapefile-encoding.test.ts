// .dbf text decoded by its .cpg: Cyrillic in windows-1251, Georgian in UTF-8, and the .cpg spellings GIS programs write.
import { describe, expect, it } from 'vitest';
import { encodingFromCpg, readShapefile } from '../src/io/shapefile.js';
import { encodeShapefile, type DbfEncoding } from '../scripts/lib/shapefile-writer.js';

describe('encodingFromCpg', () => {
  it.each([
    ['UTF-8', 'utf-8'], ['utf8', 'utf-8'], ['65001', 'utf-8'],
    ['1251', 'windows-1251'], ['CP1252', 'windows-1252'], ['ANSI 1251', 'windows-1251'], ['windows-1251', 'windows-1251'],
    ['ISO-8859-5', 'iso-8859-5'], ['88595', 'iso-8859-5'], ['ISO 8859-1', 'iso-8859-1'], ['866', 'ibm866'],
    [' UTF-8\r\n', 'utf-8'],
  ])('%j → %s', (cpg, expected) => {
    expect(encodingFromCpg(cpg)).toBe(expected);
  });
  it('an unknown name is null, so the reader can say so', () => {
    expect(encodingFromCpg('KLINGON')).toBeNull();
  });
  it('a code page number this Node cannot decode is null, not a made-up windows-NNN label', () => {
    expect(encodingFromCpg('437')).toBeNull();
    expect(encodingFromCpg('8859-99')).toBeNull();
  });
});

async function roundTrip(text: string, encoding: DbfEncoding, cpg: string) {
  const encoded = encodeShapefile({
    geometryType: 'Point', fields: [{ name: 'label', type: 'C', length: 80 }],
    features: [{ geometry: { type: 'Point', coordinates: [481700, 4618700] }, properties: { label: text } }],
    encoding, cpg,
  });
  return readShapefile({ shp: encoded.shp, shx: encoded.shx, dbf: encoded.dbf, cpg }, 'windows-1251');
}

describe('readShapefile decodes .dbf text by its .cpg', () => {
  it('Cyrillic written in windows-1251 with a .cpg "1251"', async () => {
    const content = await roundTrip('Улица Руставели', 'windows-1251', '1251');
    expect(content.encoding).toEqual({ name: 'windows-1251', declared: true, nonAscii: true });
    expect(content.records[0]!.properties.label).toBe('Улица Руставели');
  });
  it('Georgian written in UTF-8 with a .cpg "UTF-8"', async () => {
    const content = await roundTrip('სასოფლო-სამეურნეო', 'utf-8', 'UTF-8');
    expect(content.encoding).toEqual({ name: 'utf-8', declared: true, nonAscii: true });
    expect(content.records[0]!.properties.label).toBe('სასოფლო-სამეურნეო');
  });
});
