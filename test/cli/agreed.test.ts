/** `unres compare` and `unres precedents`, run as a user runs them, on files written for the tests. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const ROOT = join(__dirname, '../../..');
const LIBRARY = join(ROOT, 'test/fixtures/agreed');
const OLD = join(LIBRARY, 'S-RES-9150-2025.txt');
const DRAFT = join(ROOT, 'test/fixtures/agreed-draft.unres');


describe('unres compare and precedents', () => {
  const cache = mkdtempSync(join(tmpdir(), 'unres-cli-agreed-'));
  after(() => rmSync(cache, { recursive: true, force: true }));

  it('compares two resolutions as JSON: old, new and the paragraphs in the new order', () => {
    const r = runCli('compare', '--format', 'json', OLD, DRAFT);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepEqual(json.old, { file: OLD, symbol: 'S/RES/9150 (2025)' });
    assert.deepEqual(json.new, { file: DRAFT, symbol: null });
    assert.deepEqual(
      json.paragraphs.map((p: { part: string; old: { label: string | null; index: number } | null; new: { label: string | null; index: number } | null; change: string }) => `${p.part} ${p.old?.label ?? p.old?.index ?? '-'}→${p.new?.label ?? p.new?.index ?? '-'} ${p.change}`),
      ['preamble 1→1 changed', 'preamble 2→2 unchanged', 'preamble -→3 added', 'operative 1→1 changed', 'operative 3→2 unchanged', 'operative 2→3 moved', 'operative 4→4 unchanged', 'operative 5→5 unchanged'],
    );
    const first = json.paragraphs[3];
    assert.deepEqual(first.new, { index: 1, label: '1', range: { start: { line: 8, character: 0 }, end: { line: 8, character: 116 } } });
    assert.deepEqual(first.diff.filter((d: { op: string }) => d.op !== 'equal'), [{ op: 'delete', text: ' 2026' }, { op: 'insert', text: ' 2027' }]);
  });

  it('prints a word diff as text, and a page as HTML', () => {
    assert.match(runCli('compare', OLD, DRAFT).out, /^~ op 1 → op 1 changed \(95%\): .*30 June \[-2026-\]\{\+2027\+\}$/m);
    assert.match(runCli('compare', '--format', 'html', OLD, DRAFT).out, /^<!DOCTYPE html>[^]*<del> 2026<\/del><ins> 2027<\/ins>/);
    assert.equal(runCli('compare', '--format', 'pdf', OLD, DRAFT).code, 2);
    assert.equal(runCli('compare', OLD, join(LIBRARY, 'missing.txt')).code, 2);
  });

  it('finds where a paragraph was adopted before, best first', () => {
    const r = runCli('precedents', '--library', LIBRARY, '--cache-dir', cache, '--paragraph', '3', '--format', 'json', DRAFT);
    assert.equal(r.code, 0, r.err);
    const { results } = JSON.parse(r.out);
    assert.deepEqual(Object.keys(results[0]), ['symbol', 'paragraph', 'part', 'similarity', 'uri', 'range', 'text']);
    assert.deepEqual(results.map((x: { symbol: string; paragraph: string; similarity: number }) => `${x.symbol} ${x.paragraph} ${x.similarity}`), ['S/RES/9150 (2025) 2 0.85', 'S/RES/9101 (2024) 2 0.85']);
    assert.ok(results[0].uri.endsWith('S-RES-9150-2025.txt'));
  });

  it('looks up a text, leaves the file’s own resolution out, and prints the differing words', () => {
    const text = runCli('precedents', '--library', LIBRARY, '--cache-dir', cache, '--limit', '1', '--text', 'To assist the national authorities with the demining of farm land');
    assert.match(text.out, /^\d+% {2}S\/RES\/9150 \(2025\), paragraph 3 \(c\) \(26 June 2025\)\n {4}To assist the national authorities \[-with-\]\{\+in\+\} the demining of \[-farm-\]\{\+agricultural\+\} land$/m);
    const own = JSON.parse(runCli('precedents', '--library', LIBRARY, '--cache-dir', cache, '--paragraph', '3 (c)', '--format', 'json', OLD).out);
    assert.deepEqual(own.results, []);
    assert.equal(runCli('precedents', '--library', LIBRARY, DRAFT).code, 2, 'a file needs --paragraph');
    assert.equal(runCli('precedents', '--library', LIBRARY, '--paragraph', '99', DRAFT).code, 2);
  });
});
