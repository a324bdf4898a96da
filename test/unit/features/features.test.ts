/** Editor features as pure functions of the model and a cursor (`$0`), table-driven. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { hover } from '../../../server/src/core/features/hover';
import { definition } from '../../../server/src/core/features/definition';
import { findReferences } from '../../../server/src/core/features/references';
import { selectionRanges } from '../../../server/src/core/features/selection';
import { cursor, dedent } from '../../helpers/annotated';

const DRAFT = `
  The Security Council,

  Recalling the measures referred to in paragraph 2 below,

  1. Decides that the Mission shall:

  (a) Monitor the ceasefire;

  (b) Report on violations;

  2. Requests the Secretary-General to implement paragraph 1 (b) above;

  3. Decides to remain seized of the matter.
  `;

function at(marked: string): { model: ReturnType<typeof parse>; offset: number } {
  const { text, offset } = cursor(dedent(marked));
  return { model: parse(text), offset };
}

describe('hover', () => {
  const cases: [string, string, RegExp][] = [
    ['internal reference', DRAFT.replace('paragraph 2 below', 'paragraph $02 below'), /\*\*Paragraph 2\*\*\n\nRequests the Secretary\\-General/],
    ['sub-paragraph path', DRAFT.replace('paragraph 1 (b) above', 'paragraph 1 ($0b) above'), /\*\*Paragraph 1 \\\(b\\\)\*\*\n\nReport on violations;/],
    ['paragraph number', DRAFT.replace('2. Requests', '$02. Requests'), /Cited by preambular paragraph 1\./],
    ['missing target', DRAFT.replace('paragraph 1 (b) above', 'paragraph $09 above'), /No paragraph 9 in this text\./],
  ];
  for (const [name, fixture, expected] of cases) {
    it(name, () => {
      const { model, offset } = at(fixture);
      assert.match(hover(model, offset)?.markdown ?? '', expected);
    });
  }

  it('escapes document text so it cannot inject links, commands or HTML', () => {
    const hostile = DRAFT.replace('Report on violations;', 'Report [click](command:workbench.action.quit) <img src=x onerror=alert(1)> violations;').replace('paragraph 1 (b) above', 'paragraph 1 ($0b) above');
    const md = hover(at(hostile).model, at(hostile).offset)?.markdown ?? '';
    assert.ok(!md.includes('](command:'));
    assert.ok(!md.includes('<img'));
    assert.match(md, /\\\[click\\\]\\\(command:workbench\\\.action\\\.quit\\\) &lt;img/);
  });

  it('is empty away from references and labels', () => {
    const { model, offset } = at(DRAFT.replace('Monitor the', 'Moni$0tor the'));
    assert.equal(hover(model, offset), null);
  });
});

describe('definition and references', () => {
  it('lands on the sub-paragraph named by a path', () => {
    const { model, offset } = at(DRAFT.replace('paragraph 1 (b) above', 'paragraph 1 (b$0) above'));
    const d = definition(model, offset);
    assert.equal(model.text.slice(d!.selection.start, d!.selection.end), '(b)');
  });

  it('finds every citation of a paragraph from its label', () => {
    const { model, offset } = at(DRAFT.replace('2. Requests', '2$0. Requests'));
    const spans = findReferences(model, offset, true).map((s) => model.text.slice(s.start, s.end));
    assert.deepEqual(spans, ['2', '2']);
  });
});

describe('selection ranges', () => {
  it('grow from the word to the clause, the paragraph and the text', () => {
    const { model, offset } = at(DRAFT.replace('Monitor the', 'Moni$0tor the'));
    const texts = selectionRanges(model, offset).map((s) => model.text.slice(s.start, s.end));
    assert.equal(texts[0], 'Monitor');
    assert.equal(texts[1], '(a) Monitor the ceasefire;');
    assert.ok(texts.some((t) => t.startsWith('1. Decides')));
    assert.equal(texts[texts.length - 1], model.text);
  });
});
