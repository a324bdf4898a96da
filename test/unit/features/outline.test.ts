/** The outline sent to editors: cut to a number of symbols by leaving out the deepest levels (sub-paragraphs, then paragraphs). */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { documentSymbols, outlineWithin, type DocSymbol } from '../../../server/src/core/features/symbols';
import { dedent } from '../../helpers/annotated';

const DRAFT = dedent(`
  The Security Council,

  Recalling its resolutions,

  Mandate of the Mission

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
    assert.equal(outlineWithin(all, 10), all);
  });

  it('leaves out the deepest sub-paragraphs first, then every sub-paragraph, then paragraphs, never headings', () => {
    assert.deepEqual(names(all), ['Secu', 'Prea', 'Reca', 'Mand', '1. D', '(a) ', '(i) ', '(ii)', '(b) ', '2. D']);
    assert.deepEqual(names(outlineWithin(all, 9)), ['Secu', 'Prea', 'Reca', 'Mand', '1. D', '(a) ', '(b) ', '2. D']);
    assert.deepEqual(names(outlineWithin(all, 7)), ['Secu', 'Prea', 'Reca', 'Mand', '1. D', '2. D']);
    // A text of thousands of paragraphs is outlined by its headings.
    assert.deepEqual(names(outlineWithin(all, 5)), ['Secu', 'Prea', 'Mand']);
    assert.deepEqual(names(outlineWithin(all, 1)), ['Secu', 'Prea', 'Mand']);
    // The model's outline is left as it was.
    assert.equal(names(all).length, 10);
  });
});
