/** Turns raw references into model references and resolves internal ones to their target paragraphs. */
import type {
  DocumentReference,
  Operative,
  ParagraphReference,
  Preambular,
  RefTarget,
  Reference,
  Section,
  SubParagraph,
  TextContent,
} from '../model';
import type { RawRef, RawTarget } from './references';
import { docOffset } from './content';

export interface ResolveContext {
  readonly text: string;
  readonly paragraphs: ParagraphIndex;
  readonly sections: readonly Section[];
  readonly preamble: readonly Preambular[];
  readonly operative: readonly Operative[];
}

function spanIn(content: TextContent, start: number, end: number) {
  return { start: docOffset(content, start), end: docOffset(content, end - 1) + 1 };
}

/** The first paragraph bearing the label: when two bear the same number, the later one is the inserted one. */
function pick(candidates: readonly Operative[], number: number, suffix: string | null, list: number): Operative | null {
  // Of the paragraphs bearing the label, the first in the list asked for, or else the first.
  let first: Operative | null = null;
  for (const p of candidates) {
    if (p.number !== number || p.suffix !== suffix) continue;
    if (p.list === list) return p;
    first ??= p;
  }
  return first;
}

export function findOperative(section: Section | undefined, number: number, suffix: string | null, list = 0): Operative | null {
  return section ? pick(section.operative, number, suffix, list) : null;
}

/**
 * The sections' paragraphs by number, for one parse: resolving a reference costs a lookup rather than a
 * scan of its section, which made texts with thousands of paragraphs and references quadratic.
 */
export class ParagraphIndex {
  private readonly bySection = new Map<Section, Map<number, Operative[]>>();

  find(section: Section | undefined, number: number, suffix: string | null, list = 0): Operative | null {
    if (!section) return null;
    let index = this.bySection.get(section);
    if (!index) {
      index = new Map();
      for (const p of section.operative) {
        const same = index.get(p.number);
        if (same) same.push(p);
        else index.set(p.number, [p]);
      }
      this.bySection.set(section, index);
    }
    return pick(index.get(number) ?? [], number, suffix, list);
  }
}

export function descend(p: Operative, path: readonly string[]): Operative | SubParagraph | null {
  let node: Operative | SubParagraph = p;
  for (const label of path) {
    const child: SubParagraph | undefined = node.children.find((c) => c.label === label);
    if (!child) return null;
    node = child;
  }
  return node;
}

function sectionFor(ctx: ResolveContext, raw: RawTarget, holder: Operative | Preambular | null): number {
  // "paragraph 3 of section II": the section with that label, if the text has one.
  if (raw.sectionLabel !== undefined) return ctx.sections.findIndex((s) => s.kind !== 'annex' && s.label.replace(/\.$/, '') === raw.sectionLabel);
  if (raw.annex !== null) {
    const annexes = ctx.sections.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'annex');
    const hit = annexes.find((x) => x.s.label === raw.annex) ?? (raw.annex === '' && annexes.length === 1 ? annexes[0] : undefined);
    return hit ? hit.i : -1;
  }
  return holder?.kind === 'operative' && !raw.body ? holder.sectionIndex : 0;
}

function relativeTarget(ctx: ResolveContext, holder: Operative | Preambular | null, rel: number): Operative | Preambular | null {
  if (!holder) return null;
  if (holder.kind === 'preamble') return ctx.preamble[holder.index + rel] ?? null;
  const section = ctx.sections[holder.sectionIndex];
  return section.operative[holder.index + rel] ?? null;
}

/**
 * A number the holder's section lacks: inside an annex it may name a paragraph of the resolution itself;
 * in a part, one of another part (older resolutions number their parts on: "B 17.").
 */
function findInOtherParts(ctx: ResolveContext, sectionIndex: number, number: number, suffix: string | null): Operative | null {
  for (let i = 0; i < ctx.sections.length; i++) {
    if (i === sectionIndex || ctx.sections[i].kind === 'annex') continue;
    const p = ctx.paragraphs.find(ctx.sections[i], number, suffix);
    if (p) return p;
  }
  return null;
}

export function resolveRefs(ctx: ResolveContext, raws: readonly RawRef[], content: TextContent, holder: Operative | Preambular | null): Reference[] {
  const out: Reference[] = [];
  for (const raw of raws) {
    const span = spanIn(content, raw.start, raw.end);
    const text = content.text.slice(raw.start, raw.end);
    if (raw.kind === 'document') {
      const doc: DocumentReference = {
        kind: 'document',
        span,
        text,
        docKind: raw.docKind,
        symbol: raw.symbol,
        number: raw.number,
        year: raw.year,
        paragraphs: raw.paragraphs.map((p) => ({ label: p.label, span: spanIn(content, p.start, p.end) })),
        style: raw.style ? { form: raw.style.form, span: spanIn(content, raw.style.start, raw.style.end), replacement: raw.style.replacement } : null,
        yearSpan: raw.yearStart !== null && raw.yearEnd !== null ? spanIn(content, raw.yearStart, raw.yearEnd) : null,
      };
      out.push(doc);
      continue;
    }
    const targets: RefTarget[] = [];
    for (const t of raw.targets) {
      const number = raw.inHolder && holder?.kind === 'operative' ? holder.number : t.number;
      const suffix = raw.inHolder && holder?.kind === 'operative' ? holder.suffix : t.suffix;
      // "subparagraph (a) above" in a paragraph without sub-paragraphs names a structure the text does not mark up.
      if (raw.inHolder && (holder?.kind !== 'operative' || holder.children.length === 0)) continue;
      const sectionIndex = sectionFor(ctx, t, holder);
      let resolved: RefTarget['resolved'] = null;
      let label = String(number) + (suffix ? ' ' + suffix : '');
      if (t.relative !== 0) {
        resolved = relativeTarget(ctx, holder, t.relative);
        label = resolved?.kind === 'operative' ? resolved.label : resolved ? String(resolved.index + 1) : '';
      } else if (t.scope === 'preamble') resolved = ctx.preamble[number - 1] ?? null;
      else {
        // Inside an annex, a number the annex lacks may name a paragraph of the resolution itself.
        const list = holder?.kind === 'operative' && holder.sectionIndex === sectionIndex ? holder.list : 0;
        const own = ctx.paragraphs.find(ctx.sections[sectionIndex], number, suffix, list);
        resolved = own ? descend(own, t.path) : null;
        // Not in the holder's section (or without that sub-paragraph there): an annex may cite the resolution's paragraphs.
        const other = resolved === null && t.annex === null && t.sectionLabel === undefined ? findInOtherParts(ctx, sectionIndex, number, suffix) : null;
        if (other) resolved = descend(other, t.path);
      }
      targets.push({
        span: spanIn(content, t.start, t.end),
        label,
        number: t.relative !== 0 && resolved?.kind === 'operative' ? resolved.number : number,
        suffix,
        path: t.path,
        direction: t.direction,
        directionSpan: t.directionStart !== undefined && t.directionEnd !== undefined && t.relative === 0 ? spanIn(content, t.directionStart, t.directionEnd) : null,
        rangeFrom: t.rangeFrom,
        scope: t.relative !== 0 && resolved?.kind === 'preamble' ? 'preamble' : t.scope,
        sectionIndex,
        ...(t.sectionLabel !== undefined ? { sectionLabel: t.sectionLabel } : {}),
        resolved,
      });
    }
    if (targets.length === 0) continue;
    const ref: ParagraphReference = { kind: 'paragraph', span, text, targets, holder };
    out.push(ref);
  }
  return out;
}
