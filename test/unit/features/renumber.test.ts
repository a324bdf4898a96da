/** Renumbering: table-driven cases of what negotiation does to a text, then the property that refs keep their targets. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { applyEdits, renumber } from '../../../server/src/core/features/renumber';
import { dedent } from '../../helpers/annotated';

function run(source: string): { text: string; unresolved: string[] } {
  const text = dedent(source);
  const r = renumber(parse(text));
  return { text: applyEdits(text, r.edits), unresolved: r.unresolved.map((s) => text.slice(s.start, s.end)) };
}

const HEAD = 'The Security Council,\n\n';

describe('renumber', () => {
  const cases: [string, string, string, string[]?][] = [
    [
      'an inserted "bis" paragraph, with references after it',
      `${HEAD}1. Decides A, as set out in paragraph 3 below;\n\n1 bis. Decides B, recalling paragraph 1 above;\n\n2. Decides C;\n\n3. Recalls paragraphs 1 bis and 2 above.`,
      `${HEAD}1. Decides A, as set out in paragraph 4 below;\n\n2. Decides B, recalling paragraph 1 above;\n\n3. Decides C;\n\n4. Recalls paragraphs 2 and 3 above.`,
    ],
    [
      'a deletion, and a reference to the deleted paragraph left as it is',
      `${HEAD}1. Decides A, recalling paragraph 2 below;\n\n3. Decides C, recalling paragraph 4 below;\n\n4. Decides D.`,
      `${HEAD}1. Decides A, recalling paragraph 2 below;\n\n2. Decides C, recalling paragraph 3 below;\n\n3. Decides D.`,
      ['2'],
    ],
    [
      'a move, which turns "below" into "above"',
      `${HEAD}2. Decides B;\n\n1. Decides A, as in paragraph 2 below;\n\n3. Decides C.`,
      `${HEAD}1. Decides B;\n\n2. Decides A, as in paragraph 1 above;\n\n3. Decides C.`,
    ],
    [
      'a duplicate number: the later paragraph is the inserted one; references keep meaning the first',
      `${HEAD}1. Decides A;\n\n2. Decides B;\n\n2. Decides B2;\n\n3. Recalls paragraph 2 above.`,
      `${HEAD}1. Decides A;\n\n2. Decides B;\n\n3. Decides B2;\n\n4. Recalls paragraph 2 above.`,
    ],
    [
      'a part numbered on from the part before moves with an insertion in that part',
      `${HEAD}A\n\n1. Decides A;\n\n1 bis. Decides A2;\n\n2. Decides B, recalling paragraph 3 below;\n\nB\n\n3. Reminds C;\n\n4. Decides D.`,
      `${HEAD}A\n\n1. Decides A;\n\n2. Decides A2;\n\n3. Decides B, recalling paragraph 4 below;\n\nB\n\n4. Reminds C;\n\n5. Decides D.`,
    ],
    [
      'a sub-paragraph inserted before two that a reference names together ("paragraph 1 (b) and (c)")',
      `${HEAD}1. Decides:\n\n(a) first;\n\n(a) inserted;\n\n(b) second;\n\n(c) third;\n\n2. Recalls paragraph 1 (b) and (c) above.`,
      `${HEAD}1. Decides:\n\n(a) first;\n\n(b) inserted;\n\n(c) second;\n\n(d) third;\n\n2. Recalls paragraph 1 (c) and (d) above.`,
    ],
    [
      'lists, ranges, "ter" and sub-paragraph paths re-lettered',
      `${HEAD}1. Decides:\n\n(a) first;\n\n(c) second;\n\n(i) inner;\n\n(iii) inner two;\n\n1 ter. Decides E;\n\n2. Recalls paragraphs 1 (c) (iii) and 1 ter above, subparagraph (c) of paragraph 1 and paragraphs 1 to 2.`,
      `${HEAD}1. Decides:\n\n(a) first;\n\n(b) second;\n\n(i) inner;\n\n(ii) inner two;\n\n2. Decides E;\n\n3. Recalls paragraphs 1 (b) (ii) and 2 above, subparagraph (b) of paragraph 1 and paragraphs 1 to 3.`,
    ],
    [
      'bracketed negotiation text and references to other documents stay as they are',
      `${HEAD}1. Decides A [, as set out in resolution 2374 (2017)];\n\n1 bis. [Decides B, consistent with paragraph 2 of resolution 2391 (2017)];\n\n2. Recalls paragraph 1 bis above.`,
      `${HEAD}1. Decides A [, as set out in resolution 2374 (2017)];\n\n2. [Decides B, consistent with paragraph 2 of resolution 2391 (2017)];\n\n3. Recalls paragraph 2 above.`,
    ],
    [
      'paragraphs of a report named in words stay as they are, and a bare one of this text moves',
      `${HEAD}1. Takes note of the report of the Secretary-General, in particular paragraphs 1 and 2;\n\n1 bis. Recalls his report, in paragraphs 2-3, and decision 1/CP.7, paragraph 2;\n\n2. Requests the Secretary-General to report on the implementation of paragraph 1 bis.`,
      `${HEAD}1. Takes note of the report of the Secretary-General, in particular paragraphs 1 and 2;\n\n2. Recalls his report, in paragraphs 2-3, and decision 1/CP.7, paragraph 2;\n\n3. Requests the Secretary-General to report on the implementation of paragraph 2.`,
    ],
  ];
  for (const [name, before, after, unresolved] of cases) {
    it(name, () => {
      const r = run(before);
      assert.equal(r.text, dedent(after));
      assert.deepEqual(r.unresolved, unresolved ?? []);
    });
  }

  it('is idempotent', () => {
    for (const [, before] of cases) {
      const once = run(before).text;
      assert.equal(run(once).text, once);
    }
  });
});
