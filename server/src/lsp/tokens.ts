/**
 * Semantic tokens in protocol form: split by line once per document version, then encoded for a full
 * request, a range, or as edits against the result the client already holds (`full/delta`).
 */
import type * as lsp from 'vscode-languageserver';
import { SemanticTokensDiff } from 'vscode-languageserver/lib/common/semanticTokens';
import type { Resolution } from '../core/model';
import type { LineIndex } from '../core/text';
import { semanticTokens, TOKEN_TYPES } from '../core/features/semanticTokens';

/** Tokens of one version: (line, character, length, type) quadruples in document order. */
export type LineTokens = Uint32Array;

export function lineTokens(model: Resolution, index: LineIndex): LineTokens {
  const out: number[] = [];
  for (const t of semanticTokens(model)) {
    const type = TOKEN_TYPES.indexOf(t.type);
    // Tokens may not span lines: split them.
    const start = index.positionAt(t.span.start);
    const end = index.positionAt(t.span.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : index.lineEnd(line) - index.lineStart(line);
      if (to > from) out.push(line, from, to - from, type);
    }
  }
  return Uint32Array.from(out);
}

/** The protocol's relative encoding of the tokens on lines [fromLine, toLine]. */
export function encode(tokens: LineTokens, fromLine = 0, toLine = Number.MAX_SAFE_INTEGER): number[] {
  // The first token on or after fromLine: tokens are sorted by line.
  let lo = 0;
  let hi = tokens.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid * 4] < fromLine) lo = mid + 1;
    else hi = mid;
  }
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (let i = lo * 4; i < tokens.length && tokens[i] <= toLine; i += 4) {
    const l = tokens[i];
    const c = tokens[i + 1];
    data.push(l - line, l === line ? c - char : c, tokens[i + 2], tokens[i + 3], 0);
    line = l;
    char = c;
  }
  return data;
}

/** Edits that turn the data the client holds into the current data. */
export function delta(previous: readonly number[], current: number[]): lsp.SemanticTokensEdit[] {
  return new SemanticTokensDiff(previous as number[], current).computeDiff();
}
