/** The resolution library on the project's own fixture folder: XML, catalogs, text, cache, malformed files. */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResolutionLibrary } from '../../../server/src/library';
import { renderAkn } from '../../../server/src/library/akn';
import { parseCsvCatalog } from '../../../server/src/library/catalog';

const FIXTURES = join(__dirname, '../../../../test/fixtures/library');

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unres-lib-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

describe('library', () => {
  it('renders AKN XML with a real XML parser and finds the numbered paragraphs', () => {
    const xml = readFileSync(join(FIXTURES, '2026/English/SC_9002_2026-E.xml'), 'utf8');
    const r = renderAkn(xml);
    assert.equal(r.symbol, 'S/RES/9002 (2026)');
    assert.deepEqual(r.paragraphs.map((p) => [p.num, p.eId]), [['1', 'para_1'], ['2', 'para_2'], ['3', 'para_3']]);
    assert.match(r.text, /\n\n2\. Requests the Panel to:\n\n\(a\) gather information on violations;\n\n/);
    assert.throws(() => renderAkn('<a><b></a>'));
  });

  it('renders a table a row a block, its cells joined by " | ", empty cells kept', () => {
    const xml = `<akomaNtoso><act><mainBody><paragraph eId="para_1"><num>1.</num><content><p>Approves the following amounts:</p>
      <table><tr><th><p>Section</p></th><th/><th><p>Amount</p></th></tr>
      <tr><td/><td><p>Part I. <span>Overall policymaking</span></p></td><td/></tr>
      <tr><td><p>1.\tIncome from staff assessment</p></td><td><p>Net</p><p>assessed</p></td><td><p>283 437 900</p></td></tr></table>
      </content></paragraph></mainBody></act></akomaNtoso>`;
    const r = renderAkn(xml);
    assert.equal(r.text, '1. Approves the following amounts:\n\nSection | | Amount\n\n| Part I. Overall policymaking |\n\n1. Income from staff assessment | Net assessed | 283 437 900\n');
    assert.deepEqual(r.paragraphs.map((p) => p.num), ['1']);
  });

  it('merges XML text and catalog metadata, and names malformed files', async () => {
    const dir = copy();
    const lib = new ResolutionLibrary({ cacheDir: join(dir, '.cache') });
    const report = await lib.index([dir]);
    const doc = lib.get('S/RES/9002 (2026)');
    assert.equal(doc?.subject, 'The situation in the Republic of Arcadia');
    assert.equal(doc?.date, '12 March 2026');
    assert.equal(doc?.meeting, '9950th meeting');
    assert.equal(doc?.vote, 'adopted unanimously');
    assert.deepEqual(doc?.paragraphs?.map((p) => p.label), ['1', '2', '3']);
    assert.match(doc!.paragraphs![1].text, /^Requests the Panel to: \(a\) gather information/);
    assert.equal(doc!.paragraphs![0].location?.uri.endsWith('SC_9002_2026-E.xml'), true);
    assert.equal(lib.get('S/RES/9003 (2026)')?.vote, 'adopted by 13 votes to none, with 2 abstentions');
    assert.equal(lib.get('S/RES/9004 (2026)')?.meeting, '9970th meeting');
    assert.equal(lib.maxScNumber, 9004);
    assert.deepEqual(report.malformed.map((m) => m.split(' ')[0]).sort(), ['bad.json', 'broken.xml']);
  });

  it('comes back from the cache, and re-reads a changed file', async () => {
    const dir = copy();
    const read = new ResolutionLibrary({ cacheDir: join(dir, '.cache') });
    const first = await read.index([dir]);
    assert.equal(first.fromCache, 0);
    const again = new ResolutionLibrary({ cacheDir: join(dir, '.cache') });
    const second = await again.index([dir]);
    assert.equal(second.fromCache, second.files);
    assert.equal(again.get('S/RES/9002 (2026)')?.subject, 'The situation in the Republic of Arcadia');
    // The paragraphs' texts are read from the cache when first asked for, the same as when the file was read.
    assert.deepEqual(JSON.parse(JSON.stringify([...again.entries()])), JSON.parse(JSON.stringify([...read.entries()])));
    assert.ok(again.get('S/RES/9002 (2026)')!.paragraphs!.length > 0);
    const csv = join(dir, 'catalog.csv');
    writeFileSync(csv, 'number,symbol,year,adoption_date,meeting,agenda_or_topic,title,vote,source\n9005,S/RES/9005 (2026),2026,9 April 2026,S/PV.9980,Small arms,,adopted unanimously,x\n');
    utimesSync(csv, new Date(), new Date(Date.now() + 5000));
    const third = await new ResolutionLibrary({ cacheDir: join(dir, '.cache') }).index([dir]);
    assert.equal(third.fromCache, third.files - 1);
  });

  it('rebuilds a damaged, truncated or foreign cache without failing', async () => {
    const dir = copy();
    const cacheDir = join(dir, '.cache');
    await new ResolutionLibrary({ cacheDir }).index([dir]);
    const cache = join(cacheDir, 'library-cache.bin');
    const good = readFileSync(cache);
    const damaged = [good.subarray(0, good.length - 7), Buffer.from('{"version":4,"files":{}}'), Buffer.concat([good.subarray(0, 16), Buffer.alloc(good.length - 16, 0x7b)])];
    for (const bytes of damaged) {
      writeFileSync(cache, bytes);
      writeFileSync(join(cacheDir, 'library-passages.bin'), bytes);
      const lib = new ResolutionLibrary({ cacheDir });
      const report = await lib.index([dir]);
      assert.equal(report.fromCache, 0);
      assert.match(lib.get('S/RES/9002 (2026)')!.paragraphs![1].text, /^Requests the Panel to:/);
      assert.ok(lib.precedents('Requests the Panel to gather information').length > 0);
    }
    // Texts that do not decode (a range rewritten in place) cost the paragraphs' texts, not the start.
    const texts = readFileSync(cache);
    const blobEnd = 16 + texts.readUInt32LE(8);
    texts.fill(0x7b, blobEnd - 40, blobEnd);
    writeFileSync(cache, texts);
    const lib = new ResolutionLibrary({ cacheDir });
    assert.equal((await lib.index([dir])).fromCache > 0, true);
    assert.doesNotThrow(() => [...lib.entries()].map((d) => d.paragraphs));
  });

  it('indexes plain-text resolutions and their citations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-lib-'));
    writeFileSync(join(dir, 'draft.unres'), 'S/RES/9006 (2026)\n\nThe Security Council,\n\nRecalling resolution 9002 (2026),\n\n1. Decides to remain seized of the matter.\n');
    const lib = new ResolutionLibrary();
    await lib.index([dir]);
    assert.deepEqual(lib.get('S/RES/9006 (2026)')?.paragraphs?.map((p) => p.label), ['1']);
    assert.equal(lib.citationsOf('S/RES/9002 (2026)').length, 1);
  });

  it('refuses a CSV without the documented header', () => {
    assert.throws(() => parseCsvCatalog('a,b\n1,2\n'), /needs the columns/);
  });
});

describe('library-backed features', () => {
  it('inlay hints show the subject of each cited resolution', async () => {
    const { inlayHints } = await import('../../../server/src/core/features/inlayHints');
    const { parse } = await import('../../../server/src/core/parse');
    const dir = copy();
    const lib = new ResolutionLibrary();
    await lib.index([dir]);
    const text = 'The Security Council,\n\n1. Recalls resolution 9002 (2026) and resolution 2374 (2017).\n';
    const hints = inlayHints(parse(text), lib);
    assert.deepEqual(hints.map((h) => [text.slice(0, h.offset).slice(-11), h.label]), [['9002 (2026)', ' The situation in the Republic of Arcadia']]);
  });
});
