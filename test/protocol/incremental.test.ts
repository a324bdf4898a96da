/**
 * Edits sent as ranges reach the server's incremental analysis as offsets: after each one, the diagnostics
 * (ranges included, through the moved line index) are those of the same text opened afresh. A request
 * that waits while the document changes answers ContentModified: the analysis it started with has moved on.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as rpc from 'vscode-languageserver-protocol/node';
import { positionOf, startClient } from '../helpers/lspClient';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');

/** One change: `cut` characters after the first `anchor` (after `delta` more) replaced by `text`. */
interface Edit {
  readonly anchor: string;
  readonly delta: number;
  readonly cut: number;
  readonly text: string;
}

function apply(text: string, e: Edit): { text: string; change: rpc.TextDocumentContentChangeEvent } {
  const at = text.indexOf(e.anchor) + e.delta;
  const range = { start: positionOf(text, e.anchor, e.delta), end: positionOf(text, e.anchor, e.delta + e.cut) };
  return { text: text.slice(0, at) + e.text + text.slice(at + e.cut), change: { range, text: e.text } };
}

/** Versions, each one or more changes: typing inside paragraphs, a label written over, a paragraph split and a line joined. */
const VERSIONS: readonly (readonly Edit[])[] = [
  [{ anchor: 'to take the', delta: 3, cut: 0, text: 'x' }],
  [
    { anchor: 'to xtake the', delta: 3, cut: 1, text: 'swiftly ' },
    { anchor: 'Requests the Government', delta: 9, cut: 0, text: 'also ' },
  ],
  [{ anchor: '(b) Establish', delta: 1, cut: 1, text: 'c' }],
  [{ anchor: 'Establish the interim', delta: 10, cut: 0, text: ' see paragraph 3 above;\n\n(d)' }],
  [{ anchor: '\n(ii) in the central', delta: 0, cut: 1, text: ' ' }],
  [{ anchor: 'take the following', delta: 0, cut: 0, text: 'paragraph 99 above ' }],
];

describe('language server with edits given as ranges', () => {
  it('publishes after each version the diagnostics of its text opened afresh', async () => {
    const client = await startClient({}, { initializationOptions: { debounceMs: 0 } });
    try {
      const uri = await client.open('edited.unres', FIXTURE);
      await client.waitForDiagnostics(uri);
      let text = FIXTURE;
      let version = 1;
      for (const edits of VERSIONS) {
        const contentChanges: rpc.TextDocumentContentChangeEvent[] = [];
        for (const e of edits) {
          const next = apply(text, e);
          contentChanges.push(next.change);
          text = next.text;
        }
        version++;
        await client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
        const edited = await client.waitForDiagnostics(uri, version);
        const fresh = await client.open(`fresh-${version}.unres`, text);
        // Related places name their document: the fresh one's stand for the edited one's.
        const expected = JSON.stringify(await client.waitForDiagnostics(fresh)).split(fresh).join(uri);
        assert.deepEqual(edited, JSON.parse(expected), `version ${version}`);
      }
    } finally {
      await client.stop();
    }
  });

  it('answers ContentModified to a hover that waited for the library while the document changed', async () => {
    const settings: { library: { paths: string[] } } = { library: { paths: [] } };
    const capabilities: rpc.ClientCapabilities = { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: [rpc.MarkupKind.Markdown] } } };
    const client = await startClient(settings, { capabilities, initializationOptions: { debounceMs: 0 } });
    try {
      const draft = 'The Security Council,\n\nRecalling its resolution 9002 (2026),\n\n1. Recalls paragraph 7 of resolution 9002 (2026);\n\n2. Decides to remain seized of the matter.\n';
      const uri = await client.open('waiting.unres', draft);
      const at = { textDocument: { uri }, position: positionOf(draft, 'resolution 9002', 12) };
      // Once the first hover is answered, the library of no folders is indexed.
      await client.connection.sendRequest(rpc.HoverRequest.type, at);
      // A library configured now is indexed after the client creates the progress: until then hovers on citations wait.
      let release = (): void => undefined;
      const held = new Promise<null>((r) => (release = () => r(null)));
      const indexing = new Promise<void>((started) => client.connection.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => (started(), held)));
      const dir = mkdtempSync(join(tmpdir(), 'unres-lib-'));
      cpSync(join(__dirname, '../../../test/fixtures/library'), dir, { recursive: true });
      settings.library.paths = [dir];
      await client.connection.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: null });
      await indexing;
      const hover = client.connection.sendRequest(rpc.HoverRequest.type, at).then(
        () => null,
        (e: unknown) => e,
      );
      const change = { range: { start: positionOf(draft, 'Recalls'), end: positionOf(draft, 'Recalls') }, text: 'also ' };
      await client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [change] });
      await client.waitForDiagnostics(uri, 2);
      release();
      const error = await hover;
      assert.ok(error instanceof rpc.ResponseError, `the hover answered ${JSON.stringify(error)}`);
      assert.equal(error.code, rpc.LSPErrorCodes.ContentModified);
      // Asked again, on the version the client now has, it answers from the library.
      const text = draft.replace('Recalls', 'also Recalls');
      const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'resolution 9002', 12) });
      assert.match(JSON.stringify(h), /The situation in the Republic of Arcadia/);
    } finally {
      await client.stop();
    }
  });
});
