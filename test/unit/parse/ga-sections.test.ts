/**
 * General Assembly forms: sections that restart their numbering (budget and omnibus texts), tables, numbers
 * written wrong, invisible marks, and the layouts of PDF extractions and press releases.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { parse } from '../../../server/src/core/parse';
import { resolveRefs, ParagraphIndex } from '../../../server/src/core/parse/resolve';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { applyEdits, renumber } from '../../../server/src/core/features/renumber';
import { outline } from '../../../server/src/core/features/outline';
import type { ParagraphReference } from '../../../server/src/core/model';
import type { RawRef } from '../../../server/src/core/parse/references';
import { dedent } from '../../helpers/annotated';

const BUDGET = dedent(`
  The General Assembly,

  I

  Request for a subvention to the Institute

  1. Takes note of the note by the Secretary-General;

  2. Endorses the conclusions of the Advisory Committee;

  3. Approves the subvention requested in paragraph 2 above;

  II Revised estimates resulting from resolutions of the Economic and Social Council

  1. Takes note of the report of the Secretary-General;

  2. Endorses the conclusions of the Advisory Committee;

  2 bis. Appropriates an additional amount of 78,000 dollars, as set out in paragraph 2 above;

  3. Recalls paragraph 1 above.
`);

describe('parse: sections that restart their numbering', () => {
  const m = parse(BUDGET);

  it('reads each roman heading, alone or with its title, as a section numbered from 1', () => {
    assert.deepEqual(m.sections.map((s) => `${s.kind}:${s.label}:${s.operative.map((p) => p.label).join(',')}`), ['body::', 'part:I:1,2,3', 'part:II:1,2,2 bis,3']);
    assert.deepEqual(m.headings.map((h) => h.text), ['Request for a subvention to the Institute']);
    assert.equal(BUDGET.slice(m.sections[2].headingSpan!.start, m.sections[2].headingSpan!.end), 'II Revised estimates resulting from resolutions of the Economic and Social Council');
  });

  it('resolves a bare "paragraph 2 above" within its own section', () => {
    const refs = m.references.filter((r): r is ParagraphReference => r.kind === 'paragraph');
    assert.deepEqual(
      refs.map((r) => `${r.holder?.kind === 'operative' ? `${m.sections[r.holder.sectionIndex].label}.${r.holder.label}` : '?'} → ${r.targets.map((t) => (t.resolved?.kind === 'operative' ? `${m.sections[t.resolved.sectionIndex].label}.${t.resolved.label}` : '?')).join()}`),
      ['I.3 → I.2', 'II.2 bis → II.2', 'II.3 → II.1'],
    );
  });

  it('resolves a target that names its section ("paragraph 1 of section I")', () => {
    const holder = m.sections[2].operative[3];
    const content = { text: 'Recalls paragraph 1 of section I and paragraph 1 of section IX', segments: [{ textStart: 0, docStart: holder.textSpan.start, length: 63 }] };
    const target = (start: number, sectionLabel: string) => ({ start, end: start + 1, number: 1, suffix: null, path: [], direction: null, rangeFrom: null, scope: 'operative' as const, annex: null, body: false, sectionLabel, relative: 0 as const, directionStart: undefined, directionEnd: undefined });
    const raw: RawRef[] = [{ kind: 'paragraph', start: 8, end: 63, targets: [target(18, 'I'), target(45, 'IX')], inHolder: false }];
    const ctx = { text: BUDGET, paragraphs: new ParagraphIndex(), sections: m.sections, preamble: m.preamble, operative: m.operative };
    const [ref] = resolveRefs(ctx, raw, content, holder) as ParagraphReference[];
    assert.equal(ref.targets[0].resolved, m.sections[1].operative[0]);
    assert.equal(ref.targets[0].sectionLabel, 'I');
    // A section this text does not have is another document's: nothing resolves, nothing is flagged.
    assert.equal(ref.targets[1].sectionIndex, -1);
    assert.equal(ref.targets[1].resolved, null);
  });

  it('outlines, folds and renumbers per section', () => {
    const sections = documentSymbols(m).filter((s) => s.kind === 'section');
    assert.deepEqual(sections.map((s) => [s.name, s.children.map((c) => c.name.slice(0, 14))]), [
      ['I', ['Request for a ']],
      ['II Revised estimates resulting from resolutions of the…', ['1. Takes note ', '2. Endorses th', '2 bis. Appropr', '3. Recalls par']],
    ]);
    assert.deepEqual(documentSymbols(m).find((s) => s.kind === 'section')!.children[0].children.map((c) => c.name.slice(0, 2)), ['1.', '2.', '3.']);
    const folds = foldingRanges(m).filter((f) => f.kind === 'region').map((f) => BUDGET.slice(f.span.start, f.span.start + 4));
    assert.ok(folds.includes('I\n\nR') && folds.includes('II R'), 'each section folds');
    assert.deepEqual(outline(m).sections.map((s) => [s.kind, s.label, s.paragraphs]), [['body', '', 0], ['part', 'I', 3], ['part', 'II', 4]]);
    const renumbered = applyEdits(BUDGET, renumber(m).edits);
    assert.match(renumbered, /3\. Approves the subvention requested in paragraph 2 above;/);
    assert.match(renumbered, /3\. Appropriates an additional amount of 78,000 dollars, as set out in paragraph 2 above;\n\n4\. Recalls paragraph 1 above\./);
  });

  it('reads lettered sections and "Part one" in English, French and Spanish', () => {
    const cases: [string, string, string[]][] = [
      ['The General Assembly,', 'A. Salary scales\n\n1. Approves the scales;\n\nC. Children\'s allowances\n\n1. Decides to maintain the allowances.', ['A', 'C']],
      ['The General Assembly,', 'Part one\n\n1. Approves the plan;\n\nPart two\n\n1. Decides to review the plan.', ['one', 'two']],
      ['L’Assemblée générale,', 'Première partie\n\n1. Approuve le plan;\n\nDeuxième partie\n\n1. Décide de réexaminer le plan.', ['Première', 'Deuxième']],
      ['La Asamblea General,', 'Primera parte\n\n1. Aprueba el plan;\n\nSegunda parte\n\n1. Decide examinar el plan.', ['Primera', 'Segunda']],
    ];
    for (const [organ, body, labels] of cases) {
      const r = analyze(`${organ}\n\n${body}\n`);
      assert.deepEqual(r.model.sections.slice(1).map((s) => s.label), labels, body);
      assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), [], body);
    }
  });
});

describe('parse: tables, numbers written wrong, invisible marks, layouts', () => {
  it('keeps table rows out of the paragraphs, in the item the table follows', () => {
    const text = dedent(`
      The General Assembly,

      1. Approves the estimates of income as follows:

      Income section | Amount

      1. Income from staff assessment | 283 437 900

      2. General income | 19 265 100

      2. Decides that the income shall be credited to the Fund.
    `);
    const m = parse(text);
    assert.deepEqual(m.operative.map((p) => p.label), ['1', '2']);
    assert.match(m.operative[0].content.text, /as follows: Income section \| Amount 1\. Income from staff assessment \| 283 437 900/);
    // Hard-wrapped, the rows are lines of their own: the same structure.
    const wrapped = parse(text.replace(/\n\n(?=Income section|1\. Income|2\. General)/g, '\n'));
    assert.deepEqual(wrapped.operative.map((p) => p.label), ['1', '2']);
  });

  it('fixes a number without its period with one edit on its line', () => {
    const text = 'The Security Council,\n\n1. Decides A;\n\n2 Condemns B;\n\n3 .Recognizes C;\n\nl0. Welcomes D.\n';
    const r = analyze(text);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => d.message), [
      "Paragraph 2 is numbered '2', without its period: write '2.'.",
      "Paragraph 3 is numbered '3 .', with a space before its period: write '3.'.",
    ]);
    let fixed = text;
    for (const d of [...errors].reverse()) fixed = applyEdits(fixed, d.fix!.edits);
    assert.equal(fixed, 'The Security Council,\n\n1. Decides A;\n\n2. Condemns B;\n\n3. Recognizes C;\n\nl0. Welcomes D.\n');
    assert.equal(applyEdits(text, renumber(r.model).edits), fixed);
    // "l0." is 10 only where 10 is expected: after 3 it is no paragraph number.
    assert.deepEqual(r.model.operative.map((p) => p.number), [1, 2, 3]);
    // Hard-wrapped, the number without its period starts a paragraph after the end of a clause only.
    const wrapped = analyze('The Security Council,\n\n1. Decides to extend the mandate until\n30 June 2027;\n2 Condemns all attacks and calls\nfor accountability;\n3. Decides to remain seized.\n');
    assert.deepEqual(wrapped.model.operative.map((p) => p.content.text), ['Decides to extend the mandate until 30 June 2027;', 'Condemns all attacks and calls for accountability;', 'Decides to remain seized.']);
    assert.deepEqual(wrapped.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ['numbering/sequence']);
  });

  it('fixes a label written "v)" in a text that writes "(a)"', () => {
    const text = 'The Security Council,\n\n1. Decides that the Mission shall:\n\n(i) Protect civilians;\n\n(ii) Monitor;\n\n(iii) Support;\n\n(iv) Assist;\n\nv) Foster returns;\n\n(vi) Report.\n';
    const errors = analyze(text).diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => d.message), ['Expected (v), found v).']);
    assert.equal(applyEdits(text, errors[0].fix!.edits), text.replace('v) Foster', '(v) Foster'));
  });

  it('reads past invisible marks beside numbers and labels, keeping them and the offsets', () => {
    const text = 'The General Assembly,\n\n\u200e1.\u200e Decides A:\n\n(a)\u200b To do B;\n\n\ufeff(b)\u00ad To do C;\n\n2.\u2060 Decides D.\n';
    const m = parse(text);
    assert.deepEqual(m.operative.map((p) => [p.label, text.slice(p.labelSpan.start, p.labelSpan.end), p.content.text]), [['1', '1', 'Decides A:'], ['2', '2', 'Decides D.']]);
    assert.deepEqual(m.operative[0].children.map((c) => [c.label, c.content.text]), [['a', 'To do B;'], ['b', 'To do C;']]);
    assert.equal(m.text, text);
    const edits = renumber(parse(text.replace('2.\u2060', '3.\u2060'))).edits;
    assert.equal(applyEdits(text.replace('2.\u2060', '3.\u2060'), edits), text);
  });

  it('reads a label alone on its line after a page break, and a paragraph after a footnote number', () => {
    const pdf = [
      'United Nations ', 'A/RES/75/999', ' ', 'General Assembly ', 'Distr.: General ', '',
      'The General Assembly,', '', ' Recalling its resolution 70/1, ', '',
      ' 1. Calls upon States: ', '', ' (a) To cooperate with the Special Rapporteur; ', '', ' (b) To report on their action; ', '',
      ' (c) ', '', '21-01234 3/10 ', '', 'A/RES/75/999 ', '', 'To implement the recommendations of the Committee, in particular those on ', '',
      'the protection of victims; ', '', ' 2. Welcomes the adoption of the Paris Agreement,3 and urges all States to fulfil ', '',
      'their obligations under the Paris Agreement.3 ', '', ' 3. To live up to the commitments made, decides to review progress. ', '',
    ].join('\n');
    const m = parse(pdf);
    assert.deepEqual(m.operative.map((p) => p.label), ['1', '2', '3']);
    assert.deepEqual(m.operative[0].children.map((c) => [c.label, c.content.text.slice(0, 12)]), [['a', 'To cooperate'], ['b', 'To report on'], ['c', 'To implement']]);
    const wrapped = parse('The General Assembly,\n\n1. Decides to act in line with the Paris Agreement.3\n2. To live up to the commitments made, decides to review progress.\n');
    assert.deepEqual(wrapped.operative.map((p) => p.label), ['1', '2']);
  });

  it('reads the Security Council\'s press-release form, every paragraph opening with “', () => {
    const text = dedent(`
      The Security Council this morning extended the mandate of the Mission until 31 May 2011.

      The full text of resolution 1919 (2010) reads as follows:

      “The Security Council,

      “Recalling its previous resolutions on the situation,

      “1. Decides to extend the mandate of the Mission until 31 May 2011;

      “2. Requests the Secretary-General to report on the implementation of paragraph 1 above;

      “3. Decides to remain seized of the matter.”
    `);
    const r = analyze(text);
    assert.equal(r.model.organ?.code, 'SC');
    assert.deepEqual(r.model.preamble.map((p) => p.content.text), ['Recalling its previous resolutions on the situation,']);
    assert.deepEqual(r.model.operative.map((p) => p.label), ['1', '2', '3']);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'information'), []);
  });
});
