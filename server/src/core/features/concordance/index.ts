/**
 * Concordance: does a language version say the same thing, structurally, as the original? Paragraph
 * and sub-paragraph counts and numbers, internal references (same targets), cited documents (same
 * numbers and years), dates and figures, compared paragraph by paragraph. Findings are on the version,
 * each pointing at the place in the original. Pure: two models in, findings out.
 */
import type { Operative, Preambular, Resolution, Severity, Span, SubParagraph, TextContent } from '../../model';
import { ROMANS, letterIndex, writeSubLabel } from '../../labels';
import { targetLabel } from '../../describe';
import { format, type Locale, type MessageArgs, type MessageKey } from '../../messages';
import { anchorsOf } from './figures';

export type ConcordanceCode =
  | 'concordance/paragraphs'
  | 'concordance/subparagraphs'
  | 'concordance/reference'
  | 'concordance/citation'
  | 'concordance/figure';

export interface ConcordanceFinding {
  readonly code: ConcordanceCode;
  readonly severity: Severity;
  readonly message: string;
  /** Where in the version. */
  readonly span: Span;
  /** The place in the original it differs from, when there is one. */
  readonly original: Span | null;
  /** Message of the related information that points at the original. */
  readonly originalMessage: string;
}

type Paragraph = Operative | Preambular;
type Node = Paragraph | SubParagraph;

/** Something a paragraph holds that every language writes alike: a target, a citation, a figure. */
interface Item {
  readonly key: string;
  readonly text: string;
  readonly span: Span;
}

interface Side {
  readonly model: Resolution;
  /** Position of every paragraph and sub-paragraph, the same in every language version: "o0.3.b1". */
  readonly keys: Map<Node, string>;
  readonly byKey: Map<string, Node>;
  /** Spans of every reference: dates and figures are read outside them. */
  readonly referenceSpans: readonly Span[];
}

/**
 * Where a sub-paragraph stands in its list: "(c)" and "c)" alike; a label in another script (the Arabic
 * "(ج)", the Chinese "㈢", a Cyrillic "с)") by its place among its siblings.
 */
function ordinal(sp: SubParagraph, siblingIndex: number): string {
  const latin = /^[a-z]+$/.test(sp.label);
  const n =
    sp.labelKind === 'roman' && ROMANS.includes(sp.label)
      ? ROMANS.indexOf(sp.label)
      : sp.labelKind === 'letter' && latin
        ? letterIndex(sp.label)
        : sp.labelKind === 'number' && Number(sp.label) > 0
          ? Number(sp.label) - 1
          : siblingIndex;
  return `${sp.labelKind.charAt(0)}${n}`;
}

function side(model: Resolution): Side {
  const keys = new Map<Node, string>();
  const walk = (list: readonly SubParagraph[], prefix: string): void =>
    list.forEach((sp, i) => {
      const key = `${prefix}.${ordinal(sp, i)}`;
      keys.set(sp, key);
      walk(sp.children, key);
    });
  model.sections.forEach((s, si) =>
    s.operative.forEach((p, i) => {
      keys.set(p, `o${si}.${i}`);
      walk(p.children, `o${si}.${i}`);
    }),
  );
  model.preamble.forEach((p) => keys.set(p, `p${p.index}`));
  const byKey = new Map<string, Node>();
  for (const [node, key] of keys) byKey.set(key, node);
  return { model, keys, byKey, referenceSpans: model.references.map((r) => r.span) };
}

const within = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

function contentsOf(node: Node): TextContent[] {
  return node.kind === 'preamble' ? [node.content] : [node.content, ...node.children.flatMap(contentsOf)];
}

function labelSpanOf(p: Paragraph): Span {
  return p.kind === 'operative' ? p.labelSpan : p.openingSpan.end > p.openingSpan.start ? p.openingSpan : { start: p.span.start, end: p.span.start };
}

/** What a paragraph holds, in three kinds. */
function itemsOf(s: Side, p: Paragraph): Record<'reference' | 'citation' | 'figure', Item[]> & { cited: string[]; numbers: Set<string> } {
  const reference: Item[] = [];
  const citation: Item[] = [];
  const cited: string[] = [];
  for (const r of s.model.references) {
    if (!within(p.span, r.span)) continue;
    if (r.kind === 'document') {
      // "ses résolutions 2241 (2018)": the finding is on the number and what follows it.
      const at = r.number === null ? -1 : r.text.indexOf(String(r.number));
      citation.push({ key: r.symbol, text: r.symbol, span: at > 0 ? { start: r.span.start + at, end: r.span.end } : r.span });
      for (const q of r.paragraphs) cited.push(q.label);
    }
    else
      for (const t of r.targets) {
        const key = (t.resolved && s.keys.get(t.resolved)) ?? `?${t.scope}:${t.label}:${t.path.join(' ')}`;
        reference.push({ key, text: targetLabel(s.model, t), span: t.span });
      }
  }
  const numbers = contentsOf(p).flatMap((c) => anchorsOf(c, s.model.language, s.referenceSpans));
  const figure = numbers.filter((a) => a.kind === 'date' || significant(a.key));
  return { reference, citation, figure, cited, numbers: new Set(numbers.map((a) => a.key)) };
}

const SEVERITY: Record<ConcordanceCode, Severity> = {
  'concordance/paragraphs': 'error',
  'concordance/subparagraphs': 'error',
  'concordance/reference': 'error',
  'concordance/citation': 'error',
  'concordance/figure': 'warning',
};

const KEYS = {
  reference: { extra: 'concordance.referenceExtra', missing: 'concordance.referenceMissing', changed: 'concordance.referenceChanged', code: 'concordance/reference' },
  citation: { extra: 'concordance.citationExtra', missing: 'concordance.citationMissing', changed: 'concordance.citationChanged', code: 'concordance/citation' },
  figure: { extra: 'concordance.figureExtra', missing: 'concordance.figureMissing', changed: 'concordance.figureChanged', code: 'concordance/figure' },
} as const satisfies Record<string, { extra: MessageKey; missing: MessageKey; changed: MessageKey; code: ConcordanceCode }>;

class Comparison {
  readonly findings: ConcordanceFinding[] = [];

  constructor(
    private readonly o: Side,
    private readonly v: Side,
    private readonly locale: Locale,
  ) {}

  add(code: ConcordanceCode, key: MessageKey, args: MessageArgs, span: Span, original: Span | null): void {
    this.findings.push({
      code,
      severity: SEVERITY[code],
      message: format(this.locale, key, args),
      span,
      original,
      originalMessage: format(this.locale, 'concordance.related'),
    });
  }

  run(): ConcordanceFinding[] {
    const { o, v } = this;
    if (o.model.sections.length !== v.model.sections.length) {
      const at = v.model.sections[Math.min(o.model.sections.length, v.model.sections.length - 1)];
      const span = at?.headingSpan ?? at?.span ?? v.model.organ?.span ?? { start: 0, end: 0 };
      this.add('concordance/paragraphs', 'concordance.sections', { version: v.model.sections.length, original: o.model.sections.length }, span, null);
    }
    const sections = Math.min(o.model.sections.length, v.model.sections.length);
    for (let si = 0; si < sections; si++) this.section(o.model.sections[si].operative, v.model.sections[si].operative, v.model.sections[si].headingSpan ?? v.model.sections[si].span);
    if (o.model.preamble.length !== v.model.preamble.length) {
      const span = v.model.preamble[0]?.span ?? v.model.organ?.span ?? { start: 0, end: 0 };
      this.add('concordance/paragraphs', 'concordance.preambleCount', { version: v.model.preamble.length, original: o.model.preamble.length }, span, o.model.preamble[0]?.span ?? null);
    } else o.model.preamble.forEach((p, i) => this.contents(p, v.model.preamble[i]));
    return this.findings;
  }

  section(original: readonly Operative[], version: readonly Operative[], where: Span): void {
    if (original.length !== version.length) {
      // Where the numbers part: "15" in the original, "16" in the version after a paragraph left out.
      let at = 0;
      while (at < original.length && at < version.length && original[at].label === version[at].label) at++;
      const v = version[Math.min(at, version.length - 1)];
      const o = original[Math.min(at, original.length - 1)];
      this.add('concordance/paragraphs', 'concordance.sectionParagraphs', { version: version.length, original: original.length, at: o?.label ?? '' }, v?.labelSpan ?? where, o?.labelSpan ?? null);
      return;
    }
    this.numbers(original, version);
    original.forEach((p, i) => {
      this.subparagraphs(p, version[i]);
      this.contents(p, version[i]);
    });
  }

  /** Numbers that differ, a run of paragraphs shifted alike reported once ("1 to 34 are 3 to 36"). */
  numbers(original: readonly Operative[], version: readonly Operative[]): void {
    const differs = (i: number): boolean => original[i].number !== version[i].number || (original[i].suffix ?? '') !== (version[i].suffix ?? '');
    let i = 0;
    while (i < original.length) {
      if (!differs(i)) {
        i++;
        continue;
      }
      const shift = version[i].number - original[i].number;
      let j = i;
      while (j + 1 < original.length && differs(j + 1) && version[j + 1].number - original[j + 1].number === shift && version[j + 1].number === version[j].number + 1) j++;
      if (j === i) this.add('concordance/paragraphs', 'concordance.numberedOne', { version: version[i].label, original: original[i].label }, version[i].labelSpan, original[i].labelSpan);
      else
        this.add(
          'concordance/paragraphs',
          'concordance.numberedRun',
          { versionFirst: version[i].label, versionLast: version[j].label, originalFirst: original[i].label, originalLast: original[j].label },
          version[i].labelSpan,
          original[i].labelSpan,
        );
      i = j + 1;
    }
  }

  subparagraphs(original: Operative | SubParagraph, version: Operative | SubParagraph): void {
    const name = (n: Operative | SubParagraph): string => (n.kind === 'operative' ? n.label : n.labelStyle ? writeSubLabel(n.label, n.labelStyle) : n.label);
    if (original.children.length !== version.children.length) {
      this.add('concordance/subparagraphs', 'concordance.subCount', { paragraph: name(version), version: version.children.length, original: original.children.length }, version.labelSpan, original.labelSpan);
      return;
    }
    original.children.forEach((o, i) => {
      const v = version.children[i];
      if (ordinal(o, i) !== ordinal(v, i)) this.add('concordance/subparagraphs', 'concordance.subLabel', { version: name(v), original: name(o) }, v.labelSpan, o.labelSpan);
      this.subparagraphs(o, v);
    });
  }

  /** References, citations, dates and figures of two paragraphs that stand in the same place. */
  contents(original: Paragraph, version: Paragraph): void {
    const oi = itemsOf(this.o, original);
    const vi = itemsOf(this.v, version);
    // One text's parser may read a citation the other's reads as figures: they agree all the same.
    // Paragraph numbers of other documents are compared with the citations they belong to.
    const numbersOf = (items: readonly Item[], paragraphs: readonly string[]): Set<string> => new Set([...items.flatMap((x) => digitRuns(x.key)), ...paragraphs.flatMap(digitRuns)]);
    const citedO = numbersOf(oi.citation, oi.cited);
    const citedV = numbersOf(vi.citation, vi.cited);
    const figuresO = oi.figure.filter((x) => !citedO.has(x.key) && !citedV.has(x.key));
    const figuresV = vi.figure.filter((x) => !citedO.has(x.key) && !citedV.has(x.key));
    const asFigures = (x: Item, figures: Set<string>): boolean => digitRuns(withoutYear(x.key)).every((d) => figures.has(d));
    // A paragraph number one parser reads as another document's, or as a plain number, is no difference.
    const unread = (x: Item, other: typeof oi): boolean => {
      const n = digitRuns(x.text)[0];
      return n !== undefined && (other.numbers.has(n) || other.cited.some((c) => digitRuns(c)[0] === n));
    };
    this.compare(
      'reference',
      oi.reference,
      vi.reference,
      original,
      version,
      (a, b) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`),
      (x, from) => unread(x, from === 'o' ? vi : oi),
    );
    this.compare('citation', oi.citation, vi.citation, original, version, sameDocument, (x, from) => asFigures(x, from === 'o' ? vi.numbers : oi.numbers));
    this.compare('figure', figuresO, figuresV, original, version, sameAnchor);
  }

  /**
   * What one paragraph holds and the other does not; one of each in the same paragraph is one change
   * ("2241 (2018) where the original cites 2441 (2018)").
   */
  compare(
    kind: keyof typeof KEYS,
    oItems: readonly Item[],
    vItems: readonly Item[],
    original: Paragraph,
    version: Paragraph,
    same: (a: string, b: string) => boolean,
    elsewhere: (x: Item, from: 'o' | 'v') => boolean = () => false,
  ): void {
    const keys = KEYS[kind];
    const extra = firstOfEach(vItems.filter((x) => !oItems.some((y) => same(x.key, y.key)) && !elsewhere(x, 'v')));
    const missing = firstOfEach(oItems.filter((x) => !vItems.some((y) => same(x.key, y.key)) && !elsewhere(x, 'o')));
    const describe = (item: Item, from: Side): string => (kind === 'reference' ? this.targetName(item, from) : item.text);
    const paired = Math.min(extra.length, missing.length);
    for (let i = 0; i < paired; i++)
      this.add(keys.code, keys.changed, { version: describe(extra[i], this.v), original: describe(missing[i], this.o) }, extra[i].span, missing[i].span);
    for (const x of extra.slice(paired)) this.add(keys.code, keys.extra, { version: describe(x, this.v), target: describe(x, this.v) }, x.span, labelSpanOf(original));
    for (const x of missing.slice(paired)) this.add(keys.code, keys.missing, { original: describe(x, this.o), target: describe(x, this.o) }, labelSpanOf(version), x.span);
  }

  /** A target named as the version numbers it, when the version has that paragraph. */
  targetName(item: Item, from: Side): string {
    if (from === this.v) return item.text;
    const node = this.v.byKey.get(item.key);
    if (node?.kind === 'operative') return node.label;
    return item.text;
  }
}

/** The numbers in a key: "S/PRST/2018/19" → 2018, 19. */
function digitRuns(key: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const c of key + ' ') {
    if (c >= '0' && c <= '9') run += c;
    else if (run !== '') {
      out.push(String(Number(run)));
      run = '';
    }
  }
  return out;
}

/**
 * Figures worth comparing: 100 and more, or with decimals. Smaller numbers are mostly paragraph numbers
 * of other texts and counts that one language writes in words ("two months", "deux mois"); a year alone
 * is compared within its date or citation ("COVID-19" is "maladie à coronavirus 2019" in French).
 */
function significant(key: string): boolean {
  const n = Number(key);
  return key.includes('.') || (n >= 100 && !(n >= 1900 && n < 2100 && !key.includes('.')));
}

/** "S/RES/2532 (2020)" → "S/RES/2532": a text may cite a resolution without its year. */
function withoutYear(symbol: string): string {
  return symbol.endsWith(')') ? symbol.slice(0, symbol.lastIndexOf(' (')) : symbol;
}

/**
 * "resolution 2532" names the same document as "resolution 2532 (2020)"; "resolution 45/34" with the
 * Council named before it ("the Human Rights Council in its resolution 45/34") as "резолюция 45/34
 * Совета по правам человека", which one parser reads as the Council's and the other not.
 */
function sameDocument(a: string, b: string): boolean {
  const x = a.replace('A/HRC/RES/', 'A/RES/');
  const y = b.replace('A/HRC/RES/', 'A/RES/');
  return x === y || x.startsWith(`${y} (`) || y.startsWith(`${x} (`);
}

/** Equal figures; dates whose written parts agree ("11 March" and "11 mars 2020"). */
function sameAnchor(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = a.split('-');
  const pb = b.split('-');
  return pa.length === 3 && pb.length === 3 && pa.every((x, i) => x === '' || pb[i] === '' || x === pb[i]);
}

function firstOfEach(items: readonly Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(x.key) && (seen.add(x.key), true));
}

/** The findings of a version against its original, in the version's order. */
export function concordance(original: Resolution, version: Resolution, locale: Locale = 'en'): ConcordanceFinding[] {
  return new Comparison(side(original), side(version), locale).run().sort((a, b) => a.span.start - b.span.start);
}
