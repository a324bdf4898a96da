import { checkFixture } from '../../helpers/checks';

describe('style/preamble-ending', () => {
  it('expects commas, accepts a colon and footnote numbers', () =>
    checkFixture(
      'style/preamble-ending',
      `
      The General Assembly,

      Recalling its resolution 75/1,

      Taking note of the report of the Secretary-General,2

      Noting with concern the situation;
                                       ^ warning style/preamble-ending

      Reaffirming the following principles:

      1. Decides to include the item in the agenda.
      `,
    ));
});

describe('style/operative-ending', () => {
  it('expects semicolons, a final period, and carries the ending to the last sub-paragraph', () =>
    checkFixture(
      'style/operative-ending',
      `
      The Security Council,

      1. Decides to extend the mandate.
                                      ^ warning style/operative-ending

      2. Requests the Secretary-General:

      (a) to report on the situation;

      (b) to propose options,
                            ^ warning style/operative-ending

      3. Decides to remain seized of the matter;
                                               ^ warning style/operative-ending
      `,
    ));
});
