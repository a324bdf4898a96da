/** Requests whose answers grow with the text: semantic token deltas and ranges, lenses resolved on demand. */
import * as assert from 'node:assert/strict';
import * as rpc from 'vscode-languageserver-protocol/node';
import { startClient, type Client } from '../helpers/lspClient';

/** An operative body of `n` paragraphs, each from the second on citing the one before it. */
function body(n: number): string {
  const paragraphs = Array.from({ length: n }, (_, i) => `${i + 1}. Requests the Secretary-General to report${i > 0 ? ` on paragraph ${i} above` : ''};`);
  return `The Security Council,\n\nRecalling its resolution 2374 (2017),\n\n${paragraphs.join('\n\n')}\n`;
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

  it('sends many code lenses without their citing places and resolves each on demand', async () => {
    const uri = await client.open('lenses.unres', body(800));
    await client.waitForDiagnostics(uri);
    const lenses = await client.connection.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri } });
    assert.equal(lenses?.length, 799);
    assert.ok(lenses!.every((l) => l.command === undefined));
    const resolved = await client.connection.sendRequest(rpc.CodeLensResolveRequest.type, lenses![9]);
    assert.equal(resolved.command?.title, 'cited by 1 paragraph');
    const places = resolved.command?.arguments?.[2] as rpc.Location[];
    assert.deepEqual(places.map((p) => [p.uri, p.range.start.line]), [[uri, 4 + 2 * 10]]);
  });
});
