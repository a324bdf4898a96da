/**
 * The model of a text after a change inside one line of one paragraph, built from the model before it
 * without parsing again, when the change cannot alter the structure: the line keeps its kind, the block
 * pass reads the line alike (`lineShape`) and the structure pass reads its block alike (`shapeOf`). Then
 * the new model is the old one with that block's text changed, every offset after the change moved, and the
 * references of the one paragraph that holds the text read again. Whatever else the change could touch
 * (the cover, the organ line, page furniture, a quoted text, line breaks) makes `patchModel` decline, and
 * the caller parses the whole text.
 */
import type {
  Artifact,
  Block,
  Footnote,
  Heading,
  LanguageId,
  Operative,
  Preambular,
  Reference,
  RefTarget,
  Resolution,
  Section,
  Segment,
  Span,
  SubParagraph,
  TextContent,
} from '../model';
import { LANGUAGES, detectLanguage } from '../lang';
import { Shift, Unmappable, type Change } from '../edits';
import { isSpaceOrInvisibleCode } from './chars';
import { Line, mayBeArtifact } from './lines';
import { lineShape } from './blocks';
import { BlockLabels } from './subLabels';
import { StructureBuilder } from './structure';
import { ParagraphIndex, resolveRefs } from './resolve';
import { docOffset } from './content';
import { opensFootnote, type ParseFacts } from './index';
import type { scanReferences } from './references';

/** `detectLanguage` reads no further than this into the text. */
const LANGUAGE_HEAD = 3000;

export interface Parsed {
  readonly model: Resolution;
  readonly facts: ParseFacts;
}

export interface Patched extends Parsed {
  readonly shift: Shift;
  /** The paragraph text read again, before and after the change, with the references read in it now. */
  readonly reread: { readonly before: TextContent; readonly replaced: readonly Reference[]; readonly references: readonly Reference[] } | null;
}

/** The model of `text`, which is `previous.model.text` after `change`, or null when only a full parse can tell. */
export function patchModel(previous: Parsed, text: string, change: Change, language: LanguageId | undefined, scan: typeof scanReferences): Patched | null {
  const old = previous.model.text;
  if (previous.facts.organBlock < 0 || previous.facts.quotedLines || hasFurniture(previous.model.artifacts)) return null;
  const removed = old.slice(change.start, change.end);
  // A line break or a "|" (which makes table rows of the whole text) changes more than one line.
  if (/[\n\r|]/.test(removed) || /[\n\r|]/.test(change.text)) return null;
  const before = lineAt(old, change.start);
  const end = before ? before.end + change.text.length - removed.length : 0;
  const after = before && new Line(before.start, end, before.start, end);
  if (!before || !after) return null;
  trim(old, before);
  trim(text, after);
  // The change stays inside the line's content, and the line keeps its indentation and its first character.
  if (change.start <= before.trimmedStart || change.end > before.trimmedEnd || after.trimmedStart !== before.trimmedStart) return null;
  if (after.trimmedEnd !== before.trimmedEnd + after.end - before.end || mayBeArtifact(old, before) || mayBeArtifact(text, after)) return null;
  // The language a text is detected in decides how other lines read ("a)" labels, lower-case paragraphs).
  const oldLanguage = (): LanguageId => language ?? detectLanguage(old);
  const newLanguage = change.start < LANGUAGE_HEAD ? (): LanguageId => language ?? detectLanguage(text) : oldLanguage;
  if (change.start < LANGUAGE_HEAD && oldLanguage() !== newLanguage()) return null;
  const shift = new Shift(change, before.trimmedEnd);
  try {
    const block = blockOf(previous.model.blocks, before);
    if (block >= 0) return patchParagraph(previous, text, before, after, block, shift, oldLanguage, scan);
    return patchFootnote(previous, text, before, after, shift);
  } catch (e) {
    if (e instanceof Unmappable) return null;
    throw e;
  }
}

function hasFurniture(artifacts: readonly Artifact[]): boolean {
  return artifacts.some((a) => a.type !== 'separator' && a.type !== 'link');
}

/** The line around `offset`, or null where a carriage return makes the line ends depend on the whole text. */
function lineAt(text: string, offset: number): Line | null {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 13) return null;
  return new Line(start, end, start, end);
}

function trim(text: string, l: Line): void {
  while (l.trimmedStart < l.end && isSpaceOrInvisibleCode(text.charCodeAt(l.trimmedStart))) l.trimmedStart++;
  while (l.trimmedEnd > l.trimmedStart && isSpaceOrInvisibleCode(text.charCodeAt(l.trimmedEnd - 1))) l.trimmedEnd--;
  l.kind = l.trimmedStart === l.trimmedEnd ? 'blank' : 'content';
}

/** Index of the block that holds the line as one of its lines, or -1. */
function blockOf(blocks: readonly Block[], l: Line): number {
  const i = lastStartingBy(blocks, l.trimmedStart);
  const b = blocks[i];
  return b && b.span.end >= l.trimmedEnd && b.content.segments.some((s) => s.docStart === l.trimmedStart && s.length === l.trimmedEnd - l.trimmedStart) ? i : -1;
}

/** Index of the last item starting at or before `offset` (items in document order), or -1. */
function lastStartingBy(items: readonly { readonly span: { readonly start: number } }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].span.start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

function patchParagraph(previous: Parsed, text: string, before: Line, after: Line, index: number, shift: Shift, language: () => LanguageId, scan: typeof scanReferences): Patched | null {
  const model = previous.model;
  // The cover, the organ line and the comma that may follow it on a line of its own stay as they are.
  if (index <= previous.facts.organBlock + 1) return null;
  const labels = new BlockLabels(() => LANGUAGES[language()]);
  if (lineShape(model.text, before, labels) !== lineShape(text, after, labels)) return null;
  const lang = LANGUAGES[model.language];
  const builder = new StructureBuilder('', lang);
  const bars = previous.facts.tableBars;
  const mapper = new ModelShift(shift);
  const block = mapper.block(model.blocks[index]);
  if (builder.shapeOf(model.blocks[index].content.text, bars) !== builder.shapeOf(block.content.text, bars)) return null;
  const next = mapper.model(model, text, block);
  const reread = mapper.reread;
  // A change outside every paragraph text (between a label and its text) moves where that text starts.
  if (!reread && !wholeBlock(model, model.blocks[index])) return null;
  if (!reread) return { model: { ...next, references: mapper.references(model.references, null, []) }, facts: previous.facts, shift, reread: null };
  // The references of the paragraph read again; every other reference is the same, moved.
  const ctx = { text, paragraphs: new ParagraphIndex(), sections: next.sections, preamble: next.preamble, operative: next.operative };
  const found = resolveRefs(ctx, scan(reread.after.text, lang, model.organ?.code ?? null), reread.after, reread.holder).sort((a, b) => a.span.start - b.span.start);
  const replaced: Reference[] = [];
  const references = mapper.references(model.references, reread.before, found, replaced);
  return { model: { ...next, references }, facts: previous.facts, shift, reread: { before: reread.before, replaced, references: found } };
}

/** Whether a heading's text or a block left out of the structure is the whole block's text. */
function wholeBlock(model: Resolution, b: Block): boolean {
  return model.headings[lastStartingBy(model.headings, b.span.start)]?.span.start === b.span.start || model.other[lastStartingBy(model.other, b.span.start)] === b;
}

/** A change in the first line of a footnote that still opens a footnote: its text changes and offsets move. */
function patchFootnote(previous: Parsed, text: string, before: Line, after: Line, shift: Shift): Patched | null {
  const model = previous.model;
  const i = lastStartingBy(model.footnotes, before.trimmedStart);
  const f = model.footnotes[i];
  if (!f || f.span.start !== before.trimmedStart || opensFootnote(model.text.slice(before.trimmedStart, before.trimmedEnd)) !== opensFootnote(text.slice(after.trimmedStart, after.trimmedEnd))) return null;
  const mapper = new ModelShift(shift);
  const next = mapper.model(model, text, null);
  return { model: { ...next, references: mapper.references(model.references, null, []) }, facts: previous.facts, shift, reread: null };
}

/**
 * For each run of `RUN` references, the furthest offset that they or any reference before them span or point
 * at (a holder, a target): the runs before the first that reaches a change are the same after it.
 */
const reaches = new WeakMap<readonly Reference[], number[]>();
const RUN = 64;

function reachOf(references: readonly Reference[]): number[] {
  let reach = reaches.get(references);
  if (!reach) {
    reach = [];
    extendReach(references, reach);
    reaches.set(references, reach);
  }
  return reach;
}

/** Adds the runs of `references` from `reach.length` on. */
function extendReach(references: readonly Reference[], reach: number[]): void {
  let max = reach[reach.length - 1] ?? -1;
  for (let i = reach.length * RUN; i < references.length; i++) {
    max = Math.max(max, reachOne(references[i]));
    if (i % RUN === RUN - 1 || i === references.length - 1) reach.push(max);
  }
}

function reachOne(r: Reference): number {
  if (r.kind === 'document') return r.span.end;
  let max = Math.max(r.span.end, r.holder?.span.end ?? -1);
  for (const t of r.targets) max = Math.max(max, t.resolved?.span.end ?? -1);
  return max;
}

/**
 * Copies of the model's nodes with their offsets moved; the nodes before the change are the old ones (a node
 * is copied exactly when its span reaches the change). Links between nodes (a reference's holder and targets)
 * are followed to the copies at the same places.
 */
class ModelShift {
  /** The new model, once built. */
  private next: Resolution | null = null;
  /** Contents that hold the change, as mapped. */
  private readonly spliced = new Set<TextContent>();
  /** The paragraph text that holds the change, if any, and its holder (the operative paragraph of a sub-paragraph). */
  private held: { before: TextContent; after: TextContent; holder: Operative | Preambular } | null = null;

  constructor(private readonly shift: Shift) {}

  get reread(): { before: TextContent; after: TextContent; holder: Operative | Preambular } | null {
    return this.held && { ...this.held, holder: this.find(this.held.holder) };
  }

  /** The old model with `text`; `changed` is the block that holds the change, as mapped. */
  model(old: Resolution, text: string, changed: Block | null): Resolution {
    const s = this.shift;
    const untouched = <T extends { readonly span: Span }>(x: T): T => {
      if (!s.before(x.span)) throw new Unmappable();
      return x;
    };
    // A section's last paragraph may run past the section's end: sub-paragraphs after an annex heading continue it.
    const sections = this.list(
      old.sections,
      (x) => this.section(x),
      (x) => Math.max(x.span.end, x.operative[x.operative.length - 1]?.span.end ?? -1),
    );
    this.next = {
      ...old,
      text,
      cover: old.cover.map(untouched),
      organ: old.organ && untouched(old.organ),
      adoption: old.adoption && untouched(old.adoption),
      preamble: this.list(old.preamble, (p) => this.preambular(p)),
      headings: this.list(old.headings, (h) => this.heading(h, changed)),
      sections,
      // Every section's paragraphs in turn, the same objects.
      operative: sections.flatMap((x) => x.operative),
      artifacts: this.list(old.artifacts, (a) => ({ ...a, span: s.span(a.span) })),
      footnotes: this.list(old.footnotes, (f) => this.footnote(f)),
      other: this.list(old.other, (b) => this.block(b)),
      blocks: this.list(old.blocks, (b) => this.block(b)),
    };
    return this.next;
  }

  /** The old references moved, those of the text read again (`reread`, old) replaced by `found` (the old ones go to `replaced`). */
  references(old: readonly Reference[], reread: TextContent | null, found: readonly Reference[], replaced: Reference[] = []): Reference[] {
    const segments = reread?.segments ?? [];
    const first = segments[0];
    const last = segments[segments.length - 1];
    const start = first === undefined ? Infinity : first.docStart;
    const end = last === undefined ? -Infinity : last.docStart + last.length;
    // The references before the change and the text read again that point at nothing after them are shared: most of them, at once.
    const bound = Math.min(start, this.shift.change.start);
    const reach = reachOf(old);
    // Whole runs only: the last may grow.
    let runs = 0;
    let hi = Math.floor(old.length / RUN);
    while (runs < hi) {
      const mid = (runs + hi) >> 1;
      if (reach[mid] < bound) runs = mid + 1;
      else hi = mid;
    }
    const out = old.slice(0, runs * RUN);
    const add = (r: Reference): number => out.push(r);
    let placed = last === undefined;
    for (let i = runs * RUN; i < old.length; i++) {
      const r = old[i];
      const at = r.span.start;
      if (at >= start && at <= end && segments.some((g) => g.docStart <= at && at <= g.docStart + g.length)) {
        replaced.push(r);
        continue;
      }
      if (!placed && at > end) {
        found.forEach(add);
        placed = true;
      }
      add(this.reference(r));
    }
    if (!placed) found.forEach(add);
    const outReach = reach.slice(0, runs);
    extendReach(out, outReach);
    reaches.set(out, outReach);
    return out;
  }

  block(b: Block): Block {
    return { ...b, span: this.shift.span(b.span), content: this.content(b.content) };
  }

  /** The items from the first that reaches the change on mapped (items in document order), the ones before shared. */
  private list<T extends { readonly span: Span }>(items: readonly T[], map: (x: T) => T, end: (x: T) => number = (x) => x.span.end): T[] {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end(items[mid]) < this.shift.change.start) lo = mid + 1;
      else hi = mid;
    }
    const out = items.slice(0, lo);
    for (let i = lo; i < items.length; i++) out.push(map(items[i]));
    return out;
  }

  /** The copy of a node at its new place in the new model (the node itself when it was not copied). */
  private find<T extends Operative | Preambular | SubParagraph>(x: T): T {
    if (this.shift.before(x.span)) return x;
    const m = this.next!;
    if (x.kind === 'preamble') return m.preamble[x.index] as T;
    if (x.kind === 'operative') return m.sections[x.sectionIndex].operative[x.index] as T;
    // A sub-paragraph: down from the paragraph that holds its new place, to the item that starts there.
    const at = this.shift.start(x.span.start);
    let node: Operative | SubParagraph | undefined = m.operative[lastStartingBy(m.operative, at)];
    while (node && !(node.kind === 'subparagraph' && node.span.start === at && node.label === x.label)) node = node.children[lastStartingBy(node.children, at)];
    if (!node) throw new Unmappable();
    return node as T;
  }

  private content(c: TextContent): TextContent {
    const segs = c.segments;
    const last = segs[segs.length - 1];
    if (last === undefined || last.docStart + last.length < this.shift.change.start) return c;
    const { start, end, text: inserted } = this.shift.change;
    const delta = this.shift.delta;
    let text = c.text;
    let moved = 0;
    let spliced = false;
    const segments = segs.map((g): Segment => {
      const gEnd = g.docStart + g.length;
      if (gEnd < start) return g;
      if (g.docStart > end) return { textStart: g.textStart + moved, docStart: g.docStart + delta, length: g.length };
      if (g.docStart > start || gEnd < end) throw new Unmappable();
      const at = g.textStart + start - g.docStart;
      text = text.slice(0, at) + inserted + text.slice(at + end - start);
      moved += delta;
      spliced = true;
      return { textStart: g.textStart, docStart: g.docStart, length: g.length + delta };
    });
    const out = { text, segments };
    if (spliced) this.spliced.add(out);
    return out;
  }

  /** Records the paragraph text that holds the change; a change held by two would be a structure this does not know. */
  private holds(before: TextContent, after: TextContent, holder: Operative | Preambular): void {
    if (!this.spliced.has(after)) return;
    if (this.held) throw new Unmappable();
    this.held = { before, after, holder };
  }

  private preambular(p: Preambular): Preambular {
    const content = this.content(p.content);
    this.holds(p.content, content, p);
    // Where the opening phrase ends is read in the text, as the structure pass does: it may end where the line does.
    return { ...p, span: this.shift.span(p.span), openingSpan: { start: this.shift.start(p.openingSpan.start), end: docOffset(content, p.opening.length) }, content };
  }

  private operative(p: Operative): Operative {
    const s = this.shift;
    const content = this.content(p.content);
    this.holds(p.content, content, p);
    const children = this.list(p.children, (c) => this.sub(c, p));
    return { ...p, span: s.span(p.span), labelSpan: s.span(p.labelSpan), content, textSpan: s.span(p.textSpan), children, ...(p.malformedLabel ? { malformedLabel: s.span(p.malformedLabel) } : {}) };
  }

  private sub(sp: SubParagraph, holder: Operative): SubParagraph {
    const s = this.shift;
    const content = this.content(sp.content);
    this.holds(sp.content, content, holder);
    const children = this.list(sp.children, (c) => this.sub(c, holder));
    return { ...sp, span: s.span(sp.span), labelSpan: s.span(sp.labelSpan), content, children, textSpan: s.span(sp.textSpan) };
  }

  private section(x: Section): Section {
    return { ...x, span: this.shift.span(x.span), headingSpan: x.headingSpan && this.shift.span(x.headingSpan), operative: this.list(x.operative, (p) => this.operative(p)) };
  }

  /** A heading's text is its block's. */
  private heading(h: Heading, changed: Block | null): Heading {
    const span = this.shift.span(h.span);
    return changed && h.span.start === changed.span.start ? { ...h, span, text: changed.content.text } : { ...h, span };
  }

  /** A footnote's text starts with its first line's: only a change there is carried over. */
  private footnote(f: Footnote): Footnote {
    const { start, end, text } = this.shift.change;
    const span = this.shift.span(f.span);
    if (f.span.end < start || f.span.start > end) return { ...f, span };
    const at = start - f.span.start;
    if (at < 0 || at > f.text.length || end > f.span.end) throw new Unmappable();
    return { ...f, span, text: f.text.slice(0, at) + text + f.text.slice(at + end - start) };
  }

  private reference(r: Reference): Reference {
    const s = this.shift;
    if (r.kind === 'document') {
      if (s.before(r.span)) return r;
      return {
        ...r,
        span: s.span(r.span),
        paragraphs: r.paragraphs.map((p) => ({ ...p, span: s.span(p.span) })),
        style: r.style && { ...r.style, span: s.span(r.style.span) },
        yearSpan: r.yearSpan && s.span(r.yearSpan),
      };
    }
    // Most references lie before the change and point at paragraphs before it, which are not copied: they stay as they are.
    if (s.before(r.span) && (r.holder === null || s.before(r.holder.span)) && r.targets.every((t) => t.resolved === null || s.before(t.resolved.span))) return r;
    const targets = r.targets.map((t): RefTarget => ({ ...t, span: s.span(t.span), directionSpan: t.directionSpan && s.span(t.directionSpan), resolved: t.resolved && this.find(t.resolved) }));
    return { ...r, span: s.span(r.span), targets, holder: r.holder && this.find(r.holder) };
  }
}
