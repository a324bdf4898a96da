/**
 * The agreed-language index: which paragraphs of the library are most like a text.
 *
 * Candidates come from an inverted index of word trigrams ("shingles"), each weighted by its rarity
 * (inverse document frequency), so that a paragraph with a few words changed still shares most of its
 * shingles with its source while boilerplate ("the Security Council") weighs little. The best candidates
 * are then ranked by the exact word-level similarity (jsdiff), which also gives the differing words.
 * Shingles are hashed to 32 bits and counted into 2^21 buckets: a collision only adds a candidate that
 * the exact ranking then puts in its place.
 */
import { diffTokens, type DiffPart } from './diff';
import { tokenize, type Token } from './words';

export interface IndexedPassage {
  readonly symbol: string;
  readonly part: 'preamble' | 'operative';
  readonly paragraph: string | number;
  readonly uri: string;
  /** 0-based, in the file at `uri`. */
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly text: string;
  readonly date?: string;
}

export interface Precedent {
  readonly passage: IndexedPassage;
  /** Tokens shared, times two, over the tokens of both (case and closing punctuation ignored): 1 is identical. */
  readonly similarity: number;
  /** From the query to the precedent: `delete` is the query's, `insert` the adopted wording. */
  readonly diff: DiffPart[];
}

export interface SearchOptions {
  readonly limit?: number;
  /** Leaves out the passages of this document (the draft itself when it is in the library). */
  readonly excludeSymbol?: string | null;
  /** Below this similarity nothing is returned (default 0.5), unless that share of the query's words is in the passage. */
  readonly minSimilarity?: number;
}

const BUCKET_BITS = 21;
const SHINGLE = 3;
const CANDIDATES = 60;
const CONTAINING = 20;
const RERANK = 12;
/** Candidates whose word overlap is this close to the best one's are ranked by the exact diff. */
const NEAR = 0.1;
/** Shingles held by more passages than this (or 2 % of them) are left out when the query has others. */
const COMMON = 1000;

const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/** Lower-cased code unit of each letter or digit, -1 for anything else, -2 until first seen. */
const LOWER = new Int32Array(65536).fill(-2);

/** Lower-cased code unit of a letter or digit, -1 for anything else. */
function wordUnit(c: number): number {
  let l = LOWER[c];
  if (l === -2) {
    const ch = String.fromCharCode(c);
    l = (c >= 0xd800 && c <= 0xdfff) || WORDISH.test(ch) ? ch.toLowerCase().charCodeAt(0) : -1;
    LOWER[c] = l;
  }
  return l;
}

/** FNV-1a hashes of the lower-cased words of a text (the same words as `wordKeys`). */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const u = i < n ? wordUnit(text.charCodeAt(i)) : -1;
    if (u >= 0) {
      h = Math.imul(h ^ u, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return out;
}

function mix(h: number, w: number): number {
  h = Math.imul(h ^ w, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Hashes of the word trigrams of a text (the whole text is one shingle when it has fewer words). */
function shingles(text: string): Uint32Array {
  const w = wordHashes(text);
  if (w.length < SHINGLE) {
    if (w.length === 0) return new Uint32Array(0);
    let h = 0x9e3779b9;
    for (const x of w) h = mix(h, x);
    return Uint32Array.of(h >>> 0);
  }
  const out = new Uint32Array(w.length - SHINGLE + 1);
  for (let i = 0; i < out.length; i++) out[i] = mix(mix(mix(0x9e3779b9, w[i]), w[i + 1]), w[i + 2]) >>> 0;
  return out;
}

/** Adoption time for the order between equals ("26 June 2025"); 0 when unknown. */
function timeOf(p: IndexedPassage): number {
  return (p.date && Date.parse(p.date)) || 0;
}

const FINAL = new Set([',', ';', '.', ':']);

function comparable(text: string): Token[] {
  const t = tokenize(text);
  if (t.length > 0 && FINAL.has(t[t.length - 1].text)) t.pop();
  return t;
}

/**
 * Common words with repetition, on lower-cased words: the cheap filter before the exact diff. `overlap`
 * is the larger of the Dice coefficient and the share of the query's words found (a phrase inside a
 * longer paragraph is found whole).
 */
function overlap(a: Map<number, number>, aCount: number, text: string): number {
  const b = wordHashes(text);
  if (aCount + b.length === 0) return 1;
  const left = new Map(a);
  let shared = 0;
  for (const h of b) {
    const n = left.get(h) ?? 0;
    if (n > 0) {
      shared++;
      left.set(h, n - 1);
    }
  }
  return Math.max((2 * shared) / (aCount + b.length), aCount ? shared / aCount : 0);
}

/** The index's arrays, to keep on disk and restore without reading the texts again. */
interface IndexArrays {
  readonly starts: Int32Array;
  readonly postings: Int32Array;
  readonly weights: Float32Array;
}

/** The `k` ids with the highest keys, best first, without sorting them all. */
function topK(ids: readonly number[], key: (id: number) => number, k: number): number[] {
  const best: { id: number; key: number }[] = [];
  for (const id of ids) {
    const v = key(id);
    if (best.length === k && v <= best[k - 1].key) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].key < v) at--;
    best.splice(at, 0, { id, key: v });
    if (best.length > k) best.pop();
  }
  return best.map((b) => b.id);
}

/** Every passage's shingles, bucketed: the postings of bucket b are postings[starts[b]..starts[b + 1]). */
function build(passages: readonly IndexedPassage[]): IndexArrays {
  const buckets = 1 << BUCKET_BITS;
  const shift = 32 - BUCKET_BITS;
  let all = new Uint32Array(1 << 20);
  const ends = new Int32Array(passages.length);
  let at = 0;
  passages.forEach((p, id) => {
    const s = shingles(p.text);
    if (at + s.length > all.length) {
      const bigger = new Uint32Array(Math.max(2 * all.length, at + s.length));
      bigger.set(all.subarray(0, at));
      all = bigger;
    }
    all.set(s, at);
    ends[id] = at += s.length;
  });
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < at; i++) starts[(all[i] >>> shift) + 1]++;
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  const fill = starts.slice(0, buckets);
  const postings = new Int32Array(at);
  const weights = new Float32Array(passages.length);
  for (let id = 0, i = 0; id < passages.length; id++) {
    weights[id] = ends[id] - i;
    for (; i < ends[id]; i++) postings[fill[all[i] >>> shift]++] = id;
  }
  return { starts, postings, weights };
}

export class AgreedIndex {
  readonly arrays: IndexArrays;
  private readonly scores: Float32Array;

  /** Builds the index, or restores it from arrays built for the same passages. */
  constructor(
    readonly passages: readonly IndexedPassage[],
    arrays?: IndexArrays,
  ) {
    this.arrays = arrays && arrays.weights.length === passages.length && arrays.starts.length === (1 << BUCKET_BITS) + 1 ? arrays : build(passages);
    this.scores = new Float32Array(passages.length);
  }

  get size(): number {
    return this.passages.length;
  }

  /** Adds each shingle's weight to the passages that hold it; with `cap`, only shingles held by at most that many. */
  private score(query: Uint32Array, cap: number, touched: number[]): void {
    const { starts, postings } = this.arrays;
    const shift = 32 - BUCKET_BITS;
    const n = this.passages.length;
    for (let i = 0; i < query.length; i++) {
      const b = query[i] >>> shift;
      const from = starts[b];
      const to = starts[b + 1];
      if (to === from || to - from > cap) continue;
      const w = Math.log(1 + n / (to - from));
      for (let k = from; k < to; k++) {
        const id = postings[k];
        if (this.scores[id] === 0) touched.push(id);
        this.scores[id] += w;
      }
    }
  }

  /** The passages most like `text`, best first; equal ones by the most recent adoption. */
  search(text: string, options: SearchOptions = {}): Precedent[] {
    const limit = options.limit ?? 10;
    const min = options.minSimilarity ?? 0.5;
    const query = shingles(text);
    if (query.length === 0 || this.passages.length === 0) return [];
    const touched: number[] = [];
    // Shingles that half the library holds ("the Security Council") decide nothing and cost the most:
    // they count only when the query has no other.
    this.score(query, Math.max(COMMON, this.passages.length / 50), touched);
    if (touched.length === 0) this.score(query, Infinity, touched);
    // Candidates: the best over the union of shingles (near copies), and the best in raw score (longer
    // paragraphs that contain the query).
    const weights = this.arrays.weights;
    const byUnion = topK(touched, (id) => this.scores[id] / (query.length + weights[id]), CANDIDATES);
    const byRaw = topK(touched, (id) => this.scores[id], CONTAINING);
    for (const id of touched) this.scores[id] = 0;
    const words = new Map<number, number>();
    const queryWords = wordHashes(text);
    for (const h of queryWords) words.set(h, (words.get(h) ?? 0) + 1);
    const excluded = options.excludeSymbol ?? null;
    const close = [...new Set([...byUnion, ...byRaw])]
      .filter((id) => this.passages[id].symbol !== excluded)
      .map((id) => ({ id, overlap: overlap(words, queryWords.length, this.passages[id].text) }))
      .filter((c) => c.overlap >= min)
      .sort((x, y) => y.overlap - x.overlap);
    // The exact diff only for those close to the best: it is the costly step on long paragraphs.
    const near = close.filter((c, i) => i < limit || c.overlap >= close[0].overlap - NEAR).slice(0, Math.max(limit, RERANK));
    const mine = comparable(text);
    return near
      .map((c) => {
        const passage = this.passages[c.id];
        const d = diffTokens(mine, comparable(passage.text), { ignoreCase: true });
        return { passage, similarity: d.similarity, diff: d.parts, overlap: c.overlap };
      })
      .filter((r) => r.similarity >= min || r.overlap >= min)
      .map(({ passage, similarity, diff }) => ({ passage, similarity, diff }))
      .sort((x, y) => y.similarity - x.similarity || timeOf(y.passage) - timeOf(x.passage) || x.passage.symbol.localeCompare(y.passage.symbol))
      .slice(0, limit);
  }
}
