import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../server/src/core/parse';
import type { Resolution } from '../../../server/src/core/model';
import { hardWrapped, pdfExtraction } from '../../helpers/layouts';

const fixture = readFileSync(join(__dirname, '../../../../test/fixtures/mandate-renewal.txt'), 'utf8');

/** What must not depend on the layout: labels, texts, headings and references. */
function shape(m: Resolution) {
  return {
    organ: m.organ?.code,
    preamble: m.preamble.map((p) => [p.opening, p.content.text]),
    headings: m.headings.map((h) => [h.text, h.level]),
    operative: m.operative.map((p) => [p.label, p.content.text, JSON.stringify(p.children.map(function sub(c): unknown {
      return [c.label, c.content.text, c.children.map(sub)];
    }))]),
    references: m.references.map((r) => (r.kind === 'document' ? [r.symbol] : [r.text.replace(/\s+/g, ' '), r.targets.map((t) => [t.label, t.path.join(','), t.direction, t.resolved?.kind ?? null])])),
  };
}

describe('parse: structure', () => {
  const m = parse(fixture);

  it('reads the cover lines, organ line and adoption', () => {
    assert.equal(m.symbol, 'S/RES/9001 (2026)');
    assert.equal(m.organ?.name, 'Security Council');
    assert.deepEqual(m.adoption && { organ: m.adoption.organ, meeting: m.adoption.meeting, date: m.adoption.date }, { organ: 'Security Council', meeting: 9990, date: '30 June 2026' });
    assert.deepEqual(m.cover.map((c) => c.type), ['other', 'symbol', 'other', 'other', 'other', 'title', 'adoption']);
  });

  it('finds preambular paragraphs with their opening phrases', () => {
    assert.deepEqual(m.preamble.map((p) => p.opening), ['Recalling', 'Reaffirming', 'Recalling', 'Welcoming', 'Acting under Chapter VII of the Charter of the United Nations']);
  });

  it('finds headings and sub-headings', () => {
    assert.deepEqual(m.headings.map((h) => `${h.level} ${h.text}`), ['1 Political process', '1 Mandate of the Mission', '2 Strategic priorities', '2 Other tasks']);
  });

  it('nests sub-paragraphs and dash items', () => {
    const p4 = m.operative[3];
    assert.equal(p4.label, '4');
    assert.deepEqual(p4.children.map((c) => c.label), ['a', 'b', 'c']);
    assert.deepEqual(p4.children[1].children.map((c) => `${c.labelKind}:${c.label}`), ['roman:i', 'roman:ii']);
    const p6 = m.operative[5];
    assert.deepEqual(p6.children[0].children.map((c) => c.labelKind), ['dash', 'dash']);
    assert.equal(p6.children[0].content.text, 'Protection of civilians');
  });

  it('keeps spans inside the text, with labels where they are written', () => {
    for (const p of m.operative) assert.equal(fixture.slice(p.labelSpan.start, p.labelSpan.end), p.label);
    for (const p of m.operative) assert.ok(fixture.slice(p.textSpan.start, p.textSpan.end).startsWith(p.content.text.slice(0, 20)));
  });

  it('resolves internal references with directions, lists, ranges and paths', () => {
    const refs = m.references.filter((r) => r.kind === 'paragraph');
    const find = (text: string) => refs.find((r) => r.text === text);
    const list = find('paragraphs 2 above and 6 and 7 below');
    assert.ok(list && list.kind === 'paragraph');
    assert.deepEqual(list.targets.map((t) => `${t.label}:${t.direction}:${t.resolved?.kind}`), ['2:above:operative', '6:below:operative', '7:below:operative']);
    const path = find('paragraph 4 (b) (i) above');
    assert.ok(path && path.kind === 'paragraph');
    assert.equal(path.targets[0].resolved?.kind, 'subparagraph');
    assert.equal(path.targets[0].resolved?.kind === 'subparagraph' && path.targets[0].resolved.content.text, 'in the northern regions;');
    const range = find('paragraphs 3 to 5 above');
    assert.ok(range && range.kind === 'paragraph');
    assert.deepEqual(range.targets.map((t) => [t.number, t.rangeFrom]), [[3, null], [5, 3]]);
    const previous = find('the paragraph above');
    assert.ok(previous && previous.kind === 'paragraph');
    assert.equal(previous.targets[0].resolved, m.preamble[2]);
  });

  it('reads a sub-paragraph named after another of the same paragraph ("paragraph 1 (b) and (c)", "1 b) et c)")', () => {
    const targets = (text: string) =>
      parse(text).references.flatMap((r) => (r.kind === 'paragraph' ? r.targets.map((t) => `${text.slice(t.span.start, t.span.end)}=${[t.label, ...t.path].join('/')}:${t.resolved?.kind ?? 'none'}`) : []));
    const body = '1. Decides that:\n\n(a) first;\n\n(b) second:\n\n(i) one;\n\n(ii) two;\n\n(c) third;\n\n';
    assert.deepEqual(targets(`The Security Council,\n\n${body}2. Recalls paragraph 1 (b) and (c), respectively, and paragraph 1 (b) (i) and (ii) above;\n\n3. Decides to remain seized of the matter.\n`), [
      '1 (b)=1/b:subparagraph',
      '(c)=1/c:subparagraph',
      '1 (b) (i)=1/b/i:subparagraph',
      '(ii)=1/b/ii:subparagraph',
    ]);
    const french = 'Le Conseil de sécurité,\n\n1. Décide :\na) premier;\nb) second;\n\n2. Rappelle le paragraphe 1 a) et b);\n\n3. Décide de rester saisi de la question.\n';
    assert.deepEqual(targets(french), ['1 a)=1/a:subparagraph', 'b)=1/b:subparagraph']);
  });

  it('keeps a reference with "above" or "below" internal whatever "of" follows, and leaves other texts\' paragraphs alone', () => {
    const text = 'The Security Council,\n\n1. Decides A;\n\n2. Decides that the provisions of paragraph 1 above of interests due apply, as does paragraph 1 above, of which the terms stand;\n\n3. Recalls paragraph 2 of resolution 2374 (2017) and paragraph 5 of the Convention;\n\n4. Decides to remain seized of the matter.\n';
    const m = parse(text);
    assert.deepEqual(
      m.references.map((r) => (r.kind === 'paragraph' ? `${r.text}→${r.targets[0].resolved?.kind}` : `${r.symbol} ${r.paragraphs.map((p) => p.label).join()}`)),
      ['paragraph 1 above→operative', 'paragraph 1 above→operative', 'S/RES/2374 (2017) 2'],
    );
  });

  it('recognizes references to other documents and never takes them for internal ones', () => {
    const docs = m.references.filter((r) => r.kind === 'document').map((r) => r.kind === 'document' && `${r.symbol}${r.paragraphs.length ? ' ¶' + r.paragraphs.map((p) => p.label).join(',') : ''}`);
    assert.deepEqual(docs, [
      'S/RES/2374 (2017)',
      'S/RES/2391 (2017)',
      'S/RES/2531 (2020)',
      'S/PRST/2018/10',
      'S/2021/519',
      'A/RES/75/1',
      'S/RES/2374 (2017)',
      'S/RES/2374 (2017) ¶2,5,6,7',
    ]);
  });

  it('parses hard-wrapped drafts and PDF extractions to the same structure', () => {
    const expected = shape(m);
    assert.deepEqual(shape(parse(hardWrapped(fixture))), expected);
    const pdf = parse(pdfExtraction(fixture, 'S/RES/9001 (2026)'));
    assert.deepEqual(shape(pdf), expected);
    assert.ok(pdf.artifacts.length > 5);
    for (const p of pdf.operative) assert.ok(!/undocs|26-01234/.test(p.content.text), `artifact inside paragraph ${p.label}`);
  });
});
