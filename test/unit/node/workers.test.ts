/** Work on worker threads in batches, results in the order of the tasks, a failing worker's tasks failed. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchSize, inOrder } from '../../../server/src/node/workers';

/** A worker script that doubles each number after a few milliseconds, and dies on `dieOn`. */
function script(dieOn: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'unres-workers-')), 'worker.js');
  const workers = JSON.stringify(join(__dirname, '../../../server/src/node/workers.js'));
  writeFileSync(
    path,
    `require(${workers}).serve(async (n) => {
      if (n === ${dieOn}) setImmediate(() => { throw new Error('died on ${dieOn}'); });
      await new Promise((r) => setTimeout(r, n % 3));
      return n * 2;
    });`,
  );
  return path;
}

async function all<R>(results: AsyncGenerator<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('workers', () => {
  it('gives batches of the size asked, smaller as the tasks run out', () => {
    assert.equal(batchSize(2000, 2, 8), 8);
    assert.equal(batchSize(64, 2, 8), 4);
    assert.equal(batchSize(10, 2, 8), 1);
    assert.equal(batchSize(1, 4, 8), 1);
    assert.equal(batchSize(2000, 2, 1), 1);
  });

  it('yields every result in the order of the tasks, whatever the batch', async () => {
    const tasks = Array.from({ length: 150 }, (_, i) => i);
    for (const batch of [1, 8]) {
      const out = await all(inOrder(script(-1), null, tasks, 2, () => -1, undefined, batch));
      assert.deepEqual(out, tasks.map((n) => n * 2));
    }
  });

  it('fails the tasks a dead worker held, and the others finish the rest', async () => {
    const tasks = Array.from({ length: 150 }, (_, i) => i);
    const out = await all(inOrder(script(40), null, tasks, 2, (n): number | string => `failed ${n}`, undefined, 8));
    assert.equal(out.length, tasks.length);
    assert.equal(out[40], 'failed 40');
    out.forEach((r, n) => assert.ok(r === n * 2 || r === `failed ${n}`, `task ${n}: ${String(r)}`));
    // Only the batches the dead worker held are lost.
    assert.ok(out.filter((r) => typeof r === 'string').length <= 2 * 8);
  });
});
