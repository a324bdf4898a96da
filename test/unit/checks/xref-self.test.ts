import { checkFixture } from '../../helpers/checks';

const code = 'xref/self';

describe(code, () => {
  it('flags a paragraph that cites itself, not one that cites its own sub-paragraph', () =>
    checkFixture(
      code,
      `
      The Security Council,

      1. Decides that the measures in paragraph 1 shall apply;
                                                ^ warning xref/self

      2. Decides that:

      (a) the measures in subparagraph (b) of paragraph 2 shall apply;

      (b) the Committee shall monitor them.
      `,
    ));
});
