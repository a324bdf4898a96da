/**
 * Property (fast-check): comparing any two texts never throws, lists every paragraph of each side once,
 * in the new text's order, and a text compared with itself is all unchanged.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { compare } from '../../server/src/core/features/compare';

const line = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('The Security Council,', 'Recalling its resolutions,', '1. Decides to act;', '2. Requests a report;', '(a) To monitor;', '(b) To report;', '– to assist;', '3. Decides to remain seized of the matter.', ''),
);
const text = fc.array(line, { maxLength: 14 }).map((ls) => ls.join('\n\n'));

describe('compare (property, any text)', () => {
  it('never throws and accounts for every paragraph once', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const oldModel = parse(a);
        const newModel = parse(b);
        const result = compare(oldModel, newModel).paragraphs;
        for (const part of ['preamble', 'operative'] as const) {
          const rows = result.filter((r) => r.part === part);
          const olds = rows.flatMap((r) => (r.old ? [r.old.index] : [])).sort((x, y) => x - y);
          const news = rows.flatMap((r) => (r.new ? [r.new.index] : []));
          const count = (m: typeof oldModel) => (part === 'preamble' ? m.preamble.length : m.operative.length);
          assert.deepEqual(olds, Array.from({ length: count(oldModel) }, (_, i) => i + 1));
          assert.deepEqual(news, Array.from({ length: count(newModel) }, (_, i) => i + 1));
        }
        assert.ok(compare(newModel, newModel).paragraphs.every((r) => r.change === 'unchanged' && r.similarity === 1));
      }),
      { numRuns: 300 },
    );
  });
});
