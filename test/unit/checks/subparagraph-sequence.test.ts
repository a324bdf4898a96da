import { checkFixture } from '../../helpers/checks';

const code = 'numbering/subparagraph-sequence';

describe(code, () => {
  const cases: [string, string][] = [
    [
      'accepts letters and nested roman numerals, and (i) after (h)',
      `
      The Security Council,

      1. Decides that the Mission shall have the following tasks:

      (a) Protection of civilians

      (i) To protect civilians under threat of physical violence;

      (ii) To support the national authorities;

      (b) To support the political process;

      (c) To monitor the ceasefire;

      (d) To report violations;

      (e) To support elections;

      (f) To assist the police;

      (g) To promote human rights;

      (h) To coordinate humanitarian assistance;

      (i) To support mine action;

      2. Decides to remain seized of the matter.
      `,
    ],
    [
      'flags a skipped letter and a wrong roman numeral',
      `
      The Security Council,

      1. Decides that the Mission shall:

      (a) Monitor the ceasefire;

      (c) Report violations, in particular:
      ^^^ error numbering/subparagraph-sequence

      (i) attacks on civilians;

      (iii) attacks on peacekeepers;
      ^^^^^ error numbering/subparagraph-sequence

      2. Decides to remain seized of the matter.
      `,
    ],
    [
      'continues lettered lists past (z) with (aa), (bb)',
      `
      The Security Council,

      1. Decides that the Panel shall:

      (a) a; (b) b;

      (b) Task two;

      (c) Task;

      (d) Task;

      (e) Task;

      (f) Task;

      (g) Task;

      (h) Task;

      (i) Task;

      (j) Task;

      (k) Task;

      (l) Task;

      (m) Task;

      (n) Task;

      (o) Task;

      (p) Task;

      (q) Task;

      (r) Task;

      (s) Task;

      (t) Task;

      (u) Task;

      (v) Task;

      (w) Task;

      (x) Task;

      (y) Task;

      (z) Task;

      (aa) Task;

      (bb) Task;

      (cc) Task.
      `,
    ],
  ];
  for (const [name, fixture] of cases) it(name, () => checkFixture(code, fixture));
});
