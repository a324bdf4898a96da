/** Word-level differences between two texts (jsdiff's Myers diff over tokens) and their similarity. */
import { diffArrays } from 'diff';
import { joinTokens, type Token } from './words';

/** The tokens as written, without spaces or labels; null when they hold a reference (compared by its target, not its text). */
function written(tokens: readonly Token[]): string | null {
  let s = '';
  for (const t of tokens) {
    if (t.ref !== undefined) return null;
    if (!t.label) s += t.text;
  }
  return s;
}

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  readonly op: DiffOp;
  /** The tokens as text, with a leading space where the source had one. */
  readonly text: string;
}

export interface WordDiff {
  readonly parts: DiffPart[];
  /** Tokens the two texts share, times two, over the tokens of both: 1 when equal, 0 when nothing is shared. */
  readonly similarity: number;
}

export interface DiffOptions {
  /** Compare words without their case (search); compare exactly otherwise. */
  readonly ignoreCase?: boolean;
  /** Decides whether two tokens are equal first, when it returns a boolean (internal references). */
  readonly equal?: (x: Token, y: Token) => boolean | undefined;
}

/** Differences between two token lists. */
export function diffTokens(a: readonly Token[], b: readonly Token[], options: DiffOptions = {}): WordDiff {
  const fold = options.ignoreCase === true;
  const same = (x: string, y: string): boolean => (fold ? x.toLowerCase() === y.toLowerCase() : x === y);
  const changes = diffArrays(a as Token[], b as Token[], {
    comparator: (x: Token, y: Token) => options.equal?.(x, y) ?? (x.label === true ? y.label === true : y.label !== true && same(x.text, y.text)),
  });
  const parts: DiffPart[] = [];
  let shared = 0;
  let started = false;
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k];
    if (c.value.length === 0) continue;
    let op: DiffOp = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    let value = c.value;
    const next = changes[k + 1];
    // A word split or joined by a PDF extraction ("displac ed") is not a change.
    const mine = written(c.value);
    const theirs = next && (next.added || next.removed) ? written(next.value) : null;
    if (op !== 'equal' && mine !== null && theirs !== null && same(mine, theirs)) {
      shared += c.value.length + next.value.length;
      op = 'equal';
      value = c.added ? c.value : next.value;
      k++;
    } else if (op === 'equal') shared += 2 * c.value.length;
    const text = joinTokens(value, started);
    const last = parts[parts.length - 1];
    if (last?.op === op) parts[parts.length - 1] = { op, text: last.text + text };
    else parts.push({ op, text });
    started = true;
  }
  const total = a.length + b.length;
  return { parts, similarity: total === 0 ? 1 : shared / total };
}

/** The parts as `git diff --word-diff` writes them: "until 30 June [-2026-]{+2027+}". */
export function wordDiffText(parts: readonly DiffPart[]): string {
  return parts
    .map((d, k) => {
      if (d.op === 'equal') return d.text;
      const space = d.text.startsWith(' ') && parts[k - 1]?.op !== 'delete' ? ' ' : '';
      return d.op === 'insert' ? `${space}{+${d.text.trim()}+}` : `${space}[-${d.text.trim()}-]`;
    })
    .join('')
    .trim();
}
