/** The server on the PDF extraction of S/RES/2584 (2021), opened as `unres` (skips without the corpus). */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as rpc from 'vscode-languageserver-protocol/node';
import { TEXTS } from '../helpers/corpus';
import { positionOf, startClient, type Client } from '../helpers/lspClient';

const FILE = join(TEXTS, 'S-RES-2584-2021.pdf.txt');

describe('language server on S/RES/2584 (2021), PDF extraction', function () {
  let client: Client;
  let uri: string;
  let text: string;
  before(async function () {
    if (!existsSync(FILE)) {
      console.log(`      (skipped: ${FILE} is absent)`);
      this.skip();
    }
    text = readFileSync(FILE, 'utf8');
    client = await startClient();
    uri = await client.open('S-RES-2584-2021.pdf.txt', text);
  });
  after(async () => client?.stop());

  const lineOf = (needle: string) => positionOf(text, needle).line;

  it('reports no error', async () => {
    const diags = await client.waitForDiagnostics(uri);
    assert.deepEqual(diags.filter((d) => d.severity === rpc.DiagnosticSeverity.Error), []);
  });

  it('hovers "paragraph 61 below" in paragraph 43 with the text of paragraph 61, free of artifacts', async () => {
    const at = positionOf(text, 'paragraph 61 below', 11, text.indexOf(' 43. Authorizes'));
    const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: at });
    const value = (h?.contents as rpc.MarkupContent).value;
    assert.match(value, /\*\*Paragraph 61\*\*/);
    assert.match(value.replace(/\\/g, ''), /Requests the Secretary-General to report to the Security Council every three months/);
    assert.doesNotMatch(value, /undocs|21-08828|S\\\/RES\\\/2584/);
  });

  it('jumps from it to paragraph 61', async () => {
    const at = positionOf(text, 'paragraph 61 below', 11, text.indexOf(' 43. Authorizes'));
    const [link] = (await client.connection.sendRequest(rpc.DefinitionRequest.type, { textDocument: { uri }, position: at })) as rpc.LocationLink[];
    assert.equal(link.targetSelectionRange.start.line, lineOf(' 61. Requests the Secretary-General'));
  });

  it('finds the three paragraphs that cite paragraph 21 (22, 39 and 61)', async () => {
    const refs = (await client.connection.sendRequest(rpc.ReferencesRequest.type, { textDocument: { uri }, position: positionOf(text, ' 21. Decides', 1), context: { includeDeclaration: false } })) ?? [];
    const holders = refs.map((r) => {
      const before = text.split('\n').slice(0, r.range.start.line + 1).join('\n');
      return /\n\s(\d+)\. [A-Z][^\n]*(?:\n(?!\s\d+\. [A-Z]).*)*$/.exec(before)?.[1];
    });
    assert.deepEqual(holders, ['22', '39', '61']);
  });

  it('outlines the 63 operative paragraphs under their headings', async () => {
    const symbols = (await client.connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: { uri } })) as rpc.DocumentSymbol[];
    const ops: string[] = [];
    const walk = (s: rpc.DocumentSymbol[]): void => s.forEach((x) => (x.kind === rpc.SymbolKind.Number ? ops.push(x.name) : walk(x.children ?? [])));
    walk(symbols);
    assert.equal(ops.length, 63);
    const headings = symbols.filter((s) => s.kind === rpc.SymbolKind.Module).map((s) => s.name);
    assert.ok(headings[0].startsWith('Implementation of the Agreement'));
    assert.ok(headings.includes('Situation in Central Mali'));
    const mandate = symbols.find((s) => s.name === 'MINUSMA’s mandate');
    assert.ok(mandate && (mandate.children ?? []).some((c) => c.name === 'Priority tasks'));
    for (const name of ops) assert.doesNotMatch(name, /undocs|21-08828/);
  });
});
