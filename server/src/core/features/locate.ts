/** What is under the cursor: a reference target, a document reference, a paragraph label. */
import type { DocumentReference, Operative, ParagraphReference, RefTarget, Resolution, SubParagraph } from '../model';
import { touches } from '../text';

export type Located =
  | { readonly kind: 'target'; readonly ref: ParagraphReference; readonly target: RefTarget }
  | { readonly kind: 'document'; readonly ref: DocumentReference }
  | { readonly kind: 'label'; readonly node: Operative | SubParagraph };

function labelAt(nodes: readonly SubParagraph[], offset: number): SubParagraph | null {
  for (const n of nodes) {
    if (touches(n.labelSpan, offset)) return n;
    const inner = labelAt(n.children, offset);
    if (inner) return inner;
  }
  return null;
}

export function locate(model: Resolution, offset: number): Located | null {
  for (const ref of model.references) {
    if (ref.span.start > offset) break;
    // A document's cited paragraphs may lie after its span ("resolution 2391 (2017), in particular paragraph 13 ..., and paragraph 31").
    if (ref.kind === 'document') {
      if (touches(ref.span, offset) || ref.paragraphs.some((p) => touches(p.span, offset))) return { kind: 'document', ref };
      continue;
    }
    if (!touches(ref.span, offset)) continue;
    const target = ref.targets.find((t) => touches(t.span, offset)) ?? (ref.targets.length === 1 ? ref.targets[0] : null);
    if (target) return { kind: 'target', ref, target };
  }
  for (const p of model.operative) {
    if (touches(p.labelSpan, offset)) return { kind: 'label', node: p };
    if (offset >= p.span.start && offset <= p.span.end) {
      const sp = labelAt(p.children, offset);
      if (sp) return { kind: 'label', node: sp };
    }
  }
  return null;
}
