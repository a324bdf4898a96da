/** Semantic tokens, as spans in document order. The server splits them by line for the protocol. */
import type { Resolution, Span, SubParagraph } from '../model';
import { LANGUAGES, phrasesOpening } from '../lang';

export const TOKEN_TYPES = ['preambleOpening', 'operativeVerb', 'paragraphNumber', 'subparagraphLabel', 'internalReference', 'documentReference', 'heading', 'artifact'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export interface SemanticToken {
  readonly span: Span;
  readonly type: TokenType;
}

/** The length of the operative verb phrase at the start of a paragraph's text ("Further requests"). */
function verbLength(text: string, model: Resolution): number {
  const lang = LANGUAGES[model.language];
  const verb = phrasesOpening(lang.operativeVerbs, text).find((v) => text.startsWith(v.phrase));
  if (verb) return verb.phrase.length;
  const m = /^(?:\p{L}+ly |Also |Further |Again )?\p{L}+/u.exec(text);
  return m ? m[0].length : 0;
}

export function semanticTokens(model: Resolution): SemanticToken[] {
  const out: SemanticToken[] = [];
  for (const p of model.preamble) out.push({ span: p.openingSpan, type: 'preambleOpening' });
  for (const h of model.headings) out.push({ span: h.span, type: 'heading' });
  const subs = (list: readonly SubParagraph[]): void => {
    for (const sp of list) {
      out.push({ span: sp.labelSpan, type: 'subparagraphLabel' });
      subs(sp.children);
    }
  };
  for (const p of model.operative) {
    out.push({ span: p.labelSpan, type: 'paragraphNumber' });
    const n = verbLength(p.content.text, model);
    if (n > 0 && p.content.segments[0] && n <= p.content.segments[0].length) out.push({ span: { start: p.textSpan.start, end: p.textSpan.start + n }, type: 'operativeVerb' });
    subs(p.children);
  }
  for (const r of model.references) out.push({ span: r.span, type: r.kind === 'paragraph' ? 'internalReference' : 'documentReference' });
  for (const a of model.artifacts) out.push({ span: a.span, type: 'artifact' });
  out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Tokens may not overlap: keep the first of overlapping ones.
  const result: SemanticToken[] = [];
  let end = -1;
  for (const t of out) {
    if (t.span.start >= end) {
      result.push(t);
      end = t.span.end;
    }
  }
  return result;
}
