/** Semantic tokens, as offsets in document order. The server splits them by line for the protocol. */
import type { Resolution, SubParagraph } from '../model';
import { LANGUAGES, phrasesOpening } from '../lang';

export const TOKEN_TYPES = ['preambleOpening', 'operativeVerb', 'paragraphNumber', 'subparagraphLabel', 'internalReference', 'documentReference', 'heading', 'artifact'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

const TYPE: { readonly [T in TokenType]: number } = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as { [T in TokenType]: number };

/**
 * The tokens of a text, in document order and not overlapping: token i spans `starts[i]` to `ends[i]` and
 * is of type `TOKEN_TYPES[types[i]]`. Typed arrays rather than an object a token: a large text has tens of
 * thousands, and they are made again for every version.
 */
export interface SemanticTokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly types: Uint8Array;
}

/** The length of the operative verb phrase at the start of a paragraph's text ("Further requests"). */
function verbLength(text: string, model: Resolution): number {
  const lang = LANGUAGES[model.language];
  const verb = phrasesOpening(lang.operativeVerbs, text).find((v) => text.startsWith(v.phrase));
  if (verb) return verb.phrase.length;
  const m = /^(?:\p{L}+ly |Also |Further |Again )?\p{L}+/u.exec(text);
  return m ? m[0].length : 0;
}

/** Tokens of one source (preamble, headings, operative part, references, artifacts) as (start, end, type) triples. */
class Run {
  data = new Int32Array(48);
  length = 0;
  add(start: number, end: number, type: TokenType): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = start;
    this.data[this.length++] = end;
    this.data[this.length++] = TYPE[type];
  }
  /** The triples, sorted (each source is already in document order, but nothing requires it). */
  sorted(): Int32Array {
    const data = this.data.subarray(0, this.length);
    let sorted = true;
    for (let i = 3; i < data.length && sorted; i += 3) sorted = !before(data, i, data, i - 3);
    if (sorted) return data;
    const order = Array.from({ length: data.length / 3 }, (_, k) => k * 3).sort((i, j) => data[i] - data[j] || data[j + 1] - data[i + 1]);
    return Int32Array.from(order.flatMap((i) => [data[i], data[i + 1], data[i + 2]]));
  }
}

export function semanticTokens(model: Resolution): SemanticTokens {
  const preamble = new Run();
  for (const p of model.preamble) preamble.add(p.openingSpan.start, p.openingSpan.end, 'preambleOpening');
  const headings = new Run();
  for (const h of model.headings) headings.add(h.span.start, h.span.end, 'heading');
  const operative = new Run();
  const subs = (list: readonly SubParagraph[]): void => {
    for (const sp of list) {
      operative.add(sp.labelSpan.start, sp.labelSpan.end, 'subparagraphLabel');
      subs(sp.children);
    }
  };
  for (const p of model.operative) {
    operative.add(p.labelSpan.start, p.labelSpan.end, 'paragraphNumber');
    const n = verbLength(p.content.text, model);
    if (n > 0 && p.content.segments[0] && n <= p.content.segments[0].length) operative.add(p.textSpan.start, p.textSpan.start + n, 'operativeVerb');
    subs(p.children);
  }
  const references = new Run();
  for (const r of model.references) references.add(r.span.start, r.span.end, r.kind === 'paragraph' ? 'internalReference' : 'documentReference');
  const artifacts = new Run();
  for (const a of model.artifacts) artifacts.add(a.span.start, a.span.end, 'artifact');
  return merge([preamble, headings, operative, references, artifacts].map((r) => r.sorted()));
}

/** Whether triple i comes before triple j: the earlier start, then the longer token. */
function before(a: Int32Array, i: number, b: Int32Array, j: number): boolean {
  return a[i] < b[j] || (a[i] === b[j] && a[i + 1] > b[j + 1]);
}

/** The sorted runs merged in one pass, in document order; of overlapping tokens the first is kept. */
function merge(runs: readonly Int32Array[]): SemanticTokens {
  const total = runs.reduce((n, r) => n + r.length / 3, 0);
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const types = new Uint8Array(total);
  const at = runs.map(() => 0);
  let count = 0;
  let end = -1;
  for (;;) {
    // The run whose next token comes first; on a tie, the earlier run (as a stable sort would).
    let next = -1;
    for (let r = 0; r < runs.length; r++) if (at[r] < runs[r].length && (next < 0 || before(runs[r], at[r], runs[next], at[next]))) next = r;
    if (next < 0) break;
    const run = runs[next];
    const i = at[next];
    at[next] += 3;
    if (run[i] < end) continue;
    starts[count] = run[i];
    ends[count] = run[i + 1];
    types[count] = run[i + 2];
    end = run[i + 1];
    count++;
  }
  return { count, starts, ends, types };
}
