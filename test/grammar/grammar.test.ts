/**
 * The TextMate grammar, loaded by vscode-textmate with vscode-oniguruma (the engine VS Code uses), on the
 * project's fixture: each case names a piece of a line and the scope it must carry.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';

const ROOT = join(__dirname, '../../..');

async function loadGrammar(): Promise<tm.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => tm.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes/unres.tmLanguage.json'), 'utf8'), 'unres.tmLanguage.json'),
  });
  const g = await registry.loadGrammar('source.unres');
  assert.ok(g);
  return g;
}

/** Scopes of the token that covers `piece` in `line`. */
function scopesOf(grammar: tm.IGrammar, line: string, piece: string): string[] {
  const at = line.indexOf(piece);
  assert.ok(at >= 0, `«${piece}» not in «${line}»`);
  const { tokens } = grammar.tokenizeLine(line, tm.INITIAL);
  const covering = tokens.filter((t) => t.startIndex < at + piece.length && t.endIndex > at);
  assert.ok(covering.length > 0);
  for (const t of covering) assert.ok(t.startIndex <= at + piece.length, 'token order');
  return covering[0].scopes;
}

const fixture = readFileSync(join(ROOT, 'test/fixtures/mandate-renewal.txt'), 'utf8').split('\n');
const line = (start: string): string => {
  const l = fixture.find((x) => x.startsWith(start));
  assert.ok(l, `fixture line starting «${start}»`);
  return l;
};

describe('TextMate grammar', () => {
  let grammar: tm.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const cases: [string, string, string][] = [
    ['S/RES/9001', 'S/RES/9001 (2026)', 'constant.other.symbol.unres'],
    ['Resolution 9001', 'Resolution 9001 (2026)', 'entity.name.title.unres'],
    ['Adopted by', '30 June 2026', 'constant.other.date.unres'],
    ['The Security Council,', 'The Security Council', 'entity.name.class.organ.unres'],
    ['Reaffirming its strong', 'Reaffirming', 'markup.italic.preamble-opening.unres'],
    ['Acting under Chapter VII', 'Acting under Chapter VII of the Charter of the United Nations', 'markup.italic.preamble-opening.unres'],
    ['1. Decides', '1.', 'constant.numeric.paragraph.unres'],
    ['1. Decides', 'Decides', 'markup.italic.operative-verb.unres'],
    ['(a) Adopt', '(a)', 'constant.numeric.subparagraph.unres'],
    ['Political process', 'Political process', 'markup.heading.unres'],
    ['2. Urges', 'paragraph 4 below', 'variable.other.reference.internal.unres'],
    ['5. Decides', 'paragraphs 2 above and 6 and 7 below', 'variable.other.reference.internal.unres'],
    ['3. Encourages', 'resolution 2374 (2017)', 'string.other.reference.document.unres'],
    ['Recalling its presidential', 'S/PRST/2018/10', 'string.other.reference.document.unres'],
    ['Welcoming General Assembly', 'General Assembly resolution 75/1', 'string.other.reference.document.unres'],
  ];
  for (const [start, piece, scope] of cases) {
    it(`«${piece}» is ${scope}`, () => assert.ok(scopesOf(grammar, line(start), piece).includes(scope), scopesOf(grammar, line(start), piece).join(' ')));
  }

  it('does not take "paragraphs 2, 5, 6 and 7 of resolution 2374 (2017)" for an internal reference', () => {
    const l = line('3. Encourages');
    assert.ok(!scopesOf(grammar, l, 'paragraphs 2, 5').includes('variable.other.reference.internal.unres'));
  });

  it('colours French and Spanish labels written "b)" and the references that name them', () => {
    assert.ok(scopesOf(grammar, 'b) Empêcher l’entrée sur leur territoire :', 'b)').includes('constant.numeric.subparagraph.unres'));
    assert.ok(scopesOf(grammar, 'ii) de sus familiares;', 'ii)').includes('constant.numeric.subparagraph.unres'));
    const l = '2. Rappelle les mesures visées au paragraphe 1 b) ii), ainsi que les sanctions;';
    assert.ok(scopesOf(grammar, l, 'paragraphe 1 b) ii)').includes('variable.other.reference.internal.unres'));
    assert.ok(!scopesOf(grammar, l, ', ainsi').includes('variable.other.reference.internal.unres'));
  });

  const sixLanguages: [string, string, string][] = [
    ['Совет Безопасности,', 'Совет Безопасности', 'entity.name.class.organ.unres'],
    ['إن مجلس الأمن ،', 'إن مجلس الأمن', 'entity.name.class.organ.unres'],
    ['安全理事会', '安全理事会', 'entity.name.class.organ.unres'],
    ['第2584(2021)号决议', '第2584(2021)号决议', 'entity.name.title.unres'],
    ['Резолюция 2584 (2021),', 'Резолюция 2584 (2021),', 'entity.name.title.unres'],
    ['1 - يقرر تمديد ولاية البعثة؛', '1 -', 'constant.numeric.paragraph.unres'],
    ['(ب) حماية المدنيين؛', '(ب)', 'constant.numeric.subparagraph.unres'],
    ['(هـ) المساعدة الإنسانية؛', '(هـ)', 'constant.numeric.subparagraph.unres'],
    ['’2‘ في المناطق الشمالية؛', '’2‘', 'constant.numeric.subparagraph.unres'],
    ['㈡ 在北部地区；', '㈡', 'constant.numeric.subparagraph.unres'],
    ['3. призывает действовать согласно пунктам 6, 7 и 8 ниже;', 'пунктам 6, 7 и 8 ниже', 'variable.other.reference.internal.unres'],
    ['3. ссылается на резолюции 2391 (2017) и 2531 (2020);', 'резолюции 2391 (2017) и 2531 (2020)', 'string.other.reference.document.unres'],
    ['3 - يشير إلى الفقرة 4 (د) أعلاه؛', 'الفقرة 4 (د) أعلاه', 'variable.other.reference.internal.unres'],
    ['3 - يشير إلى القرارين 2391 (2017) و 2531 (2020)؛', 'القرارين 2391 (2017) و 2531 (2020)', 'string.other.reference.document.unres'],
    ['3. 促请各方根据上文第21段和下文第30和31段行事；', '上文第21段', 'variable.other.reference.internal.unres'],
    ['3. 促请各方根据上文第21段和下文第30和31段行事；', '下文第30和31段', 'variable.other.reference.internal.unres'],
    ['3. 回顾第2391(2017)和2531(2020)号决议；', '第2391(2017)和2531(2020)号决议', 'string.other.reference.document.unres'],
  ];
  for (const [text, piece, scope] of sixLanguages) {
    it(`«${piece}» in «${text}» is ${scope}`, () => assert.ok(scopesOf(grammar, text, piece).includes(scope), scopesOf(grammar, text, piece).join(' ')));
  }

  const artifacts: [string, string][] = [
    ['21-08828 14/18', 'job-number'],
    ['2/12', 'page'],
    ['*2320100*', 'barcode'],
    ['https://undocs.org/en/S/RES/2374(2017)', 'link'],
  ];
  for (const [text, kind] of artifacts) {
    it(`PDF artifact «${text}» is a comment`, () => assert.ok(scopesOf(grammar, text, text).includes(`comment.line.artifact.${kind}.unres`)));
  }
});
