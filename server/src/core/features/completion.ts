/**
 * Completion: after "paragraph " the operative paragraphs with the right "above"/"below"; after
 * "paragraph 30 (" its sub-paragraph labels; at the start of a paragraph the opening phrases of the
 * preamble, or the next number and the operative verbs.
 */
import type { Operative, Resolution, Span } from '../model';
import { LANGUAGES } from '../lang';
import { findOperative } from '../parse/resolve';
import { paragraphAt } from '../describe';
import { escapeRegExp, shorten } from '../text';
import { writeSubLabel } from '../labels';
import { subLabelStylesOf } from '../parse/subLabels';
import type { LibraryView } from '../library';

export interface Completion {
  readonly label: string;
  readonly kind: 'paragraph' | 'subparagraph' | 'phrase' | 'verb' | 'number' | 'document';
  readonly insertText: string;
  readonly detail?: string;
  readonly documentation?: string;
  /** The text the completion replaces (what was typed of it). */
  readonly replace: Span;
  readonly sortText?: string;
}

const LINE_PREFIX = 200;

function linePrefix(text: string, offset: number): { prefix: string; lineStart: number } {
  let s = offset;
  while (s > 0 && s > offset - LINE_PREFIX && text[s - 1] !== '\n') s--;
  return { prefix: text.slice(s, offset), lineStart: s };
}


export function complete(model: Resolution, offset: number, library?: LibraryView): Completion[] {
  const lang = LANGUAGES[model.language];
  const { prefix, lineStart } = linePrefix(model.text, offset);

  // "resolution " or "resolution 23" → Security Council resolutions from the library.
  const res = lang.resolution.length > 0 ? new RegExp(`(?:${lang.resolution.map(escapeRegExp).join('|')}) (\\d{0,4})$`, 'i').exec(prefix) : null;
  if (res && library) {
    const replace = { start: offset - res[1].length, end: offset };
    const out: Completion[] = [];
    for (const d of library.entries()) {
      const m = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(d.symbol);
      if (!m || !m[1].startsWith(res[1])) continue;
      out.push({ label: `${m[1]} (${m[2]})`, kind: 'document', insertText: `${m[1]} (${m[2]})`, detail: d.subject ?? d.title, replace, sortText: m[1].padStart(5, '0') });
      if (out.length >= 500) break;
    }
    return out;
  }
  const words = lang.paragraph.map(escapeRegExp).join('|');
  const holder = paragraphAt(model, offset);
  const section = holder?.kind === 'operative' ? model.sections[holder.sectionIndex] : model.sections[0];

  // "上文第" → paragraph numbers with the closing word ("2段"), where numbers are wrapped in words.
  const c = lang.circumfix;
  if (c && prefix.endsWith(c.before)) {
    return section.operative.map((p: Operative, i) => ({
      label: p.label,
      kind: 'paragraph',
      insertText: `${p.label}${c.paragraph}`,
      detail: holder === p ? 'this paragraph' : p.span.start < offset ? c.above[0] : c.below[0],
      documentation: shorten(p.content.text, 300),
      replace: { start: offset, end: offset },
      sortText: String(i).padStart(4, '0'),
    }));
  }

  // "paragraph 30 (" or "paragraph 30 (b) (" → sub-paragraph labels; in French and Spanish, where labels
  // are written "b)", after "paragraphe 30 " or "paragraphe 30 b) ".
  const styles = subLabelStylesOf(lang);
  const sub =
    words === ''
      ? null
      : ((styles.parenthesized ? new RegExp(`(?:${words}) (\\d{1,3})((?: ?\\([a-z]{1,4}\\))*) ?\\(([a-z]{0,4})$`, 'iu').exec(prefix) : null) ??
        (styles.closing ? new RegExp(`(?:${words}) (\\d{1,3})((?: [a-z]{1,4}\\))*) ([a-z]{0,4})$`, 'iu').exec(prefix) : null));
  if (sub) {
    const p = findOperative(section, Number(sub[1]), null);
    let children = p?.children ?? [];
    for (const m of sub[2].matchAll(/([a-z]{1,4})\)/g)) children = children.find((c) => c.label === m[1])?.children ?? [];
    const replace = { start: offset - sub[3].length, end: offset };
    return children.filter((c) => c.labelKind !== 'dash').map((c) => ({ label: writeSubLabel(c.label, c.labelStyle ?? '(a)'), kind: 'subparagraph', insertText: writeSubLabel(c.label, c.labelStyle ?? '(a)').replace(/^\(/, ''), documentation: shorten(c.content.text, 200), replace }));
  }

  // "paragraph " or "paragraphs 4 and " → paragraph numbers with the right direction.
  const joiners = [...lang.and, ...lang.to].filter((w) => /\p{L}/u.test(w)).map(escapeRegExp).join('|');
  const para = words === '' ? null : new RegExp(`(?:${words}) (?:[\\d, ]+(?:${joiners}) )?(\\d{0,3})$`, 'iu').exec(prefix);
  if (para) {
    const replace = { start: offset - para[1].length, end: offset };
    return section.operative.map((p: Operative, i) => {
      const dir = holder === p ? '' : p.span.start < offset ? ` ${lang.above[0]}` : ` ${lang.below[0]}`;
      return { label: p.label, kind: 'paragraph', insertText: `${p.label}${dir}`, detail: dir.trim() || 'this paragraph', documentation: shorten(p.content.text, 300), replace, sortText: String(i).padStart(4, '0') };
    });
  }

  // At the start of a paragraph.
  if (!/^\s*[\p{L}]*$/u.test(prefix)) return [];
  const typed = prefix.trimStart();
  const replace = { start: offset - typed.length, end: offset };
  const inOperative = model.operative.length > 0 && model.operative[0].span.start < offset;
  if (!inOperative && model.organ && model.organ.span.end <= lineStart) {
    return lang.preamblePhrases.map((p) => ({ label: p.phrase, kind: 'phrase', insertText: `${p.phrase} `, documentation: p.note, replace }));
  }
  if (!inOperative) return [];
  const before = [...model.operative].reverse().find((p) => p.span.start < offset);
  const next = before ? `${before.number + 1}. ` : '1. ';
  const verbs: Completion[] = lang.operativeVerbs.map((v) => ({ label: v.phrase, kind: 'verb', insertText: `${v.phrase} `, documentation: v.note, replace }));
  return typed ? verbs : [{ label: next.trim(), kind: 'number', insertText: next, detail: 'next operative paragraph', replace, sortText: '0' }, ...verbs];
}
