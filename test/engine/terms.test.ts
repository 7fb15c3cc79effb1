import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiRunsOf, unicodeRunsOf, wordsOf } from '../../src/engine/terms.js';
import { readQueries } from '../eval/evaluate.js';

describe('splitting text into words', () => {
  it('cuts ASCII text by hand exactly where the Unicode expressions cut it', () => {
    // Letters of both cases, digits and separators, in the mixes codes and log lines have.
    const ascii = fc.string({ unit: fc.constantFrom(...'aAbBzZ09 _-.:/"\'xX1ExL'.split('')), maxLength: 40 });
    const same = (text: string) => {
      expect(asciiRunsOf(text)).toEqual(unicodeRunsOf(text));
    };
    fc.assert(fc.property(ascii, same), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), same));
  });

  it('gives the same runs for every query of the evaluation and for typical codes', () => {
    const texts = [...readQueries().map((e) => e.q), 'SalesforceDuplicateTargetEntries', 'HTTP401Unauthorized', 'SCIMv2 employeeID x509Cert', 'ABCdef', 'a1B2c3'];
    for (const text of texts) expect(asciiRunsOf(text), text).toEqual(unicodeRunsOf(text));
  });

  it('splits CamelCase codes and keeps their whole form, and keeps numbers', () => {
    expect(wordsOf('EntryConflict 401').map((w) => [w.text, w.term, w.joined ?? false])).toEqual([
      ['EntryConflict', 'entri', false],
      ['EntryConflict', 'conflict', false],
      ['EntryConflict', 'entryconflict', true],
      ['401', '401', false],
    ]);
  });
});
