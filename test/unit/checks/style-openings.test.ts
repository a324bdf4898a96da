import { checkFixture } from '../../helpers/checks';

describe('style/preamble-opening and style/operative-opening', () => {
  it('accepts participles, adjectives and present-tense verbs after adverbs', () => {
    const text = `
      The Security Council,

      Recalling its previous resolutions,

      Deeply concerned by the violence,

      Mindful of its primary responsibility,

      Acting under Chapter VII of the Charter of the United Nations,

      1. Decides to extend the mandate;

      2. Also requests the Secretary-General to report;

      3. Strongly condemns all attacks;

      4. Calls upon all parties to comply;

      5. Decides to remain seized of the matter.
      `;
    checkFixture('style/preamble-opening', text);
    checkFixture('style/operative-opening', text);
  });

  it('flags a preamble that opens with a noun and an operative paragraph without a verb', () => {
    const text = `
      The Security Council,

      The situation in the region remains tense,
      ^^^ information style/preamble-opening

      1. Extension of the mandate until 30 June 2027;
         ^^^^^^^^^ information style/operative-opening

      2. Decides to remain seized of the matter.
      `;
    checkFixture('style/preamble-opening', text);
    checkFixture('style/operative-opening', text);
  });
});
