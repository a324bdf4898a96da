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
    [
      'reads a label written "v)" in a text that writes "(a)" as that item: one error at the label',
      `
      The Security Council,

      1. Decides that the Mission shall have the following tasks:

      (i) To protect civilians;

      (ii) To monitor human rights;

      (iii) To support the peace process;

      (iv) To support national authorities;

      v) To foster a secure environment for returns;
      ^^ error numbering/subparagraph-sequence

      (vi) To facilitate free movement;

      2. Decides to remain seized of the matter.
      `,
    ],
    [
      'keeps a list going across a table between (a) and (b)',
      `
      The General Assembly,

      1. Decides that, for 2021:

      (a) The following amounts are appropriated:

      Section | Amount

      1. Overall policymaking | 78 809 400

      2. Political affairs | 792 787 700

      (b) The amounts shall be financed from assessments;

      2. Decides to consider the matter at its next session.
      `,
    ],
    [
      'nests stacked labels "(a) (i)" on one line',
      `
      The General Assembly,

      1. Encourages States:

      (a) (i) To establish national plans;

      (ii) To review them every year;

      (b) To report on progress;

      2. Decides to consider the matter at its next session.
      `,
    ],
    [
      'starts the letters again after a lettered heading inside a paragraph, and reads numbered objectives inside it',
      `
      The General Assembly,

      1. Decides to adopt the framework;

      2. Adopts the following objectives:

      1. Reduce threats to biodiversity;

      2. Meet people's needs;

      3. Share benefits fairly;

      4. Mobilize resources;

      5. Report on progress;

      3. Decides on the following actions:

      A. Reduce threats to biodiversity

      (a) Restore ecosystems;

      B. Meet people's needs

      (a) Use resources sustainably;

      (b) Share benefits;

      C. Scale up biodiversity action

      (a) Mobilize finance;

      (b) Build capacity;

      4. Decides to consider the matter at its next session.
      `,
    ],
    [
      'reads French headings "a) Transports", "b) Énergie" between paragraphs as headings',
      `
      L’Assemblée générale,

      1. Décide d’adopter le programme d’action;

      a) Transports

      2. Encourage les États à investir dans les transports durables;

      3. Invite les États à :

      a) Renforcer la sécurité routière;

      b) Développer les transports publics;

      b) Énergie

      4. Encourage les États à investir dans les énergies renouvelables;

      5. Décide de rester saisie de la question.
      `,
    ],
  ];
  for (const [name, fixture] of cases) it(name, () => checkFixture(code, fixture));
});
