/**
 * Edits sent as ranges reach the server's incremental analysis as offsets: after each one, the diagnostics
 * (ranges included, through the moved line index) are those of the same text opened afresh.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
});
