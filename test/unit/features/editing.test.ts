/** Rename, completion, code actions and the PDF clean-up, on the project's fixtures with `$0` cursors. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/analysis';
import { parse } from '../../../server/src/core/parse';
import { applyEdits } from '../../../server/src/core/features/renumber';
import { prepareRename, rename } from '../../../server/src/core/features/rename';
import { complete } from '../../../server/src/core/features/completion';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { cleanUpPdfText } from '../../../server/src/core/features/cleanup';
import { cursor } from '../../helpers/annotated';
import { pdfExtraction } from '../../helpers/layouts';

const FIXTURE = readFileSync(join(__dirname, '../../../../test/fixtures/mandate-renewal.txt'), 'utf8');

function at(marked: string) {
  const { text, offset } = cursor(marked);
  return { model: parse(text), offset, text };
}

describe('rename', () => {
  it('renames a paragraph from a reference and updates every reference', () => {
    const { model, offset, text } = at(FIXTURE.replace('paragraph 4 below;', 'paragraph $04 below;'));
    const r = rename(model, offset, '4 bis');
    assert.ok('edits' in r);
    const out = applyEdits(text, r.edits);
    assert.match(out, /\n4 bis\. Requests the Government/);
    assert.match(out, /paragraph 4 bis below;/);
    assert.match(out, /paragraph 4 bis \(b\) \(i\) above/);
    assert.match(out, /subparagraph \(c\) of paragraph 4 bis;/);
  });

  it('refuses clearly where renaming makes no sense', () => {
    const doc = at(FIXTURE.replace('resolution 2374 (2017) to report', 'resolution 23$074 (2017) to report'));
    assert.match((prepareRename(doc.model, doc.offset) as { error: string }).error, /another document/);
    const word = at(FIXTURE.replace('Decides to extend', 'Decides to ex$0tend'));
    assert.ok('error' in prepareRename(word.model, word.offset));
    const clash = at(FIXTURE.replace('\n4. Requests', '\n$04. Requests'));
    assert.match((rename(clash.model, clash.offset, '5') as { error: string }).error, /already exists/);
    assert.match((rename(clash.model, clash.offset, 'four') as { error: string }).error, /not a paragraph number/);
  });
});

describe('completion', () => {
  const labels = (marked: string) => {
    const { model, offset } = at(marked);
    return complete(model, offset);
  };

  it('offers paragraphs after "paragraph " with the right direction', () => {
    const items = labels(FIXTURE.replace('paragraph 4 below;', 'paragraph $0'));
    assert.equal(items.length, 9);
    assert.equal(items.find((i) => i.label === '1')?.insertText, '1 above');
    assert.equal(items.find((i) => i.label === '7')?.insertText, '7 below');
    assert.match(items.find((i) => i.label === '7')?.documentation ?? '', /^Authorizes UNSMA/);
  });

  it('offers paragraphs after "paragraphs 4 and "', () => {
    assert.equal(labels(FIXTURE.replace('paragraph 4 below;', 'paragraphs 4 and $0')).length, 9);
  });

  it('offers paragraphs after the joining words of the text’s language ("paragraphs 2 through ", "paragraphes 2 et ")', () => {
    assert.equal(labels(FIXTURE.replace('paragraph 4 below;', 'paragraphs 2 through $0')).length, 9);
    const french = readFileSync(join(__dirname, '../../../../examples/sc-projet-fr.unres'), 'utf8');
    const items = labels(french.replace('au paragraphe 2 ci-dessous', 'aux paragraphes 2 et $0'));
    assert.deepEqual(items.map((i) => i.insertText), ['1', '2 ci-dessous', '3 ci-dessous', '4 ci-dessous', '5 ci-dessous']);
  });

  it('offers the sub-paragraph labels after "paragraph 4 ("', () => {
    assert.deepEqual(labels(FIXTURE.replace('paragraph 4 below;', 'paragraph 4 ($0')).map((i) => i.label), ['(a)', '(b)', '(c)']);
    assert.deepEqual(labels(FIXTURE.replace('paragraph 4 below;', 'paragraph 4 (b) ($0')).map((i) => i.label), ['(i)', '(ii)']);
  });

  it('offers the labels written "b)" after "paragraphe 2 " in French', () => {
    const french = readFileSync(join(__dirname, '../../../../examples/sc-projet-fr.unres'), 'utf8');
    const items = labels(french.replace('au paragraphe 2 ci-dessous', 'au paragraphe 2 $0'));
    assert.deepEqual(items.map((i) => [i.label, i.insertText]), [['a)', 'a)'], ['b)', 'b)'], ['c)', 'c)']]);
    assert.deepEqual(labels(french.replace('au paragraphe 2 ci-dessous', 'au paragraphe 2 b) $0')).map((i) => i.label), ['i)', 'ii)']);
  });

  it('offers opening phrases in the preamble, and the next number and verbs in the operative part', () => {
    const pre = labels(FIXTURE.replace('\nReaffirming its strong', '\n$0\n\nReaffirming its strong'));
    assert.ok(pre.some((i) => i.label === 'Recalling' && i.documentation));
    const op = labels(FIXTURE.replace('\n3. Encourages', '\n$0\n\n3. Encourages'));
    assert.equal(op[0].insertText, '3. ');
    assert.ok(op.some((i) => i.label === 'Decides'));
  });
});

describe('code actions', () => {
  const actions = (text: string, needle: string) => {
    const { model, diagnostics } = analyze(text);
    const at = text.indexOf(needle);
    return codeActions(model, diagnostics, { start: at, end: at + needle.length });
  };

  it('swaps above/below, fixes endings and offers the closest paragraphs', () => {
    const text = FIXTURE.replace('paragraph 4 below;', 'paragraph 4 above;').replace('paragraph 6 (a) above', 'paragraph 16 above').replace('2. Urges', '2. Urges').replace('priority measures:', 'priority measures:').replace('until 30 June 2027;', 'until 30 June 2027.');
    const swap = actions(text, 'above;');
    assert.equal(swap.find((a) => a.title === "Change 'above' to 'below'")?.edits[0].newText, 'below');
    const closest = actions(text, '16 above').filter((a) => a.title.startsWith('Change to paragraph'));
    assert.deepEqual(closest.map((a) => a.edits[0].newText), ['9', '8', '7']);
    const ending = actions(text, '2027.');
    assert.equal(ending.find((a) => a.title === "End with ';'")?.edits[0].newText, ';');
  });

  it('offers renumbering on numbering problems', () => {
    const text = FIXTURE.replace('\n7. Authorizes', '\n6 bis. Authorizes').replace('\n8. Requests', '\n7. Requests').replace('\n9. Decides', '\n8. Decides');
    const renum = actions(text, '6 bis').find((a) => a.title.startsWith('Renumber'));
    assert.ok(renum);
    assert.match(applyEdits(text, renum.edits), /\n7\. Authorizes[\s\S]*\n8\. Requests[\s\S]*\n9\. Decides/);
  });

  it('offers the PDF clean-up on artifacts, and fix-all per rule', () => {
    const pdf = pdfExtraction(FIXTURE, 'S/RES/9001 (2026)');
    assert.ok(actions(pdf, '26-01234 1/9').some((a) => a.title === 'Clean up text pasted from a PDF'));
    const twoEndings = FIXTURE.replace('until 30 June 2027;', 'until 30 June 2027.').replace('every three months on the implementation of this resolution, including paragraph 6 (a) above;', 'every three months on the implementation of this resolution, including paragraph 6 (a) above.');
    const all = actions(twoEndings, 'The Security Council').find((a) => a.kind === 'source.fixAll');
    assert.equal(all?.edits.length, 2);
  });
});

describe('PDF clean-up', () => {
  it('lays a PDF extraction out as the clean draft it came from', () => {
    const cleaned = cleanUpPdfText(parse(pdfExtraction(FIXTURE, 'S/RES/9001 (2026)')));
    assert.equal(cleaned.replace(/[ \t]+\n/g, '\n'), FIXTURE.replace(/[ \t]+\n/g, '\n').replace(/\n*$/, '\n'));
  });
});
