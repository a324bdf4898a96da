/**
 * style/preamble-ending: a preambular paragraph ends with a comma.
 * style/operative-ending: an operative paragraph ends with a semicolon, the last one of the body or of a
 * part with a period; with sub-paragraphs, the last sub-paragraph carries that ending. Declarations
 * whose paragraphs end with periods throughout (and annexes) follow their own style and are skipped.
 */
import type { TextContent } from '../model';
import type { Language } from '../lang';
import { lastLeaf } from '../tree';
import { docOffset } from '../parse/content';
import type { Translate } from '../messages';
import type { Finding, Rule } from './rule';
import { endOffset, endingOf } from './punctuation';

/** `what` names the paragraph in the message, formatted only for a finding. */
function endingFinding(t: Translate, content: TextContent, mark: string, what: () => string, lang: Language): Finding | null {
  // The language's own mark: "،" for the comma in Arabic.
  const expected = lang.endings?.[mark] ?? mark;
  const actual = endingOf(content.text);
  if (actual === expected || content.text.length === 0) return null;
  const end = endOffset(content.text);
  const hasPunct = actual !== '' && end > 0;
  const at = docOffset(content, end - 1) + (hasPunct ? 0 : 1);
  const span = hasPunct ? { start: at, end: at + 1 } : { start: at - 1, end: at };
  const name = t(mark === ',' ? 'style.comma' : mark === ';' ? 'style.semicolon' : 'style.period');
  return {
    span,
    message: actual ? t('style.ending', { what: what(), name, expected, actual }) : t('style.endingMissing', { what: what(), name, expected }),
    fix: { title: t('style.endingFix', { expected }), edits: [hasPunct ? { span, newText: expected } : { span: { start: at, end: at }, newText: expected }] },
  };
}

export const preambleEnding: Rule = {
  code: 'style/preamble-ending',
  severity: 'warning',
  description: 'A preambular paragraph ends with a comma.',
  check({ model, lang, t }) {
    const out: Finding[] = [];
    const colon = lang.endings?.[':'] ?? ':';
    for (const p of model.preamble) {
      const ending = endingOf(p.content.text);
      if (ending === ':' || ending === colon) continue;
      const f = endingFinding(t, p.content, ',', () => t('style.preambular'), lang);
      if (f) out.push(f);
    }
    return out;
  },
};

export const operativeEnding: Rule = {
  code: 'style/operative-ending',
  severity: 'warning',
  description: 'An operative paragraph ends with a semicolon; the last one with a period.',
  check({ model, lang, t }) {
    const out: Finding[] = [];
    const period = lang.endings?.['.'] ?? '.';
    for (const section of model.sections) {
      if (section.kind === 'annex' || section.operative.length === 0) continue;
      const periods = section.operative.filter((p) => endingOf(lastLeaf(p).content.text) === period).length;
      if (periods > section.operative.length / 2 && section.operative.length > 2) continue;
      section.operative.forEach((p, i) => {
        const last = i === section.operative.length - 1;
        const leaf = lastLeaf(p);
        const what = () => t(last ? 'style.lastOperative' : 'style.operative', { label: p.label });
        const f = endingFinding(t, leaf.content, last ? '.' : ';', leaf === p ? what : () => t('style.throughLastSubparagraph', { what: what() }), lang);
        if (f) out.push(f);
      });
    }
    return out;
  },
};
