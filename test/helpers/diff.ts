/** Word diffs for tests: between two texts, and each side given back from the parts. */
import { diffTokens, type DiffPart, type WordDiff } from '../../server/src/core/agreed/diff';
import { tokenize } from '../../server/src/core/agreed/words';

export function diffTexts(a: string, b: string): WordDiff {
  return diffTokens(tokenize(a), tokenize(b));
}

/** The old text (`delete` and `equal` parts) or the new one (`insert` and `equal`). */
export function sideOf(parts: readonly DiffPart[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('')
    .trim();
}
