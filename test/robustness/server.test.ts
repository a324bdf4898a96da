/** The server never crashes or hangs on hostile use: closed documents, cancellation, binary and huge input, bad library files. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as rpc from 'vscode-languageserver-protocol/node';
import { startClient } from '../helpers/lspClient';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');

describe('server robustness', function () {
  it('answers requests on a document closed meanwhile, and cancelled requests, and stays up', async () => {
    const client = await startClient();
    try {
      const uri = await client.open('closing.unres', FIXTURE);
      const pending = client.connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: { uri } });
      await client.connection.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      await pending;
      assert.deepEqual(await client.connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: { uri } }), []);
      const source = new rpc.CancellationTokenSource();
      const uri2 = await client.open('cancel.unres', FIXTURE);
      const cancelled = client.connection.sendRequest(rpc.SemanticTokensRequest.type, { textDocument: { uri: uri2 } }, source.token);
      source.cancel();
      await cancelled.catch(() => undefined);
      const h = await client.connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: { uri: uri2 } });
      assert.ok(Array.isArray(h) && h.length > 0, 'still serving after a cancellation');
    } finally {
      await client.stop();
    }
  });

  it('handles binary content and degrades above the size limit with one clear message', async () => {
    const client = await startClient({ maxFileSizeMB: 1 });
    try {
      const binary = await client.open('binary.unres', '\u0000\u0001PNG\u0000\uFFFD'.repeat(1000));
      assert.ok(Array.isArray(await client.waitForDiagnostics(binary)));
      const huge = 'The Security Council,\n\n' + '1. Decides that paragraph 2 below applies;\n\n'.repeat(50000);
      const big = await client.open('huge.unres', huge);
      assert.deepEqual(await client.waitForDiagnostics(big), []);
      assert.equal(client.messages.filter((m) => m.includes('is larger than 1 MB')).length, 1);
      assert.deepEqual(await client.connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: { uri: big } }), []);
      const ok = await client.open('ok.unres', FIXTURE);
      assert.deepEqual(await client.waitForDiagnostics(ok), []);
    } finally {
      await client.stop();
    }
  });

  it('takes a 50 MB document at the default limit: one message, empty answers, edits accepted, nothing else affected', async () => {
    const client = await startClient();
    try {
      const paragraph = '1. Decides that the measures set out in paragraph 2 below shall apply to every vessel;\n\n';
      const huge = 'The Security Council,\n\n' + paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length));
      assert.ok(huge.length > 50 * 1024 * 1024);
      const uri = await client.open('fifty.unres', huge);
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
      assert.equal(client.messages.filter((m) => m.includes('fifty.unres is larger than 5 MB')).length, 1);
      const position = { line: 2, character: 40 };
      assert.equal(await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position }), null);
      assert.deepEqual(await client.connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: { uri } }), []);
      await client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: position, end: position }, text: 'also ' }],
      });
      assert.deepEqual(await client.connection.sendRequest(rpc.FoldingRangeRequest.type, { textDocument: { uri } }), []);
      assert.equal(client.messages.filter((m) => m.includes('is larger than')).length, 1, 'the message is not repeated on edits');
      const ok = await client.open('ok-after-huge.unres', FIXTURE.replace('paragraph 4 below', 'paragraph 40 below'));
      assert.ok((await client.waitForDiagnostics(ok)).some((d) => d.code === 'xref/unknown-target'));
    } finally {
      await client.stop();
    }
  });

  it('names malformed library files in one warning and keeps the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-badlib-'));
    writeFileSync(join(dir, 'broken.xml'), '<akomaNtoso><p>unclosed');
    writeFileSync(join(dir, 'broken.json'), '{not json\n');
    writeFileSync(join(dir, 'broken.csv'), 'a,b\n1,2\n');
    writeFileSync(join(dir, 'good.csv'), 'number,symbol,year,adoption_date,meeting,agenda_or_topic,title,vote,source\n9001,S/RES/9001 (2026),2026,30 June 2026,S/PV.9990,The situation in Arcadia,,adopted unanimously,test\n');
    const client = await startClient({ library: { paths: [dir, join(dir, 'missing-folder')] } });
    try {
      const uri = await client.open('draft.unres', FIXTURE);
      const deadline = Date.now() + 20000;
      while (!client.messages.some((m) => m.includes('could not be read')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const warnings = client.messages.filter((m) => m.includes('could not be read'));
      assert.equal(warnings.length, 1);
      for (const name of ['broken.xml', 'broken.json', 'broken.csv']) assert.ok(warnings[0].includes(name), `${name} named`);
      assert.ok(client.messages.some((m) => m.includes('missing-folder does not exist')));
      const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.equal(h, null);
    } finally {
      await client.stop();
    }
  });
});
