/** The outline sent to editors: cut to a number of symbols by leaving out the deepest sub-paragraphs. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { documentSymbols, outlineWithin, type DocSymbol } from '../../../server/src/core/features/symbols';
import { dedent } from '../../helpers/annotated';

const DRAFT = dedent(`
  The Security Council,

  1. Decides that the Mission shall:

  (a) Monitor the ceasefire, in particular:

  (i) in the north;

  (ii) in the south;

  (b) Report on violations;

  2. Decides to remain seized of the matter.
  `);

const names = (symbols: readonly DocSymbol[]): string[] => symbols.flatMap((s) => [s.name.slice(0, 4), ...names(s.children)]);

describe('outline within a number of symbols', () => {
  const all = documentSymbols(parse(DRAFT));

  it('keeps the whole outline when it fits', () => {
    assert.equal(outlineWithin(all, 7), all);
  });

  it('leaves out the deepest sub-paragraphs first, then every sub-paragraph, never paragraphs', () => {
    assert.deepEqual(names(all), ['Secu', '1. D', '(a) ', '(i) ', '(ii)', '(b) ', '2. D']);
    assert.deepEqual(names(outlineWithin(all, 6)), ['Secu', '1. D', '(a) ', '(b) ', '2. D']);
    assert.deepEqual(names(outlineWithin(all, 4)), ['Secu', '1. D', '2. D']);
    assert.deepEqual(names(outlineWithin(all, 1)), ['Secu', '1. D', '2. D']);
    // The model's outline is left as it was.
    assert.equal(names(all).length, 7);
  });
});
