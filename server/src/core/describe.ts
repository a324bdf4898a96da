/** Human-readable names for model nodes, shared by checks and features. */
import type { Operative, Preambular, RefTarget, Resolution, SubParagraph } from './model';

export function targetLabel(t: Pick<RefTarget, 'label' | 'path'>): string {
  return [t.label, ...t.path.map((p) => `(${p})`)].join(' ');
}

export function nodeName(model: Resolution, node: Operative | Preambular | SubParagraph): string {
  if (node.kind === 'operative') return `paragraph ${node.label}`;
  if (node.kind === 'preamble') return `preambular paragraph ${node.index + 1}`;
  const owner = ownerOf(model, node);
  return owner ? `paragraph ${owner.label} ${pathTo(owner, node)}` : `sub-paragraph (${node.label})`;
}

/** The operative paragraph that contains a sub-paragraph. */
export function ownerOf(model: Resolution, sp: SubParagraph): Operative | null {
  for (const p of model.operative) if (p.span.start <= sp.span.start && sp.span.end <= p.span.end) return p;
  return null;
}

function pathTo(p: Operative | SubParagraph, target: SubParagraph): string {
  for (const c of p.children) {
    if (c === target) return `(${c.label})`;
    if (c.span.start <= target.span.start && target.span.end <= c.span.end) return `(${c.label}) ${pathTo(c, target)}`;
  }
  return '';
}

/** The paragraph (operative or preambular) whose span contains the offset. */
export function paragraphAt(model: Resolution, offset: number): Operative | Preambular | null {
  for (const p of model.operative) if (offset >= p.span.start && offset <= p.span.end) return p;
  for (const p of model.preamble) if (offset >= p.span.start && offset <= p.span.end) return p;
  return null;
}
