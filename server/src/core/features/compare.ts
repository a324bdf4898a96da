/**
 * Compare two resolutions paragraph by paragraph, the way a penholder reads a renewal: which paragraphs
 * were kept as they were (whatever their number now), which were reworded, moved, added or removed.
 * Preambular and operative paragraphs are aligned separately; a paragraph's sub-paragraphs are compared
 * with it, without their labels, so relabelling "(b)" as "(c)" is no change. PDF artifacts are not part
 * of the paragraphs' text, so an extraction compares cleanly with a clean text.
 */
import type { Operative, Preambular, Resolution, Span, SubParagraph, TextContent } from '../model';
import { diffTokens, type DiffPart } from '../agreed/diff';
import { joinTokens, spacelessKey, tokenize, wordKeys, type Token } from '../agreed/words';

export type Part = 'preamble' | 'operative';
export type Change = 'unchanged' | 'changed' | 'moved' | 'added' | 'removed';

export interface ComparedParagraph {
  /** Position among that part's paragraphs, from 1. */
  readonly index: number;
  /** "21", "20 bis"; null for preambular paragraphs. */
  readonly label: string | null;
  readonly span: Span;
}

export interface Alignment {
  readonly part: Part;
  readonly old: ComparedParagraph | null;
  readonly new: ComparedParagraph | null;
  readonly change: Change;
  readonly similarity: number;
  readonly diff: DiffPart[];
}

export interface Comparison {
  /** In the new text's order, removed paragraphs where they stood. */
  readonly paragraphs: Alignment[];
}

/** Below this share of common words two paragraphs are not the same paragraph reworded. */
const MIN_SIMILARITY = 0.5;

interface Unit {
  readonly paragraph: ComparedParagraph;
  readonly tokens: Token[];
  readonly key: string;
  readonly words: Map<string, number>;
  readonly wordCount: number;
}

const FINAL = new Set([',', ';', '.', ':']);

const DASHES = new Set(['-', '–', '—']);
const CLAUSE_END = new Set([';', ':']);

/** "(a)", "a)", "–" as the text writes the label. */
function labelText(c: SubParagraph): string {
  return c.labelStyle === '(a)' ? `(${c.label})` : c.labelStyle === 'a)' ? `${c.label})` : c.label;
}

/** Internal references of a text: where each number that names an operative paragraph starts, and that paragraph's position. */
type Targets = ReadonlyMap<number, number>;

function targetsOf(model: Resolution): Targets {
  const position = new Map(model.operative.map((p, i) => [p, i]));
  const out = new Map<number, number>();
  for (const r of model.references) {
    if (r.kind !== 'paragraph') continue;
    for (const t of r.targets) {
      const at = t.resolved?.kind === 'operative' ? position.get(t.resolved) : undefined;
      if (at !== undefined) out.set(t.span.start, at);
    }
  }
  return out;
}

/** Document offset of an offset in a text assembled from segments. */
function docOffset(content: TextContent, offset: number): number {
  for (const s of content.segments) if (offset >= s.textStart && offset < s.textStart + s.length) return s.docStart + offset - s.textStart;
  return -1;
}

/** Tokens of one text, internal reference numbers marked with the paragraph they name. */
function contentTokens(content: TextContent, targets: Targets): Token[] {
  const tokens = tokenize(content.text);
  if (targets.size === 0) return tokens;
  return tokens.map((t) => {
    const ref = targets.get(docOffset(content, t.start));
    return ref === undefined ? t : { ...t, ref };
  });
}

function subTokens(children: readonly SubParagraph[], targets: Targets, out: Token[]): void {
  for (const c of children) {
    out.push({ text: labelText(c), spaced: true, start: c.labelSpan.start, end: c.labelSpan.end, label: true });
    contentTokens(c.content, targets).forEach((t, k) => out.push(k === 0 ? { ...t, spaced: true } : t));
    subTokens(c.children, targets, out);
  }
}

/**
 * Leaves out list markers: a dash at the start or right after ";" or ":" is an item's label, which an
 * extraction sometimes keeps in the text ("response mechanisms; –- to ensure").
 */
function withoutMarkers(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (!t.label && DASHES.has(t.text) && (!prev || CLAUSE_END.has(prev.text) || DASHES.has(prev.text))) continue;
    out.push(t);
  }
  return out;
}

/** Tokens of a paragraph with its sub-paragraphs (labels marked as such), the closing punctuation mark dropped. */
export function paragraphTokens(node: Operative | Preambular, targets: Targets = new Map()): Token[] {
  const all = contentTokens(node.content, targets);
  if (node.kind === 'operative') subTokens(node.children, targets, all);
  const tokens = withoutMarkers(all);
  if (tokens.length > 0 && FINAL.has(tokens[tokens.length - 1].text)) tokens.pop();
  return tokens;
}

function unitOf(node: Operative | Preambular, index: number, targets: Targets): Unit {
  const tokens = paragraphTokens(node, targets);
  const words = new Map<string, number>();
  let wordCount = 0;
  for (const w of wordKeys(tokens.filter((t) => !t.label).map((t) => t.text).join(' '))) {
    words.set(w, (words.get(w) ?? 0) + 1);
    wordCount++;
  }
  return {
    paragraph: { index: index + 1, label: node.kind === 'operative' ? node.label : null, span: node.span },
    tokens,
    key: spacelessKey(tokens),
    words,
    wordCount,
  };
}

/** Share of common words, counted with repetition (Dice): cheap enough for every pair. */
function dice(a: Unit, b: Unit): number {
  if (a.wordCount + b.wordCount === 0) return 1;
  let shared = 0;
  for (const [w, n] of a.words) shared += Math.min(n, b.words.get(w) ?? 0);
  return (2 * shared) / (a.wordCount + b.wordCount);
}

/** Pairs of (old, new) indices: identical texts first, in order, then the most similar remaining pairs. */
function match(olds: readonly Unit[], news: readonly Unit[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const byKey = new Map<string, number[]>();
  olds.forEach((u, i) => {
    const list = byKey.get(u.key);
    if (list) list.push(i);
    else byKey.set(u.key, [i]);
  });
  const taken = new Set<number>();
  news.forEach((u, j) => {
    const i = byKey.get(u.key)?.shift();
    if (i !== undefined) {
      pairs.set(j, i);
      taken.add(i);
    }
  });
  const candidates: { i: number; j: number; s: number }[] = [];
  news.forEach((b, j) => {
    if (pairs.has(j)) return;
    olds.forEach((a, i) => {
      if (taken.has(i)) return;
      const s = dice(a, b);
      if (s >= MIN_SIMILARITY) candidates.push({ i, j, s });
    });
  });
  // Most similar first; between equals, the pair whose places agree best.
  candidates.sort((x, y) => y.s - x.s || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.j - y.j);
  for (const c of candidates) {
    if (pairs.has(c.j) || taken.has(c.i)) continue;
    pairs.set(c.j, c.i);
    taken.add(c.i);
  }
  return pairs;
}

/**
 * Old indices that keep their order: the longest increasing subsequence of the matched old indices in
 * new order; between equally long ones, the one that keeps the most similar pairs (when two neighbours
 * swap, the reworded one is the one that moved).
 */
function inPlace(order: readonly number[], similarity: readonly number[]): Set<number> {
  const n = order.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let end = -1;
  for (let k = 0; k < n; k++) {
    // Length first (a weight above any sum of similarities), similarity second.
    best[k] = n + 1 + similarity[k];
    for (let j = 0; j < k; j++) {
      if (order[j] < order[k] && best[j] + n + 1 + similarity[k] > best[k]) {
        best[k] = best[j] + n + 1 + similarity[k];
        prev[k] = j;
      }
    }
    if (end < 0 || best[k] > best[end]) end = k;
  }
  const keep = new Set<number>();
  for (let k = end; k >= 0; k = prev[k]) keep.add(order[k]);
  return keep;
}

/** Whether two tokens are the same reference: their targets are aligned with each other. */
type SameRef = (x: Token, y: Token) => boolean | undefined;

function alignPart(part: Part, olds: readonly Unit[], news: readonly Unit[], pairs: Map<number, number>, sameRef: SameRef): Alignment[] {
  /** Same wording: the same tokens, and references to paragraphs that were aligned with each other. */
  const identical = (a: Unit, b: Unit): boolean => {
    if (a.key !== b.key) return false;
    const ra = a.tokens.filter((t) => t.ref !== undefined);
    const rb = b.tokens.filter((t) => t.ref !== undefined);
    return ra.length === rb.length && ra.every((t, k) => sameRef(t, rb[k]) === true);
  };
  const matched = news.flatMap((b, j) => {
    const i = pairs.get(j);
    return i === undefined ? [] : [{ i, s: identical(olds[i], b) ? 1 : dice(olds[i], b) }];
  });
  const order = matched.map((m) => m.i);
  const stay = inPlace(order, matched.map((m) => m.s));
  const matchedOld = new Set(order);
  const out: Alignment[] = [];
  let nextOld = 0;
  const flushRemoved = (upTo: number): void => {
    for (; nextOld < upTo; nextOld++) {
      if (matchedOld.has(nextOld)) continue;
      const u = olds[nextOld];
      out.push({ part, old: u.paragraph, new: null, change: 'removed', similarity: 0, diff: u.tokens.length ? diffTokens(u.tokens, []).parts : [] });
    }
  };
  news.forEach((b, j) => {
    const i = pairs.get(j);
    if (i === undefined) {
      out.push({ part, old: null, new: b.paragraph, change: 'added', similarity: 0, diff: b.tokens.length ? diffTokens([], b.tokens).parts : [] });
      return;
    }
    const a = olds[i];
    const moved = !stay.has(i);
    if (!moved) flushRemoved(i + 1);
    const same = identical(a, b);
    const diff = same ? [{ op: 'equal' as const, text: joinTokens(b.tokens) }] : diffTokens(a.tokens, b.tokens, { equal: sameRef }).parts;
    const similarity = same ? 1 : diffTokens(a.tokens.filter((t) => !t.label), b.tokens.filter((t) => !t.label), { equal: sameRef }).similarity;
    out.push({ part, old: a.paragraph, new: b.paragraph, change: moved ? 'moved' : same ? 'unchanged' : 'changed', similarity, diff });
  });
  flushRemoved(olds.length);
  return out;
}

/**
 * Internal references count as the same when they name paragraphs aligned with each other, so that
 * "paragraph 19 above" renumbered as "paragraph 21 above" is no change.
 */
export function compare(oldModel: Resolution, newModel: Resolution): Comparison {
  const oldTargets = targetsOf(oldModel);
  const newTargets = targetsOf(newModel);
  const units = (m: Resolution, targets: Targets) => ({
    preamble: m.preamble.map((p, i) => unitOf(p, i, targets)),
    operative: m.operative.map((p, i) => unitOf(p, i, targets)),
  });
  const olds = units(oldModel, oldTargets);
  const news = units(newModel, newTargets);
  const preamble = match(olds.preamble, news.preamble);
  const operative = match(olds.operative, news.operative);
  const newOf = new Map([...operative].map(([j, i]) => [i, j]));
  const sameRef: SameRef = (x, y) => (x.ref === undefined || y.ref === undefined ? undefined : newOf.get(x.ref) === y.ref);
  return {
    paragraphs: [...alignPart('preamble', olds.preamble, news.preamble, preamble, sameRef), ...alignPart('operative', olds.operative, news.operative, operative, sameRef)],
  };
}
