/**
 * Code actions: the quick fix of each diagnostic that has a certain remedy, the closest existing
 * paragraphs for an unknown target, renumbering on numbering problems, PDF clean-up on artifacts, and
 * "fix all" of one kind.
 */
import type { Diagnostic, Resolution, Span, TextEdit } from '../model';
import { renumber } from './renumber';
import { cleanUpPdfText } from './cleanup';
import { translator, type Translate } from '../messages';

export interface Action {
  readonly title: string;
  readonly kind: 'quickfix' | 'source.fixAll' | 'refactor.rewrite';
  readonly edits: readonly TextEdit[];
  readonly diagnostic?: Diagnostic;
  readonly preferred?: boolean;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function closestTargets(model: Resolution, d: Diagnostic, tr: Translate): Action[] {
  for (const ref of model.references) {
    if (ref.kind !== 'paragraph') continue;
    const t = ref.targets.find((x) => x.span.start === d.span.start && x.span.end === d.span.end && !x.resolved);
    if (!t || t.sectionIndex < 0) continue;
    const ops = model.sections[t.sectionIndex].operative;
    return [...ops]
      .sort((a, b) => Math.abs(a.number - t.number) - Math.abs(b.number - t.number))
      .slice(0, 3)
      .map((p) => ({ title: tr('action.changeTo', { label: p.label, text: p.content.text.slice(0, 40) }), kind: 'quickfix' as const, edits: [{ span: t.span, newText: p.label }], diagnostic: d }));
  }
  return [];
}

export function codeActions(model: Resolution, diagnostics: readonly Diagnostic[], range: Span, tr: Translate = translator()): Action[] {
  const out: Action[] = [];
  let offeredRenumber = false;
  for (const d of diagnostics) {
    if (!overlaps(d.span, range)) continue;
    if (d.fix) out.push({ title: d.fix.title, kind: 'quickfix', edits: d.fix.edits, diagnostic: d, preferred: true });
    for (const a of d.alternatives ?? []) out.push({ title: a.title, kind: 'quickfix', edits: a.edits, diagnostic: d });
    if (d.code === 'xref/unknown-target') out.push(...closestTargets(model, d, tr));
    if (d.code.startsWith('numbering/') && !offeredRenumber) {
      const r = renumber(model);
      if (r.edits.length > 0) out.push({ title: tr('action.renumber'), kind: 'quickfix', edits: r.edits, diagnostic: d });
      offeredRenumber = true;
    }
  }
  if (model.artifacts.some((a) => overlaps(a.span, range))) {
    out.push({ title: tr('action.cleanUp'), kind: 'refactor.rewrite', edits: [{ span: { start: 0, end: model.text.length }, newText: cleanUpPdfText(model) }] });
  }
  for (const code of new Set(diagnostics.filter((d) => d.fix).map((d) => d.code))) {
    const edits = diagnostics.filter((d) => d.code === code && d.fix).flatMap((d) => d.fix!.edits);
    if (edits.length > 1) out.push({ title: tr('action.fixAll', { code }), kind: 'source.fixAll', edits: nonOverlapping(edits) });
  }
  return out;
}

function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) if (!out.length || e.span.start >= out[out.length - 1].span.end) out.push(e);
  return out;
}

