/**
 * Semantic tokens in protocol form: split by line once per document version, then encoded for a full
 * request, a range, or as edits against the result the client already holds (`full/delta`).
 */
import type * as lsp from 'vscode-languageserver';
import { SemanticTokensDiff } from 'vscode-languageserver/lib/common/semanticTokens';
import type { Resolution } from '../core/model';
import type { LineIndex } from '../core/text';
import { semanticTokens } from '../core/features/semanticTokens';

/** Tokens of one version: (line, character, length, type) quadruples in document order. */
export type LineTokens = Uint32Array;

export function lineTokens(model: Resolution, index: LineIndex): LineTokens {
  const { count, starts, ends, types } = semanticTokens(model);
  let out = new Uint32Array(count * 4);
  let n = 0;
  const last = index.lineCount - 1;
  // Tokens are in document order: the line moves forward only.
  let line = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    const end = ends[i];
    while (line < last && index.lineStart(line + 1) <= start) line++;
    // Tokens may not span lines: split them.
    for (;;) {
      const lineStart = index.lineStart(line);
      const from = Math.max(start, lineStart);
      const to = Math.min(end, index.lineEnd(line));
      if (to > from) {
        if (n + 4 > out.length) out = grown(out);
        out[n++] = line;
        out[n++] = from - lineStart;
        out[n++] = to - from;
        out[n++] = types[i];
      }
      if (line >= last || index.lineStart(line + 1) >= end) break;
      line++;
    }
  }
  return out.subarray(0, n);
}

function grown(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2 + 4);
  b.set(a);
  return b;
}

/** The protocol's relative encoding of the tokens on lines [fromLine, toLine]. */
export function encode(tokens: LineTokens, fromLine = 0, toLine = Number.MAX_SAFE_INTEGER): number[] {
  // The first token on or after fromLine, and the first after toLine: tokens are sorted by line.
  const first = firstOnOrAfter(tokens, fromLine);
  const after = firstOnOrAfter(tokens, toLine + 1);
  // Written in place: an array this size filled by push costs several times more.
  const data: number[] = new Array<number>((after - first) * 5);
  let line = 0;
  let char = 0;
  for (let i = first * 4, j = 0; i < after * 4; i += 4, j += 5) {
    const l = tokens[i];
    const c = tokens[i + 1];
    data[j] = l - line;
    data[j + 1] = l === line ? c - char : c;
    data[j + 2] = tokens[i + 2];
    data[j + 3] = tokens[i + 3];
    data[j + 4] = 0;
    line = l;
    char = c;
  }
  return data;
}

/** Index of the first token on or after `line`. */
function firstOnOrAfter(tokens: LineTokens, line: number): number {
  let lo = 0;
  let hi = tokens.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid * 4] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Edits that turn the data the client holds into the current data. */
export function delta(previous: readonly number[], current: number[]): lsp.SemanticTokensEdit[] {
  return new SemanticTokensDiff(previous as number[], current).computeDiff();
}
