/**
 * Rename (F2) on a paragraph number or any reference to it: the paragraph gets the new label and every
 * reference to it follows. Sub-paragraphs and preambular paragraphs are not renamed this way.
 */
import type { Operative, Resolution, Span, TextEdit } from '../model';
import { findOperative } from '../parse/resolve';
import { ownerOf } from '../describe';
import { locate } from './locate';
import { translator, type Translate } from '../messages';

const LABEL = /^(\d{1,3})(?: (bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?$/;

function subject(model: Resolution, offset: number): Operative | null {
  const hit = locate(model, offset);
  if (hit?.kind === 'label' && hit.node.kind === 'operative') return hit.node;
  if (hit?.kind === 'target' && hit.target.resolved?.kind === 'operative' && hit.target.path.length === 0) return hit.target.resolved;
  return null;
}

/** The label span to rename, or why renaming makes no sense here. */
export function prepareRename(model: Resolution, offset: number, t: Translate = translator()): { span: Span; placeholder: string } | { error: string } {
  const hit = locate(model, offset);
  const p = subject(model, offset);
  if (!p) {
    if (hit?.kind === 'document') return { error: t('rename.document') };
    if (hit?.kind === 'target' && !hit.target.resolved) return { error: t('rename.noParagraph', { label: hit.target.label }) };
    return { error: t('rename.place') };
  }
  const span = hit?.kind === 'target' ? { start: hit.target.span.start, end: hit.target.span.start + p.label.length } : p.labelSpan;
  return { span, placeholder: p.label };
}

export function rename(model: Resolution, offset: number, newLabel: string, tr: Translate = translator()): { edits: TextEdit[] } | { error: string } {
  const p = subject(model, offset);
  if (!p) return { error: tr('rename.place') };
  const m = LABEL.exec(newLabel.trim());
  if (!m) return { error: tr('rename.notANumber', { label: newLabel }) };
  const clash = findOperative(model.sections[p.sectionIndex], Number(m[1]), m[2] ?? null, p.list);
  if (clash && clash !== p) return { error: tr('rename.exists', { label: newLabel.trim() }) };
  const label = newLabel.trim();
  const edits: TextEdit[] = [{ span: p.labelSpan, newText: label }];
  // Every reference whose number names this paragraph, including paths into its sub-paragraphs.
  for (const ref of model.references) {
    if (ref.kind !== 'paragraph') continue;
    for (const t of ref.targets) {
      const owner = t.resolved?.kind === 'subparagraph' ? ownerOf(model, t.resolved) : t.resolved;
      const original = model.text.slice(t.span.start, t.span.end);
      if (owner === p && original.startsWith(p.label)) edits.push({ span: { start: t.span.start, end: t.span.start + p.label.length }, newText: label });
    }
  }
  return { edits };
}
