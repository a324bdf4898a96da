/**
 * Renumbering: operative paragraphs 1..N in document order within each body, part, annex list; sub-paragraphs
 * re-lettered; every internal reference rewritten to name the same paragraph as before, with "above"/"below"
 * corrected where a move changed the order. Only labels and references change (a number written without its
 * period gets it). Idempotent.
 */
import type { Operative, Resolution, Span, SubParagraph, TextEdit, RefTarget } from '../model';
import { expectedSubLabels } from '../checks/subparagraph-sequence';
import { startsAnywhere } from '../checks/numbering-sequence';
import { LANGUAGES } from '../lang';
import { ownerOf } from '../describe';
import { subLabelLetters, writeSubLabel } from '../labels';
import { subLabelStylesOf, type SubLabelStyles } from '../parse/subLabels';

export interface RenumberResult {
  readonly edits: TextEdit[];
  /** References whose target does not exist: left as they are. */
  readonly unresolved: Span[];
}

type Node = Operative | SubParagraph;

/** The new label of every paragraph and sub-paragraph. */
function newLabels(model: Resolution): Map<Node, string> {
  const labels = new Map<Node, string>();
  model.sections.forEach((section, index) => {
    let n = 0;
    let list = -1;
    for (const p of section.operative) {
      if (p.list !== list) {
        list = p.list;
        n = p === section.operative[0] ? firstNumber(model, index, labels) - 1 : 0;
      }
      labels.set(p, String(++n));
      for (const [sp, label] of expectedSubLabels(p.children, model.headings)) labels.set(sp, label);
    }
  });
  return labels;
}

/**
 * The number a section's first paragraph gets: 1; in a part numbered on from the part before, the next
 * after that part's new last number; in an annex that starts elsewhere (amended provisions), its own.
 */
function firstNumber(model: Resolution, index: number, labels: ReadonlyMap<Node, string>): number {
  const section = model.sections[index];
  if (!startsAnywhere(model.sections, index)) return 1;
  if (section.kind === 'annex') return section.operative[0].number;
  const before = model.sections[index - 1].operative;
  return Number(labels.get(before[before.length - 1])) + 1;
}

/** The chain of nodes from the operative paragraph down to `node`. */
function chainTo(p: Operative, node: Node): Node[] | null {
  if (p === node) return [p];
  const search = (list: readonly SubParagraph[], acc: Node[]): Node[] | null => {
    for (const c of list) {
      if (c === node) return [...acc, c];
      if (c.span.start <= node.span.start && node.span.end <= c.span.end) {
        const hit = search(c.children, [...acc, c]);
        if (hit) return hit;
      }
    }
    return null;
  };
  return search(p.children, [p]);
}

/** Rewrites "4 bis (b) (i)", "4 bis b) i)" or "4 (د)" to the new labels: the number first, then each label aligned from the end, in its own style. */
function rewriteTarget(original: string, newNumber: string | null, newPath: readonly string[], styles: SubLabelStyles): string {
  let out = original;
  if (newNumber !== null) out = out.replace(/^\d+(?: [a-z]+(?=\s*\(|\s[a-z]{1,4}\)|$))?/, newNumber);
  const labels: { start: number; length: number; style: string }[] = [];
  for (let i = 0; i < out.length; i++) {
    const label = styles.readAt(out, i, out.length, false);
    if (label === null || (i > 0 && /\p{L}/u.test(out[i - 1]))) continue;
    labels.push({ start: i, length: label.length, style: label.style });
    i += label.length - 1;
  }
  let k = newPath.length - 1;
  for (let g = labels.length - 1; g >= 0 && k >= 0; g--, k--) {
    const { start, length, style } = labels[g];
    out = out.slice(0, start) + writeSubLabel(newPath[k], style) + out.slice(start + length);
  }
  return out;
}

export function renumber(model: Resolution): RenumberResult {
  const labels = newLabels(model);
  const lang = LANGUAGES[model.language];
  const edits: TextEdit[] = [];
  const unresolved: Span[] = [];
  const text = model.text;

  for (const [node, label] of labels) {
    // A number written without its period ("26 Condemns") or with a letter ("l.") is written anew: "26. ".
    const malformed = node.kind === 'operative' ? (node.malformedLabel ?? null) : null;
    // A written label is rewritten whole, in its style: "(ج)", "㈢", "c)".
    const written = node.kind === 'subparagraph' && node.labelStyle !== null;
    const span = malformed ?? (node.kind === 'operative' ? node.labelSpan : written ? node.labelSpan : subLabelLetters(node));
    const newText = malformed ? `${label}. ` : written ? writeSubLabel(label, node.labelStyle!) : label;
    if (text.slice(span.start, span.end) !== newText) edits.push({ span, newText });
  }

  const directionEdits = new Map<string, TextEdit>();
  for (const ref of model.references) {
    if (ref.kind !== 'paragraph') continue;
    const byDirection = new Map<string, RefTarget[]>();
    for (const t of ref.targets) {
      if (!t.resolved || t.resolved.kind === 'preamble') {
        if (!t.resolved) unresolved.push(t.span);
        continue;
      }
      const node = t.resolved;
      const owner = node.kind === 'operative' ? node : ownerOf(model, node);
      const chain = owner ? chainTo(owner, node) : null;
      if (!owner || !chain) continue;
      const original = text.slice(t.span.start, t.span.end);
      const startsWithNumber = /^\d/.test(original);
      const newPath = chain.slice(1).map((c) => labels.get(c) ?? (c as SubParagraph).label);
      const replaced = rewriteTarget(original, startsWithNumber ? (labels.get(owner) ?? owner.label) : null, newPath, subLabelStylesOf(lang));
      if (replaced !== original) edits.push({ span: t.span, newText: replaced });
      if (t.directionSpan) {
        const key = `${t.directionSpan.start}`;
        byDirection.set(key, [...(byDirection.get(key) ?? []), t]);
      }
    }
    // A direction word serves a group of numbers: change it only when the whole group now lies on the other side.
    for (const group of byDirection.values()) {
      const sides = new Set(group.map((t) => (t.resolved!.span.start > ref.span.start ? 'below' : 'above')));
      const first = group[0];
      if (sides.size !== 1 || !first.directionSpan || directionEdits.has(`${first.directionSpan.start}`)) continue;
      const side = [...sides][0];
      if (first.direction !== side) {
        const word = side === 'above' ? lang.above[0] : lang.below[0];
        directionEdits.set(`${first.directionSpan.start}`, { span: first.directionSpan, newText: word });
      }
    }
  }
  edits.push(...directionEdits.values());
  edits.sort((a, b) => a.span.start - b.span.start);
  return { edits: dedupe(edits), unresolved };
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.span.start < last.span.end) continue;
    out.push(e);
  }
  return out;
}

/** Applies non-overlapping edits sorted by position. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}
