/**
 * Sub-paragraph lists as adopted texts write them (shapes found in the UN's XML of Security Council
 * resolutions): a paragraph that opens with "(a)", mandates grouped under roman items with letters that
 * restart or carry on, headings inside a list, "(i)" after "(h)" that is roman because "(ii)" follows, and
 * a labelled heading between two paragraphs. Each parses to the structure a reader sees, with no error.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import type { SubParagraph } from '../../../server/src/core/model';

const HEAD = 'The Security Council,\n\nRecalling its previous resolutions,\n\n';

function shape(list: readonly SubParagraph[]): string[] {
  return list.map((sp) => `${sp.label}${sp.children.length ? `[${shape(sp.children).join(' ')}]` : ''}`);
}

function read(body: string) {
  const { model, diagnostics } = analyze(`${HEAD}${body}\n`);
  return { model, errors: diagnostics.filter((d) => d.severity !== 'information').map((d) => `${d.code}: ${d.message}`), infos: diagnostics.filter((d) => d.severity === 'information').map((d) => d.code) };
}

describe('parse: sub-paragraph lists of adopted texts', () => {
  it('a paragraph that opens with its first sub-paragraph ("2. (a) Decides ...; (b) calls upon ...")', () => {
    const { model, errors, infos } = read('1. Decides A;\n\n2. (a) Decides that the measures shall apply;\n\n(b) Calls upon all States to comply;\n\n3. Decides to remain seized of the matter.');
    assert.deepEqual(shape(model.operative[1].children), ['a', 'b']);
    assert.equal(model.operative[1].content.text, '');
    assert.deepEqual(errors, []);
    assert.ok(!infos.includes('style/operative-opening'), 'the verb opens the first sub-paragraph');
  });

  it('letters grouped under roman items, carrying on or starting again', () => {
    const mandate = (second: string, third: string) =>
      `1. Decides that the mandate shall be:\n\n(i) Protection of civilians\n\n(a) To protect civilians;\n\n(b) To support the police;\n\n(ii) Stabilisation\n\n(${second}) To support the Government;\n\n(${third}) To support reforms;\n\n2. Decides to remain seized of the matter.`;
    const carried = read(mandate('c', 'd'));
    assert.deepEqual(shape(carried.model.operative[0].children), ['i[a b]', 'ii[c d]']);
    assert.deepEqual(carried.errors, []);
    const restarted = read(mandate('a', 'b'));
    assert.deepEqual(shape(restarted.model.operative[0].children), ['i[a b]', 'ii[a b]']);
    assert.deepEqual(restarted.errors, []);
    // Neither carrying on from (b) nor starting again at (a).
    assert.deepEqual(read(mandate('d', 'e')).errors, ['numbering/subparagraph-sequence: Expected (a), found (d).', 'numbering/subparagraph-sequence: Expected (b), found (e).']);
  });

  it('a heading inside a list, after which the letters go on: "(h) ...; Rule of law (i) To support ..."', () => {
    const items = 'abcdefgh'.split('').map((l) => `(${l}) To support task ${l};`).join('\n\n');
    const { model, errors } = read(`1. Decides that the Mission shall:\n\n${items}\n\nRule of law\n\n(i) To support the justice sector;\n\n(j) To support the corrections sector;\n\n2. Decides to remain seized of the matter.`);
    assert.deepEqual(shape(model.operative[0].children), [...'abcdefghij'.split('')]);
    assert.ok(model.headings.some((h) => h.text === 'Rule of law'));
    assert.deepEqual(errors, []);
  });

  it('"(i)" after "(h)" is roman when "(ii)" follows', () => {
    const items = 'abcdefg'.split('').map((l) => `(${l}) To support task ${l};`).join('\n\n');
    const { model, errors } = read(`1. Decides that the Mission shall:\n\n${items}\n\n(h) Disarmament and reintegration\n\n(i) To support the authorities;\n\n(ii) To support the programmes;\n\n2. Decides to remain seized of the matter.`);
    assert.deepEqual(shape(model.operative[0].children), [...'abcdefg'.split(''), 'h[i ii]']);
    assert.deepEqual(errors, []);
  });

  it('a labelled heading between two paragraphs ("(ii) Exceptions") is a heading, not a sub-paragraph', () => {
    const { model, errors } = read('1. Decides that the measures shall apply;\n\n(ii) Exceptions\n\n2. Decides that the measures shall not apply to humanitarian supplies;\n\n3. Decides to remain seized of the matter.');
    assert.deepEqual(model.operative[0].children, []);
    assert.ok(model.headings.some((h) => h.text === '(ii) Exceptions'));
    assert.deepEqual(errors, []);
  });

  it('still flags a repeated label: "(a) (a) (b)" is not a new list', () => {
    const { errors } = read('1. Decides that:\n\n(a) first;\n\n(a) second;\n\n(b) third;\n\n2. Decides to remain seized of the matter.');
    assert.deepEqual(errors, ['numbering/subparagraph-sequence: Expected (b), found (a).', 'numbering/subparagraph-sequence: Expected (c), found (b).']);
  });
});
