/** The `unres` command line, run as a user runs it. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');


describe('unres CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unres-cli-'));
  const clean = join(dir, 'clean.unres');
  const faulty = join(dir, 'faulty.unres');
  const binary = join(dir, 'image.unres');
  writeFileSync(clean, FIXTURE);
  writeFileSync(faulty, FIXTURE.replace('paragraph 4 below;', 'paragraph 4 above;'));
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));

  it('exits 0 on a clean draft', () => {
    const r = runCli('check', clean);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
  });

  it('prints file:line:col: severity code message and exits 1 on errors', () => {
    const r = runCli('check', faulty);
    assert.equal(r.code, 1);
    const line = FIXTURE.split('\n').findIndex((l) => l.includes('paragraph 4 below;')) + 1;
    const col = FIXTURE.split('\n')[line - 1].indexOf('below') + 1;
    assert.equal(r.out.trim(), `${faulty}:${line}:${col}: error xref/direction Paragraph 4 comes after this paragraph (2): write 'paragraph 4 below'.`);
  });

  it('prints JSON with LSP ranges', () => {
    const r = runCli('check', '--format', 'json', faulty);
    const [file] = JSON.parse(r.out);
    assert.equal(file.file, faulty);
    assert.equal(file.diagnostics[0].code, 'xref/direction');
    assert.equal(typeof file.diagnostics[0].range.start.line, 'number');
  });

  it('turns rules off with --rule', () => {
    assert.equal(runCli('check', '--rule', 'xref/direction=off', faulty).code, 0);
    const bad = runCli('check', '--rule', 'no/such=off', faulty);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown rule 'no\/such'/);
  });

  it('reports binary and missing files, checks the others, and exits 2', () => {
    const r = runCli('check', binary, join(dir, 'missing.unres'), faulty);
    assert.equal(r.code, 2);
    assert.match(r.err, /image\.unres: binary file/);
    assert.match(r.err, /missing\.unres: no such file/);
    assert.match(r.out, /xref\/direction/);
  });

  it('refuses a file over 50 MB with a clear message and checks the others', () => {
    const huge = join(dir, 'huge.unres');
    const paragraph = '1. Decides that the measures shall apply;\n\n';
    writeFileSync(huge, 'The Security Council,\n\n' + paragraph.repeat(Math.ceil((51 * 1024 * 1024) / paragraph.length)));
    const r = runCli('check', huge, faulty);
    rmSync(huge);
    assert.equal(r.code, 2);
    assert.match(r.err, /huge\.unres: file too large \(51 MB; the limit is 50 MB\)/);
    assert.match(r.out, /xref\/direction/);
  });

  it('reads broken UTF-8 with a warning and loses nothing else', () => {
    const broken = join(dir, 'broken.unres');
    writeFileSync(broken, Buffer.concat([Buffer.from(FIXTURE.slice(0, 200)), Buffer.from([0xc3, 0x28]), Buffer.from(FIXTURE.slice(200))]));
    const r = runCli('check', broken);
    assert.equal(r.code, 0);
    assert.match(r.err, /invalid UTF-8/);
  });

  it('prints the outline as JSON with the documented fields', () => {
    const o = JSON.parse(runCli('outline', '--format', 'json', clean).out);
    assert.equal(o.symbol, 'S/RES/9001 (2026)');
    assert.equal(o.organ, 'Security Council');
    assert.equal(o.preamble[0].opening, 'Recalling');
    assert.ok(o.headings.some((h: { text: string }) => h.text === 'Strategic priorities'));
    const p4 = o.operative.find((p: { number: number }) => p.number === 4);
    assert.deepEqual(p4.subparagraphs.map((s: { label: string }) => s.label), ['a', 'b', 'c']);
    assert.deepEqual(p4.subparagraphs[1].children.map((s: { label: string }) => s.label), ['i', 'ii']);
    const ref = o.references.find((r: { text: string }) => r.text === 'paragraphs 2 above and 6 and 7 below');
    assert.equal(ref.kind, 'paragraph');
    assert.equal(ref.direction, null);
    assert.deepEqual(ref.targets.map((t: { number: number; direction: string; resolved: boolean }) => [t.number, t.direction, t.resolved]), [[2, 'above', true], [6, 'below', true], [7, 'below', true]]);
    assert.ok(ref.targets[0].targetRange.start.line > 0);
    assert.ok(o.references.some((r: { kind: string; symbol: string }) => r.kind === 'document' && r.symbol === 'S/RES/2374 (2017)'));
    assert.deepEqual(o.artifacts, []);
  });

  it('rejects an unknown command with exit 2', () => {
    assert.equal(runCli('frobnicate').code, 2);
  });
});

describe('unres renumber and clean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unres-cli-'));

  it('prints the renumbered text, or writes it with --write, and reports dangling references', () => {
    const file = join(dir, 'bis.unres');
    const text = FIXTURE.replace('\n5. Decides that the strategic', '\n4 bis. Decides that the strategic').replace('paragraphs 3 to 5 above', 'paragraphs 3 to 4 bis above').replace('paragraph 6 (a) above', 'paragraph 12 above');
    writeFileSync(file, text);
    const printed = runCli('renumber', file);
    assert.equal(printed.code, 0);
    assert.match(printed.out, /\n5\. Decides that the strategic/);
    assert.match(printed.out, /paragraphs 3 to 5 above/);
    assert.match(printed.err, /reference to a paragraph that does not exist, left as it is: 12/);
    assert.equal(readFileSync(file, 'utf8'), text, 'printing leaves the file alone');
    assert.equal(runCli('renumber', '--write', file).code, 0);
    assert.equal(readFileSync(file, 'utf8'), printed.out);
  });

  it('never touches a file it cannot read as text', () => {
    const file = join(dir, 'broken.unres');
    const bytes = Buffer.concat([Buffer.from('The Security Council,\n\n2. Decides'), Buffer.from([0xff, 0xfe]), Buffer.from(';\n')]);
    writeFileSync(file, bytes);
    const r = runCli('renumber', '--write', file);
    assert.equal(r.code, 2);
    assert.match(r.err, /invalid UTF-8.*not rewritten/);
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('cleans up a PDF extraction', () => {
    const file = join(dir, 'pasted.txt');
    writeFileSync(file, ' The Security Council, \n\n 1. Decides to extend \n\n21-08828 14/18\n\nthe mandate; \n\n 2. Decides to remain seized of the matter. \n');
    assert.equal(runCli('clean', file).out, 'The Security Council,\n\n1. Decides to extend the mandate;\n\n2. Decides to remain seized of the matter.\n');
  });
});
