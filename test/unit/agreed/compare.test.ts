/** Paragraph-aligned comparison on small texts written for the test. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { compare } from '../../../server/src/core/features/compare';
import { comparisonHtml, comparisonJson, comparisonText } from '../../../server/src/core/features/compareReport';
import { diffTexts, sideOf } from '../../helpers/diff';
import { tokenize } from '../../../server/src/core/agreed/words';

const OLD = `The Security Council,

Recalling its previous resolutions on the situation in Freedonia,

Welcoming the efforts of the Special Envoy,

1. Decides to extend the mandate of the Mission until 31 March 2024;

2. Requests the Secretary-General to report every ninety days;

3. Calls upon all parties to respect the ceasefire;

4. Decides that the Mission shall:

(a) Protect civilians under threat of physical violence;

(b) Support the electoral process;

5. Decides to remain seized of the matter.
`;

const NEW = `The Security Council,

Recalling its previous resolutions on the situation in Freedonia,

Welcoming the appointment of a new Special Representative,

Welcoming the efforts of the Special Envoy,

1. Decides to extend the mandate of the Mission until 31 March 2025;

2. Calls upon all parties to respect the ceasefire;

3. Decides that the Mission shall:

(a) Monitor the border;

(b) Protect civilians under threat of physical violence;

(c) Support the electoral process;

4. Requests the Secretary-General to report every ninety days;

5. Decides to remain seized of the matter.
`;

describe('compare', () => {
  const result = compare(parse(OLD), parse(NEW));
  const rows = result.paragraphs.map((a) => `${a.part} ${a.old?.label ?? a.old?.index ?? '-'}→${a.new?.label ?? a.new?.index ?? '-'} ${a.change}`);

  it('aligns paragraphs: renumbered but same is unchanged, moved is its place among the others', () => {
    assert.deepEqual(rows, [
      'preamble 1→1 unchanged',
      'preamble -→2 added',
      'preamble 2→3 unchanged',
      'operative 1→1 changed',
      'operative 3→2 unchanged',
      'operative 4→3 changed',
      'operative 2→4 moved',
      'operative 5→5 unchanged',
    ]);
  });

  it('compares sub-paragraphs inside their paragraph; relabelled "(a)" as "(b)" is no change', () => {
    const p = result.paragraphs.find((a) => a.new?.label === '3')!;
    assert.deepEqual(p.diff.map((d) => `${d.op}:${d.text.trim()}`), ['equal:Decides that the Mission shall: (a)', 'insert:Monitor the border; (b)', 'equal:Protect civilians under threat of physical violence; (c) Support the electoral process']);
  });

  it('gives word-level operations that rebuild both texts', () => {
    const p = result.paragraphs.find((a) => a.new?.label === '1')!;
    assert.deepEqual(p.diff.map((d) => d.op), ['equal', 'delete', 'insert']);
    assert.equal(sideOf(p.diff, 'old'), 'Decides to extend the mandate of the Mission until 31 March 2024');
    assert.equal(sideOf(p.diff, 'new'), 'Decides to extend the mandate of the Mission until 31 March 2025');
    assert.equal(Math.round(p.similarity * 100), 92);
  });

  it('counts a reference renumbered with its paragraph as no change, and one that now names another paragraph as a change', () => {
    const before = 'The Security Council,\n\n1. Decides to establish a panel of experts;\n\n2. Requests the panel established in paragraph 1 above to report.\n';
    const renumbered = 'The Security Council,\n\n1. Welcomes the report of the Secretary-General;\n\n2. Decides to establish a panel of experts;\n\n3. Requests the panel established in paragraph 2 above to report.\n';
    const rows = (after: string) => compare(parse(before), parse(after)).paragraphs.map((a) => `${a.old?.label ?? '-'}→${a.new?.label ?? '-'} ${a.change}`);
    assert.deepEqual(rows(renumbered), ['-→1 added', '1→2 unchanged', '2→3 unchanged']);
    assert.deepEqual(rows(renumbered.replace('paragraph 2 above', 'paragraph 1 above')), ['-→1 added', '1→2 unchanged', '2→3 changed']);
    const changed = compare(parse(before), parse(renumbered.replace('paragraph 2 above', 'paragraph 1 above'))).paragraphs[2];
    assert.deepEqual(changed.diff.filter((d) => d.op !== 'equal').map((d) => `${d.op}:${d.text.trim()}`), ['delete:1', 'insert:1']);
  });

  it('lists removed paragraphs where they stood', () => {
    const r = compare(parse(NEW), parse(OLD)).paragraphs.map((a) => `${a.old?.index ?? '-'}→${a.new?.index ?? '-'} ${a.change}`);
    assert.deepEqual(r.slice(0, 3), ['1→1 unchanged', '2→- removed', '3→2 unchanged']);
  });

  it('writes the JSON of issue #15, text and HTML', () => {
    const old = { file: 'old.txt', symbol: null, model: parse(OLD) };
    const now = { file: 'new.txt', symbol: 'S/RES/9999 (2025)', model: parse(NEW) };
    const json = comparisonJson(result, old, now);
    assert.deepEqual(json.old, { file: 'old.txt', symbol: null });
    const moved = json.paragraphs.find((p) => p.change === 'moved')!;
    assert.deepEqual(Object.keys(moved), ['part', 'old', 'new', 'change', 'similarity', 'diff']);
    assert.deepEqual(moved.old, { index: 2, label: '2', range: { start: { line: 8, character: 0 }, end: { line: 8, character: 62 } } });
    assert.match(comparisonText(result, old, now), /^~ op 1 → op 1 changed \(92%\): Decides .* March \[-2024-\]\{\+2025\+\}$/m);
    const html = comparisonHtml(result, old, now);
    assert.match(html, /<del> 2024<\/del><ins> 2025<\/ins>/);
    assert.ok(!html.includes('<script'));
  });
});

describe('words and word diffs', () => {
  it('ignores spacing, the words a PDF extraction splits and its hyphen variants', () => {
    assert.deepEqual(diffTexts('internally displaced persons, ill-treatment', 'internally displac ed persons , ill\u2011 treatment').parts.map((d) => d.op), ['equal']);
    assert.equal(diffTexts('a b c', 'a b c').similarity, 1);
    assert.equal(diffTexts('a b', 'c d').similarity, 0);
  });

  it('splits words and marks, in UTF-16 offsets', () => {
    assert.deepEqual(tokenize('Décide, «à nouveau»').map((t) => `${t.text}@${t.start}`), ['Décide@0', ',@6', '«@8', 'à@9', 'nouveau@11', '»@18']);
  });
});
