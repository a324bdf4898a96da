import { checkFixture } from '../../helpers/checks';

describe('structure/organ', () => {
  it('is quiet with an organ line', () =>
    checkFixture(
      'structure/organ',
      `
      The Human Rights Council,

      Recalling its resolution 55/8,

      1. Decides to remain seized of the matter.
      `,
    ));
  it('flags a text without one', () =>
    checkFixture(
      'structure/organ',
      `
      Recalling its resolution 2374 (2017),
      ^ warning structure/organ

      1. Decides to remain seized of the matter.
      `,
    ));
});
