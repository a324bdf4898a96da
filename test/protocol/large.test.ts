/** Requests whose answers grow with the text: semantic token deltas and ranges, lenses resolved on demand, folds within the client's limit. */
import * as assert from 'node:assert/strict';
import * as rpc from 'vscode-languageserver-protocol/node';
import { startClient, type Client } from '../helpers/lspClient';

/** An operative body of `n` paragraphs, each from the second on citing the one before it. */
function body(n: number): string {
  const paragraphs = Array.from({ length: n }, (_, i) => `${i + 1}. Requests the Secretary-General to report${i > 0 ? ` on paragraph ${i} above` : ''};`);
  return `The Security Council,\n\nRecalling its resolution 2374 (2017),\n\n${paragraphs.join('\n\n')}\n`;
}

/** `sections` headed parts of `paragraphs` paragraphs, each with two sub-paragraphs: folds on three levels. */
function sectioned(sections: number, paragraphs: number): string {
  const part = (s: number): string =>
    `Part ${s + 1} of the measures\n\n` + Array.from({ length: paragraphs }, (_, i) => `${s * paragraphs + i + 1}. Requests the Secretary-General to report:\n\n(a) On the first matter;\n\n(b) On the second matter;`).join('\n\n');
  return `The Security Council,\n\nRecalling its resolution 2374 (2017),\n\nNoting the report of the Secretary-General,\n\n${Array.from({ length: sections }, (_, s) => part(s)).join('\n\n')}\n`;
}

/** Protocol token data as absolute (line, character, length, type) tuples. */
function absolute(data: readonly number[]): number[][] {
  const out: number[][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    line += data[i];
    out.push([line, char, data[i + 2], data[i + 3]]);
  }
  return out;
}

describe('language server on answers that grow with the text', function () {
  let client: Client;
  before(async () => {
    client = await startClient({}, { initializationOptions: { debounceMs: 0 } });
  });
  after(async () => client.stop());

  it('sends semantic tokens as edits of the previous result, and for a range of lines', async () => {
    const text = body(40);
    const uri = await client.open('tokens.unres', text);
    const first = (await client.connection.sendRequest(rpc.SemanticTokensRequest.type, { textDocument: { uri } }))!;
    assert.ok(first.resultId);
    // Insert a paragraph citing paragraph 3 before the last one: tokens change in the middle and shift after.
    const at = { line: text.split('\n').length - 3, character: 0 };
    await client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: '40. Recalls paragraph 3 above;\n\n' }],
    });
    await client.waitForDiagnostics(uri, 2);
    const delta = (await client.connection.sendRequest(rpc.SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: first.resultId ?? '' })) as rpc.SemanticTokensDelta;
    assert.ok(delta.edits.length > 0 && delta.resultId !== first.resultId);
    const patched = [...first.data];
    for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
    const full = (await client.connection.sendRequest(rpc.SemanticTokensRequest.type, { textDocument: { uri } }))!;
    assert.deepEqual(patched, full.data);
    // An unknown previous result gets the whole data.
    const unknown = (await client.connection.sendRequest(rpc.SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: 'nope' })) as rpc.SemanticTokens;
    assert.deepEqual(unknown.data, full.data);
    const range = (await client.connection.sendRequest(rpc.SemanticTokensRangeRequest.type, { textDocument: { uri }, range: { start: { line: 20, character: 0 }, end: { line: 30, character: 0 } } }))!;
    const inRange = absolute(full.data).filter(([line]) => line >= 20 && line <= 30);
    assert.ok(inRange.length > 0);
    assert.deepEqual(absolute(range.data), inRange);
  });

  it('sends many code lenses without their citing places and resolves each on demand, as when they are few', async () => {
    const text = body(800);
    const uri = await client.open('lenses.unres', text);
    const other = await client.open('lenses-too.unres', text.replace('on paragraph 11 above', 'on paragraphs 10 and 11 above'));
    await client.waitForDiagnostics(uri);
    const lenses = (await client.connection.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri } }))!;
    const others = (await client.connection.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri: other } }))!;
    assert.equal(lenses.length, 799);
    // Each carries one number, never 0 (vscode-languageclient leaves out data that is falsy), and no command.
    assert.ok([...lenses, ...others].every((l) => l.command === undefined && typeof l.data === 'number' && l.data > 0));
    assert.equal(new Set([...lenses, ...others].map((l) => l.data)).size, lenses.length + others.length);
    const resolved = await Promise.all(lenses.map((l) => client.connection.sendRequest(rpc.CodeLensResolveRequest.type, l)));
    // Paragraph n + 1 cites paragraph n: each lens, on the line of its paragraph, opens the one citing place.
    resolved.forEach((r, i) => {
      const line = 4 + 2 * i;
      assert.deepEqual(r.range, lenses[i].range);
      assert.equal(r.range.start.line, line);
      assert.deepEqual(r.command, { title: 'cited by 1 paragraph', command: 'unres.showReferences', arguments: [uri, r.range.start, [{ uri, range: { start: { line: line + 2, character: text.split('\n')[line + 2].indexOf(`paragraph ${i + 1} above`) + 10 }, end: { line: line + 2, character: text.split('\n')[line + 2].indexOf(`paragraph ${i + 1} above`) + 10 + String(i + 1).length } } }]] });
    });
    // The same lens in the other document is resolved from that document.
    const tenth = await client.connection.sendRequest(rpc.CodeLensResolveRequest.type, others[9]);
    assert.equal(tenth.command?.title, 'cited by 2 paragraphs');
    // As a few lenses are sent: the same titles and commands, resolved at once.
    const few = await client.open('few-lenses.unres', body(40));
    const inline = (await client.connection.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri: few } }))!;
    assert.deepEqual(
      inline.map((l) => l.command),
      resolved.slice(0, 39).map((r) => ({ ...r.command, arguments: [few, r.command?.arguments?.[1], (r.command?.arguments?.[2] as rpc.Location[]).map((p) => ({ ...p, uri: few }))] })),
    );
    // A lens of an older version is not resolved.
    await client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
    await client.waitForDiagnostics(uri, 2);
    assert.equal((await client.connection.sendRequest(rpc.CodeLensResolveRequest.type, lenses[9])).command, undefined);
  });

  it("sends at most the client's number of folding ranges, the outermost ones, as VS Code keeps them", async () => {
    // 1 + 3 folds on the first level (preamble, parts), 60 paragraphs on the second; sub-paragraphs fold nothing.
    const text = sectioned(3, 20);
    const all = (await client.connection.sendRequest(rpc.FoldingRangeRequest.type, { textDocument: { uri: await client.open('folds.unres', text) } }))!;
    assert.equal(all.length, 64);
    const limited = await startClient({}, { capabilities: { textDocument: { foldingRange: { rangeLimit: 30, lineFoldingOnly: true } } } });
    try {
      const folds = (await limited.connection.sendRequest(rpc.FoldingRangeRequest.type, { textDocument: { uri: await limited.open('folds.unres', text) } }))!;
      assert.equal(folds.length, 30);
      const key = (f: rpc.FoldingRange): string => `${f.startLine}-${f.endLine}-${f.kind}`;
      const outermost = all.filter((f) => !all.some((g) => g !== f && g.startLine <= f.startLine && g.endLine >= f.endLine));
      assert.equal(outermost.length, 4);
      // Every outermost fold, then the first paragraphs' folds in the order of the text.
      const nested = all.filter((f) => !outermost.includes(f)).sort((a, b) => a.startLine - b.startLine);
      assert.deepEqual(new Set(folds.map(key)), new Set([...outermost, ...nested.slice(0, 26)].map(key)));
    } finally {
      await limited.stop();
    }
  });
});
