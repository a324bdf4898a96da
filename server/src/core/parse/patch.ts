/**
 * The model of a text after a change inside one line of one paragraph, built from the model before it
 * without parsing again, when the change cannot alter the structure: the line keeps its kind, the block
 * pass reads the line alike (`lineShape`) and the structure pass reads its block alike (`shapeOf`). Then
 * the new model is made of the old one's nodes, that block's text changed and every offset after the change
 * moved in place (`ModelShift`), with the references of the one paragraph that holds the text read again:
 * the model before is given up. Whatever else the change could touch
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
  Resolution,
  Section,
  Segment,
  Span,
  SubParagraph,
  TextContent,
} from '../model';
import { LANGUAGES, LANGUAGE_HEAD, detectLanguage } from '../lang';
import { lastAtOrBefore } from '../sorted';
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

export interface Parsed {
  readonly model: Resolution;
  readonly facts: ParseFacts;
}

export interface Patched extends Parsed {
  readonly shift: Shift;
  /** The paragraph text read again, before and after the change, with the references read in it now. */
  readonly reread: { readonly before: TextContent; readonly replaced: readonly Reference[]; readonly references: readonly Reference[] } | null;
}

/**
 * The model of `text`, which is `previous.model.text` after `change`, or null when only a full parse can tell.
 * Either way `previous.model` is no longer read: its nodes may have moved.
 */
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
  return lastAtOrBefore(items, (x) => x.span.start, offset);
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
  const block = model.blocks[index];
  if (builder.shapeOf(block.content.text, bars) !== builder.shapeOf(mapper.content(block.content).text, bars)) return null;
  const whole = wholeBlock(model, block);
  const next = mapper.model(model, text, block);
  const reread = mapper.reread;
  // A change outside every paragraph text (between a label and its text) moves where that text starts.
  if (!reread && !whole) return null;
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

/** The model's fields as the shift assigns them: only `ModelShift` writes to a model after parsing. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * For each whole run of `RUN` references, the furthest offset that they or any reference before them span:
 * the runs before the first that reaches a change keep their offsets. Computed as far as an edit asks.
 */
const reaches = new WeakMap<readonly Reference[], number[]>();
const RUN = 64;

/** How many whole runs of `references` lie before `bound`; `references` is read only up to the first run that reaches it. */
function runsBefore(references: readonly Reference[], bound: number): { runs: number; reach: number[] } {
  let reach = reaches.get(references);
  if (!reach) reaches.set(references, (reach = []));
  const whole = Math.floor(references.length / RUN);
  while (reach.length < whole && (reach.length === 0 || reach[reach.length - 1] < bound)) {
    let max = reach[reach.length - 1] ?? -1;
    for (let i = reach.length * RUN, end = i + RUN; i < end; i++) max = Math.max(max, reachOne(references[i]));
    reach.push(max);
  }
  let runs = 0;
  let hi = reach.length;
  while (runs < hi) {
    const mid = (runs + hi) >> 1;
    if (reach[mid] < bound) runs = mid + 1;
    else hi = mid;
  }
  return { runs, reach };
}

function moveBy(s: Span, delta: number): void {
  (s as Mutable<Span>).start += delta;
  (s as Mutable<Span>).end += delta;
}

function reachOne(r: Reference): number {
  let max = r.span.end;
  if (r.kind === 'document') {
    for (const p of r.paragraphs) max = Math.max(max, p.span.end);
    return Math.max(max, r.style?.span.end ?? -1, r.yearSpan?.end ?? -1);
  }
  for (const t of r.targets) max = Math.max(max, t.span.end, t.directionSpan?.end ?? -1);
  return max;
}

/**
 * Moves the offsets of the model's nodes in place: the new model is made of the old one's node objects, so
 * the links between nodes (a reference's holder and targets) stay right without being followed, and the
 * offsets after the change are numbers added to where they are, which allocates nothing: no two places of
 * a model hold the same span or segment object (`ownSpan`), so each moves once. The contents that hold the
 * change are new objects, and the old ones stay as they were (the text read again is compared with them).
 * The model before is then no longer that of the old text: whoever carries a version over drops the one
 * before (`IncrementalAnalysis.analyze`). A change this declines midway (an offset inside the replaced
 * text) leaves the old model part moved: the caller then parses the whole text.
 */
class ModelShift {
  /** Contents that reach the change, as mapped (the new objects of the ones that hold it). */
  private readonly contents = new Map<TextContent, TextContent>();
  /** Contents that hold the change, as mapped. */
  private readonly spliced = new Set<TextContent>();
  /** The paragraph text that holds the change, if any, and its holder (the operative paragraph of a sub-paragraph). */
  private held: { before: TextContent; after: TextContent; holder: Operative | Preambular } | null = null;
  private readonly start: number;
  private readonly end: number;
  private readonly delta: number;

  constructor(private readonly shift: Shift) {
    this.start = shift.change.start;
    this.end = shift.change.end;
    this.delta = shift.delta;
  }

  get reread(): { before: TextContent; after: TextContent; holder: Operative | Preambular } | null {
    return this.held;
  }

  /** The old model with `text`, its nodes moved; `changed` is the block that holds the change, as mapped. */
  model(old: Resolution, text: string, changed: Block | null): Resolution {
    const s = this.shift;
    for (const x of old.cover) if (!s.before(x.span)) throw new Unmappable();
    if ((old.organ && !s.before(old.organ.span)) || (old.adoption && !s.before(old.adoption.span))) throw new Unmappable();
    const heading = changed && { start: changed.span.start, text: this.content(changed.content).text };
    this.list(old.preamble, (p) => this.preambular(p));
    // A section's last paragraph may run past the section's end: sub-paragraphs after an annex heading continue it.
    this.list(old.sections, (x) => this.section(x), (x) => Math.max(x.span.end, x.operative[x.operative.length - 1]?.span.end ?? -1));
    this.list(old.headings, (h) => this.heading(h, heading));
    this.list(old.artifacts, (a) => this.span(a.span));
    this.list(old.footnotes, (f) => this.footnote(f));
    // `other` holds blocks of `blocks`, the same objects.
    this.list(old.blocks, (b) => this.block(b));
    return { ...old, text };
  }

  /**
   * The old references moved, those of the text read again (`reread`, old) replaced by `found` (the old ones go
   * to `replaced`). The old `list` is the one changed and returned: like the nodes, it is the last version's
   * no longer, and a keystroke early in a long text allocates no copy of it.
   */
  references(list: Reference[], reread: TextContent | null, found: readonly Reference[], replaced: Reference[] = []): Reference[] {
    const segments = reread?.segments ?? [];
    const first = segments[0];
    const last = segments[segments.length - 1];
    const start = first === undefined ? Infinity : first.docStart;
    const end = last === undefined ? -Infinity : last.docStart + last.length;
    // The references before the change and the text read again stay where they are: most of them, at once.
    const { runs, reach } = runsBefore(list, Math.min(start, this.start));
    // Kept references are written back from `runs * RUN` on; `found` goes before the first after the text read again.
    let kept = runs * RUN;
    let insertAt = last === undefined ? 0 : -1;
    for (let i = kept; i < list.length; i++) {
      const r = list[i];
      const at = r.span.start;
      if (at >= start && at <= end && segments.some((g) => g.docStart <= at && at <= g.docStart + g.length)) {
        replaced.push(r);
        continue;
      }
      if (insertAt < 0 && at > end) insertAt = kept;
      this.reference(r);
      list[kept++] = r;
    }
    list.length = kept;
    if (found.length > 0) list.splice(insertAt < 0 ? kept : insertAt, 0, ...found);
    reach.length = runs;
    return list;
  }

  private block(b: Block): void {
    this.span(b.span);
    (b as Mutable<Block>).content = this.content(b.content);
  }

  /** Maps `map` over the items from the first that reaches the change on (items in document order). */
  private list<T extends { readonly span: Span }>(items: readonly T[], map: (x: T) => unknown, end: (x: T) => number = (x) => x.span.end): void {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end(items[mid]) < this.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < items.length; i++) map(items[i]);
  }

  /** Moves a span in place (it is its node's own). */
  private span(x: Span): void {
    const m = x as Mutable<Span>;
    if (x.start > this.end) moveBy(m, this.delta);
    else {
      const start = this.shift.start(x.start);
      m.end = this.shift.end(x.end);
      m.start = start;
    }
  }

  /**
   * The content at its new place: the same object with its segments moved in place when it lies after the
   * change, a new object when it holds the change (the old one stays as it was, and nothing moves: the
   * structure pass's reading of the new text is compared before).
   */
  content(c: TextContent): TextContent {
    const segs = c.segments;
    const first = segs[0];
    const last = segs[segs.length - 1];
    if (last === undefined || last.docStart + last.length < this.start) return c;
    if (first.docStart > this.end) {
      for (const g of segs) (g as Mutable<Segment>).docStart += this.delta;
      return c;
    }
    // Around the change: the block that holds it is mapped before its pass (`patchParagraph`).
    const known = this.contents.get(c);
    if (known) return known;
    const { start, end, text: inserted } = this.shift.change;
    const delta = this.delta;
    let text = c.text;
    let shift = 0;
    let spliced = false;
    const segments: Segment[] = [];
    for (const g of segs) {
      const gEnd = g.docStart + g.length;
      if (gEnd < start) segments.push(g);
      else if (g.docStart > end) segments.push({ textStart: g.textStart + shift, docStart: g.docStart + delta, length: g.length });
      else {
        if (g.docStart > start || gEnd < end) throw new Unmappable();
        const at = g.textStart + start - g.docStart;
        text = text.slice(0, at) + inserted + text.slice(at + end - start);
        shift += delta;
        spliced = true;
        segments.push({ textStart: g.textStart, docStart: g.docStart, length: g.length + delta });
      }
    }
    let out = c;
    if (spliced) this.spliced.add((out = { text, segments }));
    else (c as Mutable<TextContent>).segments = segments;
    this.contents.set(c, out);
    return out;
  }

  /** Records the paragraph text that holds the change; a change held by two would be a structure this does not know. */
  private holds(before: TextContent, after: TextContent, holder: Operative | Preambular): void {
    if (!this.spliced.has(after)) return;
    if (this.held) throw new Unmappable();
    this.held = { before, after, holder };
  }

  private preambular(p: Preambular): void {
    const m = p as Mutable<Preambular>;
    const content = this.content(p.content);
    this.holds(p.content, content, p);
    m.content = content;
    // In the text that holds the change, where the opening phrase ends is read again, as the structure pass
    // does: it may end where the line does. Elsewhere it moves.
    if (content === p.content) this.span(p.openingSpan);
    else m.openingSpan = { start: this.shift.start(p.openingSpan.start), end: docOffset(content, p.opening.length) };
    this.span(p.span);
  }

  private operative(p: Operative): void {
    this.labelled(p, p);
    if (p.malformedLabel) this.span(p.malformedLabel);
  }

  /** A numbered paragraph or a sub-paragraph, and its sub-paragraphs; `holder` is the operative paragraph they belong to. */
  private labelled(node: Operative | SubParagraph, holder: Operative): void {
    if (node.span.start > this.end) return this.after(node);
    const content = this.content(node.content);
    this.holds(node.content, content, holder);
    (node as Mutable<Operative | SubParagraph>).content = content;
    this.span(node.span);
    this.span(node.labelSpan);
    this.span(node.textSpan);
    this.list(node.children, (c) => this.labelled(c, holder));
  }

  /** A paragraph wholly after the change, and its sub-paragraphs: every offset moves by the same amount. */
  private after(node: Operative | SubParagraph): void {
    const delta = this.delta;
    moveBy(node.span, delta);
    moveBy(node.labelSpan, delta);
    moveBy(node.textSpan, delta);
    for (const g of node.content.segments) (g as Mutable<Segment>).docStart += delta;
    for (const c of node.children) this.after(c);
  }

  private section(x: Section): void {
    this.span(x.span);
    if (x.headingSpan) this.span(x.headingSpan);
    this.list(x.operative, (p) => this.operative(p));
  }

  /** A heading's text is its block's. */
  private heading(h: Heading, changed: { start: number; text: string } | null): void {
    if (changed && h.span.start === changed.start) (h as Mutable<Heading>).text = changed.text;
    this.span(h.span);
  }

  /** A footnote's text starts with its first line's: only a change there is carried over. */
  private footnote(f: Footnote): void {
    const { start, end, text } = this.shift.change;
    if (!(f.span.end < start || f.span.start > end)) {
      const at = start - f.span.start;
      if (at < 0 || at > f.text.length || end > f.span.end) throw new Unmappable();
      (f as Mutable<Footnote>).text = f.text.slice(0, at) + text + f.text.slice(at + end - start);
    }
    this.span(f.span);
  }

  /** A reference keeps its holder and targets, the same nodes: only its own offsets move. */
  private reference(r: Reference): void {
    if (r.span.end < this.start) return;
    this.span(r.span);
    if (r.kind === 'document') {
      for (const p of r.paragraphs) this.span(p.span);
      if (r.style) this.span(r.style.span);
      if (r.yearSpan) this.span(r.yearSpan);
      return;
    }
    for (const t of r.targets) {
      this.span(t.span);
      if (t.directionSpan) this.span(t.directionSpan);
    }
  }
}
