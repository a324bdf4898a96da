/**
 * The outline: cover, preamble, headings with their paragraphs, operative paragraphs named by number and
 * first words ("17. Decides to extend the mandate of MINUSMA..."), sub-paragraphs, annexes.
 */
import type { Operative, Resolution, Section, Span, SubParagraph } from '../model';
import { shorten } from '../text';
import { writeSubLabel } from '../labels';

export type SymbolKind = 'cover' | 'organ' | 'preamble' | 'preambular' | 'heading' | 'operative' | 'subparagraph' | 'section';

export interface DocSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: SymbolKind;
  readonly span: Span;
  readonly selection: Span;
  readonly children: DocSymbol[];
}

const NAME_WORDS = 60;

/**
 * The symbol of a paragraph or sub-paragraph, named when its name is first read: a long text has tens of
 * thousands, made again for every version, and folding reads none of their names, editors a few thousand
 * (`outlineWithin`). The name is the one of the version outlined: the next version moves the nodes.
 */
abstract class NodeSymbol implements DocSymbol {
  private named: string | undefined;
  abstract readonly kind: SymbolKind;
  readonly detail = '';
  constructor(
    readonly span: Span,
    readonly selection: Span,
    readonly children: DocSymbol[],
  ) {}
  get name(): string {
    return (this.named ??= this.naming());
  }
  protected abstract naming(): string;
}

class SubSymbol extends NodeSymbol {
  readonly kind = 'subparagraph';
  constructor(private readonly sp: SubParagraph) {
    super(sp.span, sp.labelSpan, sp.children.map((c) => new SubSymbol(c)));
  }
  protected naming(): string {
    const sp = this.sp;
    const label = sp.labelKind === 'dash' ? '–' : sp.labelKind === 'number' ? `${sp.label}.` : writeSubLabel(sp.label, sp.labelStyle ?? '(a)');
    return `${label} ${shorten(sp.content.text, NAME_WORDS)}`;
  }
}

class OperativeSymbol extends NodeSymbol {
  readonly kind = 'operative';
  constructor(
    private readonly p: Operative,
    private readonly text: string,
  ) {
    super(p.span, p.labelSpan, p.children.map((c) => new SubSymbol(c)));
  }
  /** "12.", "12 bis." or "1 -": the number as the text writes it, then the first words. */
  protected naming(): string {
    const p = this.p;
    const written = this.text.slice(p.span.start, p.textSpan.start).trim() || `${p.label}.`;
    return `${written} ${shorten(p.content.text, NAME_WORDS)}`;
  }
}

function cover(model: Resolution): DocSymbol[] {
  if (model.cover.length === 0) return [];
  const span = { start: model.cover[0].span.start, end: model.cover[model.cover.length - 1].span.end };
  const title = model.cover.find((c) => c.type === 'title')?.text ?? model.symbol ?? 'Cover';
  return [{ name: title, detail: model.adoption ? `adopted ${model.adoption.date}` : 'cover', kind: 'cover', span, selection: span, children: [] }];
}

function extend(span: Span, end: number): Span {
  return { start: span.start, end: Math.max(span.end, end) };
}

/** "Annex II"; a part by its heading as written ("II Revised estimates ...", "C. Children's allowances", "B"). */
function sectionName(model: Resolution, s: Section): string {
  if (s.kind === 'annex') return `Annex ${s.label}`.trim();
  return s.headingSpan ? shorten(model.text.slice(s.headingSpan.start, s.headingSpan.end), NAME_WORDS) : s.label;
}

const cache = new WeakMap<Resolution, DocSymbol[]>();

/** The outline of a model, computed once per model (folding and selection ranges use it too). */
export function documentSymbols(model: Resolution): DocSymbol[] {
  let symbols = cache.get(model);
  if (!symbols) {
    symbols = buildSymbols(model);
    cache.set(model, symbols);
  }
  return symbols;
}

function buildSymbols(model: Resolution): DocSymbol[] {
  const out: DocSymbol[] = [...cover(model)];
  if (model.organ) out.push({ name: model.organ.name, detail: 'organ', kind: 'organ', span: model.organ.span, selection: model.organ.span, children: [] });
  if (model.preamble.length > 0) {
    const span = { start: model.preamble[0].span.start, end: model.preamble[model.preamble.length - 1].span.end };
    out.push({
      name: 'Preamble',
      detail: `${model.preamble.length} paragraphs`,
      kind: 'preamble',
      span,
      selection: { start: span.start, end: span.start },
      children: model.preamble.map((p) => ({ name: shorten(p.content.text, NAME_WORDS), detail: p.opening, kind: 'preambular' as const, span: p.span, selection: p.openingSpan, children: [] })),
    });
  }
  // Walk the body in document order, nesting paragraphs under headings and sub-headings, and both under sections.
  type Item = { start: number; make: () => DocSymbol; level: number };
  const items: Item[] = [
    ...model.sections.slice(1).map((s) => ({ start: s.span.start, level: 0, make: (): DocSymbol => ({ name: sectionName(model, s), detail: s.kind, kind: 'section', span: s.span, selection: s.headingSpan ?? s.span, children: [] }) })),
    ...model.headings.map((h) => ({ start: h.span.start, level: h.level, make: (): DocSymbol => ({ name: h.text, detail: h.level > 1 ? 'sub-heading' : 'heading', kind: 'heading', span: h.span, selection: h.span, children: [] }) })),
    ...model.operative.map((p) => ({ start: p.span.start, level: 3, make: () => new OperativeSymbol(p, model.text) })),
  ].sort((a, b) => a.start - b.start);
  const stack: { level: number; sym: DocSymbol }[] = [];
  for (const item of items) {
    const sym = item.make();
    while (stack.length > 0 && stack[stack.length - 1].level >= item.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.sym.children.push(sym);
    else out.push(sym);
    if (item.level < 3) stack.push({ level: item.level, sym });
    // Containers reach to the end of their last child.
    for (const s of stack) Object.assign(s.sym, { span: extend(s.sym.span, sym.span.end) });
  }
  return out;
}

/** Outline levels: headings, sections and the like; paragraphs; then each depth of sub-paragraphs. */
function levelOf(s: DocSymbol, parent: number): number {
  if (s.kind === 'subparagraph') return parent + 1;
  return s.kind === 'operative' || s.kind === 'preambular' ? 1 : 0;
}

/**
 * The outline cut to at most `max` symbols by leaving out whole levels, the deepest first: sub-paragraphs,
 * deepest to shallowest, then paragraphs. The editor asks for the outline after every edit (outline view,
 * breadcrumbs, sticky scroll) and decodes all of it, a cost that grows with the symbols, not their names:
 * a text of thousands of paragraphs, far longer than any resolution, is outlined by its headings and sections.
 * Headings, sections, the cover and the preamble are never left out, even when they alone exceed `max`.
 */
export function outlineWithin(symbols: DocSymbol[], max: number): DocSymbol[] {
  const counts: number[] = [];
  const count = (list: readonly DocSymbol[], parent: number): void => {
    for (const s of list) {
      const level = levelOf(s, parent);
      counts[level] = (counts[level] ?? 0) + 1;
      count(s.children, level);
    }
  };
  count(symbols, 0);
  let keep = 0;
  let total = counts[0] ?? 0;
  while (keep + 1 < counts.length && total + counts[keep + 1] <= max) total += counts[++keep];
  if (keep + 1 >= counts.length) return symbols;
  const cut = (list: readonly DocSymbol[], parent: number): DocSymbol[] =>
    list.flatMap((s) => {
      const level = levelOf(s, parent);
      return level > keep ? [] : [{ name: s.name, detail: s.detail, kind: s.kind, span: s.span, selection: s.selection, children: cut(s.children, level) }];
    });
  return cut(symbols, 0);
}
