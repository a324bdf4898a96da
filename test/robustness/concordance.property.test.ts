/**
 * Properties (fast-check) of the concordance: it never throws; a text agrees with itself; every finding
 * lies within the version and points within the original. On random Unicode and on mutations of the
 * project's fixtures (figures, dates and numbers are what it reads, so the mutations are rich in them).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { concordance } from '../../server/src/core/features/concordance';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');
const FRENCH = readFileSync(join(__dirname, '../../../examples/sc-projet-fr.unres'), 'utf8');

/** A fixture with a random stretch replaced by digits, separators, month names or labels. */
const mutated = fc
  .tuple(
    fc.constantFrom(FIXTURE, FRENCH),
    fc.nat(),
    fc.nat({ max: 40 }),
    fc.array(fc.constantFrom('1', '9', ' ', '\u00a0', ',', '.', '(', ')', 'a)', '(b)', 'June ', 'juin ', 'de ', '2022', '年', '6月', '30日', '\n\n', '3. ', 'paragraph 2 above', 'resolution 2441 (2018)'), { maxLength: 12 }),
  )
  .map(([text, at, length, parts]) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + parts.join('') + text.slice(start + length);
  });

describe('concordance properties', () => {
  it('a text agrees with itself', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        assert.deepEqual(concordance(parse(text), parse(text)), []);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and its findings lie within the texts', () => {
    fc.assert(
      fc.property(mutated, mutated, (original, version) => {
        for (const f of concordance(parse(original), parse(version))) {
          assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= version.length, `${f.code} [${f.span.start}, ${f.span.end})`);
          if (f.original) assert.ok(f.original.start >= 0 && f.original.start <= f.original.end && f.original.end <= original.length);
          assert.ok(f.message.length > 0 && !f.message.includes('{'));
        }
      }),
      { numRuns: 300 },
    );
  });
});
