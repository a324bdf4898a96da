/** The built language server over stdio, driven by a real LSP client on the project's fixtures. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as rpc from 'vscode-languageserver-protocol/node';
import { positionOf, startClient, type Client } from '../helpers/lspClient';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');
const FAULTY = FIXTURE.replace('\n7. Authorizes', '\n17. Authorizes').replace('paragraph 4 below;', 'paragraph 4 above;').replace('paragraph 6 (a) above', 'paragraph 16 (a) above');

describe('language server over stdio', function () {
  let client: Client;
  let uri: string;
  before(async () => {
    client = await startClient();
    uri = await client.open('mandate.unres', FIXTURE);
  });
  after(async () => client.stop());

  const req = <P, R>(type: rpc.ProtocolRequestType<P, R, unknown, unknown, unknown>, params: P): Promise<R> => client.connection.sendRequest(type, params);
  const doc = () => ({ uri });

  it('publishes no problem on a clean draft, and coded diagnostics on a faulty one', async () => {
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
    const faulty = await client.open('faulty.unres', FAULTY);
    const diags = await client.waitForDiagnostics(faulty);
    const codes = diags.map((d) => d.code).sort();
    assert.deepEqual(codes, ['numbering/sequence', 'xref/direction', 'xref/unknown-target', 'xref/unknown-target']);
    const direction = diags.find((d) => d.code === 'xref/direction')!;
    assert.equal(direction.severity, rpc.DiagnosticSeverity.Error);
    assert.match(direction.message, /Paragraph 4 comes after this paragraph \(2\): write 'paragraph 4 below'/);
    assert.ok(direction.codeDescription?.href.endsWith('/docs/rules/xref-direction.md'));
    assert.equal(direction.relatedInformation?.[0].message, 'paragraph 4');
    assert.deepEqual(direction.range, { start: positionOf(FAULTY, 'paragraph 4 above', 12), end: positionOf(FAULTY, 'paragraph 4 above', 17) });
  });

  it('hovers an internal reference with the target paragraph and its heading', async () => {
    const h = await req(rpc.HoverRequest.type, { textDocument: doc(), position: positionOf(FIXTURE, 'paragraphs 2 above and 6', 24) });
    const value = (h?.contents as rpc.MarkupContent).value;
    assert.match(value, /\*\*Paragraph 6\*\* — _Strategic priorities_/);
    assert.match(value, /Decides that the mandate of UNSMA shall include the following priority tasks:/);
  });

  it('hovers a paragraph number with the paragraphs that cite it', async () => {
    const h = await req(rpc.HoverRequest.type, { textDocument: doc(), position: positionOf(FIXTURE, '\n4. Requests', 1) });
    assert.match((h?.contents as rpc.MarkupContent).value, /Cited by paragraphs 2, 3, 6\./);
  });

  it('hovers a document reference with its kind and official link', async () => {
    const h = await req(rpc.HoverRequest.type, { textDocument: doc(), position: positionOf(FIXTURE, 'S/PRST/2018/10', 3) });
    const value = (h?.contents as rpc.MarkupContent).value;
    assert.match(value, /Statement by the President of the Security Council/);
    assert.match(value, /\(https:\/\/undocs\.org\/en\/S\/PRST\/2018\/10\)/);
  });

  it('jumps from each number of a list, and from a sub-paragraph path to the sub-paragraph', async () => {
    const at = (needle: string, delta: number) => req(rpc.DefinitionRequest.type, { textDocument: doc(), position: positionOf(FIXTURE, needle, delta) }) as Promise<rpc.LocationLink[]>;
    const seven = await at('paragraphs 2 above and 6 and 7 below', 30);
    assert.equal(seven[0].targetSelectionRange.start.line, positionOf(FIXTURE, '\n7. Authorizes', 1).line);
    const two = await at('paragraphs 2 above and 6 and 7 below', 11);
    assert.equal(two[0].targetSelectionRange.start.line, positionOf(FIXTURE, '\n2. Urges', 1).line);
    const sub = await at('paragraph 4 (b) (i) above', 10);
    assert.equal(sub[0].targetSelectionRange.start.line, positionOf(FIXTURE, '(i) in the northern').line);
  });

  it('finds every place that cites a paragraph, and highlights them', async () => {
    const refs = await req(rpc.ReferencesRequest.type, { textDocument: doc(), position: positionOf(FIXTURE, '\n4. Requests', 1), context: { includeDeclaration: false } });
    assert.equal(refs?.length, 3);
    const hl = await req(rpc.DocumentHighlightRequest.type, { textDocument: doc(), position: positionOf(FIXTURE, '\n4. Requests', 1) });
    assert.equal(hl?.filter((h) => h.kind === rpc.DocumentHighlightKind.Read).length, 3);
    assert.equal(hl?.filter((h) => h.kind === rpc.DocumentHighlightKind.Write).length, 1);
  });

  it('outlines the document hierarchically', async () => {
    const symbols = (await req(rpc.DocumentSymbolRequest.type, { textDocument: doc() })) as rpc.DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['Resolution 9001 (2026)', 'Security Council', 'Preamble', 'Political process', 'Mandate of the Mission']);
    const mandate = symbols[4];
    assert.deepEqual(mandate.children?.map((c) => c.name), ['Strategic priorities', 'Other tasks']);
    assert.match(mandate.children![0].children![0].name, /^5\. Decides that the strategic priority/);
    const p4 = symbols[3].children!.find((c) => c.name.startsWith('4.'))!;
    assert.deepEqual(p4.children?.map((c) => c.name.slice(0, 3)), ['(a)', '(b)', '(c)']);
  });

  it('finds workspace symbols across open documents', async () => {
    const found = (await req(rpc.WorkspaceSymbolRequest.type, { query: 'Decides to extend' })) as rpc.SymbolInformation[];
    assert.ok(found.some((s) => s.location.uri === uri && s.name.startsWith('1. Decides to extend')));
  });

  it('folds the preamble, sections and paragraphs with sub-paragraphs', async () => {
    const folds = await req(rpc.FoldingRangeRequest.type, { textDocument: doc() });
    const preambleStart = positionOf(FIXTURE, 'Recalling its previous').line;
    assert.ok(folds?.some((f) => f.startLine === preambleStart));
    assert.ok(folds?.some((f) => f.startLine === positionOf(FIXTURE, '\n4. Requests', 1).line && f.endLine === positionOf(FIXTURE, '(c) Complete').line));
  });

  it('expands the selection from a word to the whole text', async () => {
    const [sel] = (await req(rpc.SelectionRangeRequest.type, { textDocument: doc(), positions: [positionOf(FIXTURE, 'northern', 2)] })) ?? [];
    const chain: rpc.Range[] = [];
    for (let s: rpc.SelectionRange | undefined = sel; s; s = s.parent) chain.push(s.range);
    assert.ok(chain.length >= 4);
    const first = chain[0];
    assert.equal(first.end.character - first.start.character, 'northern'.length);
  });

  it('links document references to their official pages', async () => {
    const links = (await req(rpc.DocumentLinkRequest.type, { textDocument: doc() })) ?? [];
    const targets = links.map((l) => l.target);
    for (const t of ['https://undocs.org/en/S/RES/2374(2017)', 'https://undocs.org/en/A/RES/75/1', 'https://undocs.org/en/S/PRST/2018/10', 'https://undocs.org/en/S/2021/519']) assert.ok(targets.includes(t), t);
  });

  it('colours the text with semantic tokens', async () => {
    const tokens = (await req(rpc.SemanticTokensRequest.type, { textDocument: doc() }))!;
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
    const types = new Set<number>();
    for (let i = 3; i < tokens.data.length; i += 5) types.add(tokens.data[i]);
    assert.ok(types.size >= 6, `token types used: ${[...types]}`);
  });

  it('shows "cited by" code lenses with the citing places', async () => {
    const lenses = (await req(rpc.CodeLensRequest.type, { textDocument: doc() })) ?? [];
    const p4 = lenses.find((l) => l.range.start.line === positionOf(FIXTURE, '\n4. Requests', 1).line);
    assert.equal(p4?.command?.title, 'cited by 3 paragraphs');
    assert.equal((p4?.command?.arguments?.[2] as unknown[]).length, 3);
  });

  it('survives positions out of range and unknown documents', async () => {
    assert.equal(await req(rpc.HoverRequest.type, { textDocument: doc(), position: { line: 99999, character: 5 } }), null);
    assert.equal(await req(rpc.HoverRequest.type, { textDocument: { uri: 'file:///nowhere.unres' }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await req(rpc.DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nowhere.unres' } }), []);
  });
});

describe('language server settings', () => {
  it('applies rule severities and reports unknown or ill-typed settings once', async () => {
    const client = await startClient({ rules: { 'numbering/sequence': 'off', 'xref/direction': 'warning', 'no/such-rule': 'error' }, maxFileSizeMB: 'big', colour: 'blue' });
    try {
      const uri = await client.open('faulty.unres', FAULTY);
      await new Promise((r) => setTimeout(r, 600));
      const diags = await client.waitForDiagnostics(uri);
      assert.ok(!diags.some((d) => d.code === 'numbering/sequence'));
      assert.equal(diags.find((d) => d.code === 'xref/direction')?.severity, rpc.DiagnosticSeverity.Warning);
      assert.ok(client.messages.some((m) => m.includes("unknown rule 'no/such-rule'")));
      assert.ok(client.messages.some((m) => m.includes('unres.maxFileSizeMB must be a positive number')));
      assert.ok(client.messages.some((m) => m.includes('unres.colour is not a setting')));
    } finally {
      await client.stop();
    }
  });
});

describe('language server without a debounce', () => {
  it('publishes the diagnostics of the latest version after a burst of edits', async () => {
    const client = await startClient({}, { initializationOptions: { debounceMs: 0 } });
    try {
      const uri = await client.open('burst.unres', FIXTURE);
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
      // Five edits sent at once: four indent paragraph 7, the last makes it paragraph 17. Only that text counts.
      const at = positionOf(FIXTURE, '\n7. Authorizes', 1);
      for (let version = 2; version <= 5; version++) {
        void client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: ' ' }] });
      }
      void client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 6 }, contentChanges: [{ text: FIXTURE.replace('\n7. Authorizes', '\n17. Authorizes') }] });
      const diags = await client.waitForDiagnostics(uri, 6);
      // 17 between 6 and 8 is one wrong number (8 is not flagged again), and what cited paragraph 7 now cites nothing.
      assert.deepEqual(diags.map((d) => d.code).sort(), ['numbering/sequence', 'xref/unknown-target']);
    } finally {
      await client.stop();
    }
  });
});
