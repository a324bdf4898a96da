/** Requests wait for the library's index, for a bounded time: the gate the server keeps. */
import * as assert from 'node:assert/strict';
import { IndexingGate } from '../../../server/src/lsp/libraryStatus';

const settled = async (p: Promise<void>, ms: number): Promise<boolean> => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('indexing gate', () => {
  it('is closed until the first indexing ends, and opens when every indexing has ended', async () => {
    const gate = new IndexingGate();
    const waiting = gate.wait(10000);
    assert.equal(await settled(waiting, 30), false, 'closed before the settings are read');
    gate.begin();
    gate.end();
    assert.equal(await settled(waiting, 30), false, 'the first indexing holds it');
    gate.end();
    assert.equal(await settled(waiting, 30), true);
    assert.equal(await settled(gate.wait(10000), 30), true, 'open: no wait');
    gate.begin();
    gate.begin();
    gate.end();
    assert.equal(await settled(gate.wait(10000), 30), false, 'two indexings, one still running');
    gate.end();
    assert.equal(await settled(gate.wait(10000), 30), true);
  });

  it('waits no longer than it is told', async () => {
    const gate = new IndexingGate();
    const start = Date.now();
    await gate.wait(50);
    assert.ok(Date.now() - start < 1000);
  });
});
