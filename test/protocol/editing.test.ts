/** Editing capabilities of the server over stdio: code actions, commands, rename, completion. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as rpc from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf, startClient, type Client } from '../helpers/lspClient';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');
const BIS = FIXTURE.replace('\n5. Decides that the strategic', '\n4 bis. Decides that the strategic').replace('\n6. Decides that the mandate', '\n5. Decides that the mandate');

function apply(text: string, edit: rpc.WorkspaceEdit): string {
  const change = edit.documentChanges![0] as rpc.TextDocumentEdit;
  return TextDocument.applyEdits(TextDocument.create('x', 'unres', 1, text), change.edits as rpc.TextEdit[]);
}

describe('language server editing', function () {
  let client: Client;
  before(async () => {
    client = await startClient();
  });
  after(async () => client.stop());

  it('offers quick fixes and renumbering as code actions', async () => {
    const text = FIXTURE.replace('paragraph 4 below;', 'paragraph 4 above;');
    const uri = await client.open('fix.unres', text);
    const diags = await client.waitForDiagnostics(uri);
    const d = diags.find((x) => x.code === 'xref/direction')!;
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as rpc.CodeAction[];
    const swap = actions.find((a) => a.title === "Change 'above' to 'below'")!;
    assert.equal(swap.kind, rpc.CodeActionKind.QuickFix);
    assert.equal(apply(text, swap.edit!), FIXTURE);
  });

  it('renumbers through the command as one workspace edit for the current version', async () => {
    const uri = await client.open('bis.unres', BIS);
    await client.waitForDiagnostics(uri);
    await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: 'unres.server.renumber', arguments: [uri] });
    const edit = client.applied.at(-1)!;
    assert.equal(edit.label, 'Renumber paragraphs');
    const change = edit.edit.documentChanges![0] as rpc.TextDocumentEdit;
    assert.equal(change.textDocument.version, 1);
    const out = apply(BIS, edit.edit);
    assert.match(out, /\n5\. Decides that the strategic[\s\S]*\n6\. Decides that the mandate/);
    assert.match(out, /paragraphs 2 above and 6 and 7 below/);
  });

  it('renames a paragraph and refuses clearly on a document reference', async () => {
    const uri = await client.open('rename.unres', FIXTURE);
    const prep = await client.connection.sendRequest(rpc.PrepareRenameRequest.type, { textDocument: { uri }, position: positionOf(FIXTURE, '\n4. Requests', 1) });
    assert.deepEqual((prep as { placeholder: string }).placeholder, '4');
    const edit = await client.connection.sendRequest(rpc.RenameRequest.type, { textDocument: { uri }, position: positionOf(FIXTURE, '\n4. Requests', 1), newName: '4 bis' });
    assert.match(apply(FIXTURE, edit!), /paragraph 4 bis below/);
    await assert.rejects(
      client.connection.sendRequest(rpc.PrepareRenameRequest.type, { textDocument: { uri }, position: positionOf(FIXTURE, 'S/PRST/2018/10', 2) }),
      /another document/,
    );
  });

  it('completes paragraph numbers after "paragraph "', async () => {
    const text = FIXTURE.replace('paragraph 4 below;', 'paragraph ');
    const uri = await client.open('complete.unres', text);
    const items = (await client.connection.sendRequest(rpc.CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'paragraph \n', 10) })) as rpc.CompletionItem[];
    assert.equal(items.length, 9);
    assert.equal((items.find((i) => i.label === '4')?.textEdit as rpc.TextEdit).newText, '4 below');
  });
});
