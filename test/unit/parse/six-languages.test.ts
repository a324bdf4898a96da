/**
 * Russian, Arabic and Chinese beside English, French and Spanish: the organ line names the language,
 * operative numbers and sub-paragraph labels are read in each language's own forms ("1 - ", "(ب)",
 * "’2‘", "㈡", Russian "a)"), references and citations in each language's grammar (Russian case forms
 * in the genitive, Arabic prefixes and dual, Chinese numbers wrapped in words with the direction
 * first), and labels are written back in the text's own style.
 */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { analyze } from '../../../server/src/core/analysis';
import type { Resolution, SubParagraph } from '../../../server/src/core/model';
import { applyEdits, renumber } from '../../../server/src/core/features/renumber';
import { hover } from '../../../server/src/core/features/hover';
import { complete } from '../../../server/src/core/features/completion';
import { rename } from '../../../server/src/core/features/rename';
import { semanticTokens, TOKEN_TYPES } from '../../../server/src/core/features/semanticTokens';

const RUSSIAN = `Совет Безопасности

Резолюция 9001 (2030),

принятая Советом Безопасности на его 9999-м заседании 3 марта 2030 года

Совет Безопасности,

ссылаясь на свои резолюции 2391 (2017) и 2531 (2020),

вновь подтверждая свою приверженность суверенитету страны,

1. постановляет продлить мандат Миссии, изложенный в пункте 17 резолюции 2140 (2014), с учетом пунктов 12–17 доклада Генерального секретаря;

2. просит Миссию осуществлять следующие задачи:
a) поддерживать политический процесс;
b) защищать гражданское население:
i) в центральных районах;
ii) в северных районах;
с) содействовать правам человека;

3. призывает стороны действовать в соответствии с пунктами 21 выше и 4 ниже и с подпунктом b) пункта 2;

4. постановляет продолжать заниматься этим вопросом.
`;

const ARABIC = `إن مجلس الأمن ،

إذ يشير إلى القرارين 2391 (2017) و 2531 (2020) وإلى قراره 1894 (2009)،

وإذ يؤكد التزامه القوي بسيادة البلد،

1 - يقرر تمديد ولاية البعثة؛

2 - يطلب إلى البعثة أن تضطلع بالمهام التالية:

(أ) ‏ دعم العملية السياسية؛

(ب) حماية المدنيين:

’1‘ في المناطق الوسطى؛

’2‘ في المناطق الشمالية؛

(د) تعزيز حقوق الإنسان؛

3 - يهيب بالأطراف أن تعمل وفقا للفقرة 1 أعلاه والفقرتين 2 و 4 أدناه وبالفقرة 2 (ب) أعلاه؛

4 - يقرر أن يبقي المسألة قيد نظره.
`;

const CHINESE = `安全理事会

回顾第2391(2017)和2531(2020)号决议以及第2736 (2024)号决议，

重申坚定致力于该国的主权，

1. 决定延长特派团的任务期限，但须遵守第2520(2020)号决议第11和12段，并考虑到秘书长报告第12至17段；

2. 请特派团执行以下任务：
(a) 支持政治进程；
(b) 保护平民：
㈠ 在中部地区；
㈡ 在北部地区；
(c) 促进人权；

3. 促请各方根据上文第1段和下文第4段以及上文第2(b)段行事；

4. 决定继续积极处理此案。
`;

function tree(list: readonly SubParagraph[], text: string): unknown[] {
  return list.map((sp) => [sp.label, text.slice(sp.labelSpan.start, sp.labelSpan.end), ...(sp.children.length ? [tree(sp.children, text)] : [])]);
}

function internal(m: Resolution): string[] {
  return m.references.flatMap((r) => (r.kind === 'paragraph' ? r.targets.map((t) => `${m.text.slice(t.span.start, t.span.end)}→${t.resolved ? (t.resolved.kind === 'subparagraph' ? `sub ${t.resolved.label}` : t.resolved.kind) : 'none'} ${t.direction ?? ''}`.trim()) : []));
}

function citations(m: Resolution): string[] {
  return m.references.flatMap((r) => (r.kind === 'document' ? [`${r.symbol}${r.paragraphs.length ? ` ¶${r.paragraphs.map((p) => p.label).join(',')}` : ''}`] : []));
}

function errors(text: string): string[] {
  return analyze(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);
}

describe('parse: Russian, Arabic and Chinese', () => {
  it('reads a Russian text: the organ line after the cover, lower-case paragraphs, case forms and the genitive', () => {
    const m = parse(RUSSIAN);
    assert.equal(m.language, 'ru');
    assert.equal(RUSSIAN.slice(m.organ!.span.start, m.organ!.span.end), 'Совет Безопасности,');
    assert.equal(m.adoption?.meeting, 9999);
    assert.equal(m.preamble.length, 2);
    assert.deepEqual(
      m.operative.map((p) => p.label),
      ['1', '2', '3', '4'],
    );
    // "с)" typed with a Cyrillic letter reads as c).
    assert.deepEqual(tree(m.operative[1].children, RUSSIAN), [
      ['a', 'a)'],
      ['b', 'b)', [['i', 'i)'], ['ii', 'ii)']]],
      ['c', 'с)'],
    ]);
    assert.deepEqual(citations(m), ['S/RES/2391 (2017)', 'S/RES/2531 (2020)', 'S/RES/2140 (2014) ¶17']);
    assert.deepEqual(internal(m), ['21→none above', '4→operative below', 'b)→sub b', '2→operative']);
    assert.deepEqual(errors(RUSSIAN), ['xref/unknown-target 21']);
  });

  it('gives a document the Chinese paragraphs of its operative part, and those after "和"', () => {
    const text = '安全理事会，\n\n1. 重申必须执行第716(1991)号决议执行部分第4段；\n\n2. 回顾第2399(2018)号决议第10至13段和第15段；\n\n3. 决定继续积极处理此案。\n';
    const m = parse(text);
    assert.deepEqual(citations(m), ['S/RES/716 (1991) ¶4', 'S/RES/2399 (2018) ¶10,13,15']);
    assert.deepEqual(internal(m), []);
    const range = parse('安全理事会，\n\n1. 重申第2条；\n\n2. 提醒各国根据上文第1-2段承担的义务；\n\n3. 决定继续积极处理此案。\n');
    assert.deepEqual(internal(range), ['1→operative above', '2→operative above'], 'a range written with a hyphen');
  });

  it('reads an Arabic text: "1 - " numbers, abjad and ’1‘ labels, prefixed and dual references', () => {
    const m = parse(ARABIC);
    assert.equal(m.language, 'ar');
    assert.equal(m.organ?.code, 'SC');
    assert.deepEqual(
      m.operative.map((p) => p.label),
      ['1', '2', '3', '4'],
    );
    assert.deepEqual(tree(m.operative[1].children, ARABIC), [
      ['a', '(أ)'],
      ['b', '(ب)', [['i', '’1‘'], ['ii', '’2‘']]],
      ['d', '(د)'],
    ]);
    assert.deepEqual(citations(m), ['S/RES/2391 (2017)', 'S/RES/2531 (2020)', 'S/RES/1894 (2009)']);
    assert.deepEqual(internal(m), ['1→operative above', '2→operative below', '4→operative below', '2 (ب)→sub b above']);
    assert.deepEqual(errors(ARABIC), ['numbering/subparagraph-sequence (د)', 'xref/direction أدناه']);
    const sequence = analyze(ARABIC).diagnostics.find((d) => d.code === 'numbering/subparagraph-sequence');
    assert.match(sequence!.message, /Expected \(ج\), found \(د\)/);
  });

  it('keeps Arabic offsets in UTF-16 code units with right-to-left marks inside', () => {
    const m = parse(ARABIC);
    const first = m.operative[1].children[0];
    // "(أ) ‏ دعم": the label span covers the three characters of the label, the text starts after the mark.
    assert.equal(ARABIC.slice(first.labelSpan.start, first.labelSpan.end), '(أ)');
    assert.ok(ARABIC.slice(first.textSpan.start).startsWith('دعم'));
    const ref = m.references.find((r) => r.kind === 'paragraph' && r.text.includes('(ب)'));
    assert.ok(ref?.kind === 'paragraph');
    assert.equal(ARABIC.slice(ref.span.start, ref.span.end), 'وبالفقرة 2 (ب) أعلاه');
    assert.equal(ARABIC.slice(ref.targets[0].span.start, ref.targets[0].span.end), '2 (ب)');
    // A mark inside a reference is white space to the scanner, and the spans still land on the characters.
    const marked = ARABIC.replace('للفقرة 1 أعلاه', 'للفقرة\u200f 1 أعلاه');
    const t = parse(marked).references.find((r) => r.kind === 'paragraph');
    assert.ok(t?.kind === 'paragraph');
    assert.equal(marked.slice(t.targets[0].span.start, t.targets[0].span.end), '1');
    assert.equal(t.targets[0].resolved?.kind, 'operative');
  });

  it('renumbers Arabic sub-paragraphs in the abjad', () => {
    const text = ARABIC.replace('2 (ب) أعلاه', '2 (د) أعلاه');
    const out = applyEdits(text, renumber(parse(text)).edits);
    assert.match(out, /\n\(ج\) تعزيز حقوق الإنسان؛/);
    assert.match(out, /وبالفقرة 2 \(ج\) أعلاه/);
    assert.deepEqual(errors(out).filter((e) => e.startsWith('numbering')), []);
  });

  it('reads a Chinese text: numbers wrapped in words, the direction first, ㈠ labels', () => {
    const m = parse(CHINESE);
    assert.equal(m.language, 'zh');
    assert.equal(m.preamble.length, 2);
    assert.deepEqual(
      m.operative.map((p) => p.label),
      ['1', '2', '3', '4'],
    );
    assert.deepEqual(tree(m.operative[1].children, CHINESE), [
      ['a', '(a)'],
      ['b', '(b)', [['i', '㈠'], ['ii', '㈡']]],
      ['c', '(c)'],
    ]);
    assert.deepEqual(citations(m), ['S/RES/2391 (2017)', 'S/RES/2531 (2020)', 'S/RES/2736 (2024)', 'S/RES/2520 (2020) ¶11,12']);
    assert.deepEqual(internal(m), ['1→operative above', '4→operative below', '2(b)→sub b above']);
    assert.deepEqual(errors(CHINESE), []);
  });

  it('gives no English style advice and takes each language’s own endings', () => {
    for (const text of [RUSSIAN, ARABIC, CHINESE]) {
      const style = analyze(text).diagnostics.filter((d) => d.code.startsWith('style/'));
      assert.deepEqual(
        style.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`),
        [],
      );
    }
    const missing = CHINESE.replace('促进人权；', '促进人权');
    const ending = analyze(missing).diagnostics.filter((d) => d.code === 'style/operative-ending');
    assert.equal(ending.length, 1);
    assert.match(ending[0].message, /'；'/);
  });

  it('renumbers Chinese roman items in their own script', () => {
    const text = CHINESE.replace('㈡ 在北部地区', '㈢ 在北部地区');
    assert.deepEqual(errors(text), ['numbering/subparagraph-sequence ㈢']);
    assert.match(applyEdits(text, renumber(parse(text)).edits), /\n㈡ 在北部地区；/);
  });

  it('hovers, completes and renames in Arabic and Chinese', () => {
    const ar = parse(ARABIC);
    const at = ARABIC.indexOf('للفقرة 1 أعلاه') + 'للفقرة '.length;
    assert.match(hover(ar, at)!.markdown, /يقرر تمديد ولاية البعثة/);
    const typed = ARABIC.replace('4 - يقرر', '4 - يشير إلى الفقرة 2 (\n\n5 - يقرر');
    const labels = complete(parse(typed), typed.indexOf('الفقرة 2 (') + 'الفقرة 2 ('.length);
    assert.deepEqual(
      labels.map((c) => [c.label, c.insertText]),
      [
        ['(أ)', 'أ)'],
        ['(ب)', 'ب)'],
        ['(د)', 'د)'],
      ],
    );
    const zh = CHINESE.replace('4. 决定继续', '4. 回顾上文第\n\n5. 决定继续');
    const numbers = complete(parse(zh), zh.indexOf('回顾上文第') + '回顾上文第'.length);
    assert.deepEqual(numbers.slice(0, 2).map((c) => [c.insertText, c.detail]), [
      ['1段', '上文'],
      ['2段', '上文'],
    ]);
    const m = parse(CHINESE);
    const renamed = rename(m, m.operative[0].labelSpan.start, '9');
    assert.ok(!('error' in renamed));
    assert.match(applyEdits(CHINESE, renamed.edits), /根据上文第9段和下文第4段/);
    assert.ok(semanticTokens(m).types.includes(TOKEN_TYPES.indexOf('internalReference')));
  });

  it('names the language and the organ from the organ line, its comma missing or on the next line', () => {
    const cases: [string, string, string][] = [
      ['Генеральная Ассамблея,', 'ru', 'GA'],
      ['Совет по правам человека,', 'ru', 'HRC'],
      ['إن الجمعية العامة،', 'ar', 'GA'],
      ['إن مجلس حقوق الإنسان', 'ar', 'HRC'],
      ['إن مجلس الأمن\n\n،', 'ar', 'SC'],
      ['大会，', 'zh', 'GA'],
      ['人权理事会', 'zh', 'HRC'],
    ];
    for (const [organ, language, code] of cases) {
      const m = parse(`${organ}\n\n${language === 'zh' ? '回顾其以往的决议，' : language === 'ar' ? 'إذ يشير إلى قراراته السابقة،' : 'ссылаясь на свои предыдущие резолюции,'}\n\n1. x`);
      assert.deepEqual([m.language, m.organ?.code, m.preamble.length], [language, code, 1], organ);
    }
  });
});
