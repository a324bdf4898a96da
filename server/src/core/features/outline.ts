/** The model as plain JSON for `unres outline --format json`, with LSP-style ranges (0-based line/character). */
import type { Operative, Reference, Resolution, Span, SubParagraph } from '../model';
import { LineIndex, type Position } from '../text';

export interface JsonRange {
  readonly start: Position;
  readonly end: Position;
}

export function outline(model: Resolution) {
  const index = new LineIndex(model.text);
  const range = (s: Span): JsonRange => ({ start: index.positionAt(s.start), end: index.positionAt(s.end) });
  const sub = (sp: SubParagraph): object => ({ label: sp.label, range: range(sp.span), text: sp.content.text, children: sp.children.map(sub) });
  const op = (p: Operative) => ({
    number: p.number,
    label: p.label,
    section: p.sectionIndex,
    range: range(p.span),
    text: p.content.text,
    subparagraphs: p.children.map(sub),
  });
  const ref = (r: Reference) =>
    r.kind === 'document'
      ? { kind: 'document', range: range(r.span), text: r.text, symbol: r.symbol, documentKind: r.docKind, paragraphs: r.paragraphs.map((p) => p.label) }
      : {
          kind: 'paragraph',
          range: range(r.span),
          text: r.text,
          direction: r.targets.every((t) => t.direction === r.targets[0].direction) ? r.targets[0].direction : null,
          targets: r.targets.map((t) => ({
            number: t.number,
            label: t.label,
            path: t.path,
            direction: t.direction,
            resolved: t.resolved !== null,
            targetRange: t.resolved ? range(t.resolved.span) : null,
          })),
        };
  return {
    symbol: model.symbol,
    language: model.language,
    organ: model.organ?.name ?? null,
    adoption: model.adoption ? { organ: model.adoption.organ, meeting: model.adoption.meeting || null, date: model.adoption.date } : null,
    cover: model.cover.map((c) => ({ type: c.type, text: c.text, range: range(c.span) })),
    preamble: model.preamble.map((p) => ({ opening: p.opening, range: range(p.span), text: p.content.text })),
    headings: model.headings.map((h) => ({ text: h.text, level: h.level, range: range(h.span) })),
    sections: model.sections.map((s) => ({ kind: s.kind, label: s.label, range: range(s.span), paragraphs: s.operative.length })),
    operative: model.operative.map(op),
    references: model.references.map(ref),
    footnotes: model.footnotes.map((f) => ({ text: f.text, range: range(f.span) })),
    artifacts: model.artifacts.map((a) => ({ type: a.type, range: range(a.span) })),
  };
}
