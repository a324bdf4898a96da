/** The library's cache files: written a chunk at a time while the files are read, put in place at the end. */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packStrings, readStore, slice, StoreWriter, unpackStrings } from '../../../server/src/library/store';
import { packPassages, unpackPassages, type StoredPassage } from '../../../server/src/library/passages';
import { ResolutionLibrary } from '../../../server/src/library';

const FIXTURES = join(__dirname, '../../../../test/fixtures/library');

function chunk(size: number, byte: number): Buffer {
  return Buffer.alloc(size, byte);
}

describe('library cache files', () => {
  it('packs strings of every script, empty ones and none, and refuses damaged bytes', () => {
    const strings = ['', 'Recalling its resolution 2231 (2015),', 'Réaffirmant « la souveraineté »', 'Призывает', 'يقرر', '决定', '𝄞 and \u{1F30D}', '"quoted"\n\\', ''];
    assert.deepEqual(unpackStrings(packStrings(strings)), strings);
    assert.deepEqual(unpackStrings(packStrings([])), []);
    const bytes = packStrings(strings);
    assert.throws(() => unpackStrings(bytes.subarray(0, bytes.length - 3)));
    assert.throws(() => unpackStrings(bytes.subarray(0, 2)));
    const passages: StoredPassage[] = [
      { part: 'preamble', paragraph: 1, text: 'Recalling its resolutions,', at: [3, 4, 3, 4] },
      { part: 'operative', paragraph: '2 (a) (ii)', text: 'Decides\n\n(a) to remain seized', at: [10, 0, 12, 5] },
    ];
    assert.deepEqual(unpackPassages(packPassages(passages)), passages);
    assert.deepEqual(unpackPassages(packPassages([])), []);
  });


  it('reads back every chunk placed, across several batches, and the head', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-store-'));
    const path = join(dir, 'cache.bin');
    const writer = new StoreWriter(path, 7);
    // 3 MB in chunks of unequal sizes: more than one batch is written before the head.
    const sizes = Array.from({ length: 40 }, (_, i) => 1000 + i * 3901);
    const ranges = sizes.map((size, i) => writer.place(chunk(size, i)));
    assert.equal(existsSync(path), false, 'nothing at the cache path before the file is finished');
    writer.finish(JSON.stringify({ ranges }));
    const store = readStore<{ ranges: [number, number][] }>(path, 7);
    assert.ok(store);
    assert.deepEqual(store.head.ranges, ranges);
    store.head.ranges.forEach((range, i) => assert.ok(chunk(sizes[i], i).equals(slice(store.blob, range))));
    assert.equal(readStore(path, 8), null, 'another version is no cache');
    assert.deepEqual(readdirSync(dir), ['cache.bin']);
  });

  it('leaves nothing behind when aborted, and two writers of one path do not meet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-store-'));
    const path = join(dir, 'cache.bin');
    const aborted = new StoreWriter(path, 1);
    const other = new StoreWriter(path, 1);
    aborted.place(chunk(10, 1));
    other.place(chunk(20, 2));
    aborted.abort();
    other.finish('{"n":2}');
    assert.deepEqual(readdirSync(dir), ['cache.bin']);
    const store = readStore<{ n: number }>(path, 1);
    assert.equal(store?.head.n, 2);
    assert.ok(chunk(20, 2).equals(slice(store.blob, [0, 20])));
  });

  it('leaves no temporary file when indexing stops midway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-lib-'));
    cpSync(FIXTURES, join(dir, 'library'), { recursive: true });
    const cacheDir = join(dir, 'cache');
    const lib = new ResolutionLibrary({
      cacheDir,
      onProgress: () => {
        throw new Error('stopped');
      },
    });
    await assert.rejects(lib.index([join(dir, 'library')]), /stopped/);
    assert.deepEqual(readdirSync(cacheDir), []);
  });

  it('indexes without a cache when its folder cannot be made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-lib-'));
    cpSync(FIXTURES, join(dir, 'library'), { recursive: true });
    writeFileSync(join(dir, 'file'), '');
    const lib = new ResolutionLibrary({ cacheDir: join(dir, 'file', 'cache') });
    const report = await lib.index([join(dir, 'library')]);
    assert.equal(report.fromCache, 0);
    assert.deepEqual(lib.get('S/RES/9002 (2026)')?.paragraphs?.map((p) => p.label), ['1', '2', '3']);
    assert.ok(lib.precedents('Requests the Panel to gather information').length > 0);
  });
});
