/** Reading a file as text: what the CLI and the library get for every kind of path. */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, readBytesSync, readText, type ReadResult } from '../../../server/src/node/readText';

/** The same file read on one thread for another (`readBytesSync`, then `decodeText`) reads the same. */
async function read(path: string, maxBytes?: number): Promise<ReadResult> {
  const here = await readText(path, maxBytes);
  const bytes = readBytesSync(path, maxBytes);
  assert.deepEqual(bytes.ok ? decodeText(bytes.bytes) : bytes, here);
  return here;
}

describe('readText and readBytesSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unres-read-'));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('reads a text whole, without its byte order mark', async () => {
    const text = 'The Security Council,\n\n1. Décide de demeurer saisi de la question ; 安全理事会\n'.repeat(5000);
    assert.deepEqual(await read(file('long.txt', '\ufeff' + text)), { ok: true, text });
    assert.deepEqual(await read(file('empty.txt', '')), { ok: true, text: '' });
  });

  it('reads broken UTF-8 with a warning', async () => {
    const r = await read(file('broken.txt', Buffer.from([0x41, 0xc3, 0x28, 0x42])));
    assert.deepEqual(r, { ok: true, text: 'A\ufffd(B', warning: 'invalid UTF-8: undecodable bytes were read as U+FFFD' });
  });

  it('refuses what is not a text file with a clear reason', async () => {
    mkdirSync(join(dir, 'folder'));
    assert.deepEqual(await read(join(dir, 'folder')), { ok: false, error: 'is a directory' });
    assert.deepEqual(await read(join(dir, 'missing.txt')), { ok: false, error: 'no such file' });
    assert.deepEqual(await read(file('image.png', Buffer.from([0x89, 0x50, 0, 1]))), { ok: false, error: 'binary file (contains NUL bytes), not a text resolution' });
    assert.deepEqual(await read(file('big.txt', 'x'.repeat(3 * 1048576)), 2 * 1048576), { ok: false, error: 'file too large (3 MB; the limit is 2 MB)' });
  });

  it('reads what has no size to tell, to its end', async function () {
    if (process.platform !== 'linux') this.skip();
    const r = await read('/proc/version');
    assert.ok(r.ok && r.text.startsWith('Linux version'), JSON.stringify(r));
  });
});
