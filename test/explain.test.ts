// `cadcheck explain <rule-id>`: the doc page's sections with the rule's metadata; an unknown id is exit 2 with the closest id.
import { describe, expect, it } from 'vitest';
import { closestId, editDistance } from '../src/engine/suggest.js';
import { RULES } from '../src/rules/index.js';
import { runCli } from './helpers.js';

describe('cadcheck explain', () => {
  it('says what the rule checks, quotes the law in Georgian with the English translation, and how to fix it', async () => {
    const result = await runCli(['explain', 'geometry/valid']);
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('geometry/valid  (error · Resolution No. 388 (2016), Annex 1, Art. 8(4)(a))');
    expect(lines[1]).toBe(RULES.find((rule) => rule.id === 'geometry/valid')!.meta.description);
    expect(result.stdout).toMatch(/\nWhat it checks\n {2}Every polygon is valid as OGC and JTS define it/);
    expect(result.stdout).toContain('\nThe law\n  > პოლიგონურ ფენაში არ უნდა იყოს თვითგადაკვეთა და თვითგადაფარვა;\n');
    expect(result.stdout).toContain('  > *There must be no self-intersection and no self-overlap in a polygon layer.*\n');
    expect(result.stdout).toMatch(/\nHow to fix\n {2}Fix the outline at the reported location/);
    expect(result.stdout).toMatch(/More \(options, examples, what is not checked\): docs\/rules\/geometry\/valid\.md in the cadcheck package\.\n$/);
    // Options, Examples and Not checked stay on the page.
    expect(result.stdout).not.toMatch(/^(Options|Examples|Not checked)$/m);
  });

  it('names the law as a finding of the rule does: an "Annex 2" basis is not put under the profile\'s Annex 1', async () => {
    const { stdout } = await runCli(['explain', 'photos/duplicate']);
    expect(stdout.split('\n')[0]).toBe('photos/duplicate  (warning · Resolution No. 388 (2016), Annex 2 Art. 2(1)(a))');
  });

  it('a rule of cadcheck’s own (no basis) says so under "The law"', async () => {
    const own = RULES.find((rule) => rule.meta.basis === null)!;
    const result = await runCli(['explain', own.id]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toContain("none — cadcheck's own check");
  });

  it.each([
    ['geometry/vaild', 'geometry/valid'],
    ['valid', 'geometry/valid'],
    ['topology/repeated-vertex', 'geometry/repeated-vertex'],
    // The words of the id decide before spelling: attributes/building-number is nearer by edit distance (issue 14).
    ['building-within', 'topology/building-within-parcel'],
    ['servitude', 'topology/servitude-within-parcel'],
    ['photos/capture-date', 'photos/capture-date-present'],
    ['paper-digital', 'metadata/paper-matches-digital'],
  ])('unknown id %s → exit 2, suggesting %s', async (wanted, suggested) => {
    const result = await runCli(['explain', wanted]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`cadcheck: Unknown rule "${wanted}". Did you mean ${suggested}? (cadcheck rules lists them all.)\n`);
  });

  it('every registered rule can be explained and has its three sections', async () => {
    for (const rule of RULES) {
      const result = await runCli(['explain', rule.id]);
      expect(result.exitCode, rule.id).toBe(0);
      expect(result.stdout, rule.id).toMatch(/\nWhat it checks\n[\s\S]*\nThe law\n[\s\S]*\nHow to fix\n/);
    }
  });

  it('edit distance and the closest id', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestId('input/crs-defind', ['input/crs-defined', 'input/crs-expected'])).toBe('input/crs-defined');
    // Shared words first: "building" and "within" are both in building-within-parcel, only "building" in building-number.
    expect(editDistance('building-within', 'building-number')).toBeLessThan(editDistance('building-within', 'building-within-parcel'));
    expect(closestId('building-within', ['attributes/building-number', 'topology/building-within-parcel'])).toBe('topology/building-within-parcel');
    // Among ids sharing as many words, edit distance is the tiebreak.
    expect(closestId('overlap', ['topology/parcel-overlap', 'tolerance/registered-overlap'])).toBe('topology/parcel-overlap');
  });
});
