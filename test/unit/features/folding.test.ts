/** Folding ranges within the client's limit: the outermost kept, as VS Code keeps them among too many. */
import * as assert from 'node:assert/strict';
import { outermostFolds, type LineFold } from '../../../server/src/core/features/folding';

const fold = (startLine: number, endLine: number): LineFold => ({ startLine, endLine });

describe('folding ranges within a limit', () => {
  // Two sections (level 0), each with paragraphs (level 1), the first paragraph with sub-paragraphs (level 2).
  const folds = [fold(0, 20), fold(1, 10), fold(2, 4), fold(5, 9), fold(11, 20), fold(21, 40), fold(22, 30), fold(31, 40)];

  it('sends every fold within the limit, as computed', () => {
    assert.deepEqual(outermostFolds(folds, 8), folds);
    assert.deepEqual(outermostFolds(folds, 100), folds);
  });

  it('keeps whole levels from the outermost on, then the first folds of the next level', () => {
    assert.deepEqual(outermostFolds(folds, 2), [fold(0, 20), fold(21, 40)]);
    assert.deepEqual(outermostFolds(folds, 4), [fold(0, 20), fold(1, 10), fold(11, 20), fold(21, 40)]);
    assert.deepEqual(outermostFolds(folds, 6), [fold(0, 20), fold(1, 10), fold(11, 20), fold(21, 40), fold(22, 30), fold(31, 40)]);
    assert.deepEqual(outermostFolds(folds, 7), [fold(0, 20), fold(1, 10), fold(2, 4), fold(11, 20), fold(21, 40), fold(22, 30), fold(31, 40)]);
    // The first level already too large: its first folds only.
    assert.deepEqual(outermostFolds(folds, 1), [fold(0, 20)]);
  });

  it('reads folds in any order, leaves out one starting where the one before it starts, and levels a crossing one as VS Code does', () => {
    const unsorted = [fold(21, 40), fold(0, 20), fold(0, 5), fold(1, 10), fold(8, 15), fold(2, 4)];
    // Sorted by first line (a stable sort), with levels: (0,20) 0, (0,5) left out, (1,10) 1, (2,4) 2, (8,15) 2 (it
    // crosses the end of (1,10)), (21,40) 0.
    assert.deepEqual(outermostFolds(unsorted, 3), [fold(0, 20), fold(1, 10), fold(21, 40)]);
    assert.deepEqual(outermostFolds(unsorted, 4), [fold(0, 20), fold(1, 10), fold(2, 4), fold(21, 40)]);
    // A fold that crosses the end of another takes that one's level, and the next is read against the one before.
    assert.deepEqual(outermostFolds([fold(0, 30), fold(1, 10), fold(5, 12), fold(11, 30), fold(31, 40)], 3), [fold(0, 30), fold(1, 10), fold(31, 40)]);
  });
});
