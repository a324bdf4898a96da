/** The library on the UN's XML repository layout and catalog (skips without ../shared/corpus). */
import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import * as rpc from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core/analysis';
import { scYearOf } from '../../server/src/core/scYears';
import { parseCsvCatalog } from '../../server/src/library/catalog';
import { parse as parseCsv } from 'csv-parse/sync';
import { ResolutionLibrary } from '../../server/src/library';
import { CATALOG, TEXTS, UNXML, listFiles, skipWithoutCorpus } from '../helpers/corpus';
import { positionOf, startClient, type Client } from '../helpers/lspClient';

describe('corpus: the table of resolution years', function () {
  before(function () {
    skipWithoutCorpus(this, CATALOG);
  });
  it('gives every resolution number in the catalog the year the catalog gives', () => {
    const rows = parseCsv(readFileSync(CATALOG, 'utf8'), { columns: true }) as { number: string; year: string; adoption_date: string }[];
    assert.ok(rows.length > 2800);
    // Three rows give a year that contradicts their own adoption date (207 was adopted on 10 August 1965,
    // 770 and 771 on 13 August 1992); the table follows the adoption date there.
    const catalogErrata = new Set(['207', '770', '771']);
    const wrong = rows.filter((r) => {
      const adopted = Number(/\d{4}$/.exec(r.adoption_date)?.[0]);
      const year = catalogErrata.has(r.number) ? adopted : Number(r.year);
      return scYearOf(Number(r.number)) !== year;
    });
    assert.deepEqual(wrong.map((r) => r.number), []);
    for (const n of catalogErrata) {
      const r = rows.find((x) => x.number === n)!;
      assert.notEqual(r.year, /\d{4}$/.exec(r.adoption_date)?.[0], `${n}: the catalog erratum is gone; drop it from the list`);
    }
    assert.ok(parseCsvCatalog(readFileSync(CATALOG, 'utf8')).records.length === rows.length);
  });
});

describe('corpus: UNxml-SCresolutions as the library', function () {
  let library: ResolutionLibrary;
  before(async function () {
    skipWithoutCorpus(this, UNXML);
    library = new ResolutionLibrary();
    const report = await library.index([UNXML]);
    assert.deepEqual(report.malformed, []);
  });

  it('holds every resolution of the repository with its metadata', () => {
    const d = library.get('S/RES/2374 (2017)');
    assert.equal(d?.subject, 'The situation in Mali');
    assert.equal(d?.date, '5 September 2017');
    assert.equal(d?.meeting, '8040th meeting');
    assert.ok(library.maxScNumber >= 2825);
  });

  it('raises no ref/* error on any text of the corpus', () => {
    const errors: string[] = [];
    for (const file of listFiles(TEXTS, '.txt')) {
      const text = readFileSync(file, 'utf8');
      for (const d of analyze(text, { library }).diagnostics) {
        if (d.code.startsWith('ref/') && d.severity === 'error' && !(d.code === 'ref/year-mismatch' && text.slice(d.span.start - 6, d.span.end) === '2161 (2015')) errors.push(`${file}: ${d.message}`);
      }
    }
    assert.deepEqual(errors, []);
  });
});

describe('corpus: the server with UNxml-SCresolutions as library', function () {
  let client: Client;
  let text: string;
  let uri: string;
  before(async function () {
    skipWithoutCorpus(this, UNXML);
    text = readFileSync(join(TEXTS, 'S-RES-2584-2021.pdf.txt'), 'utf8');
    client = await startClient({ library: { paths: [UNXML] } }, { capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
    client.connection.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => null);
    uri = await client.open('S-RES-2584-2021.pdf.txt', text);
    // Wait for the library: hover until the subject shows up.
    const deadline = Date.now() + 30000;
    for (;;) {
      const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'resolution 2374 (2017)', 12) });
      if (/Mali/.test((h?.contents as rpc.MarkupContent | undefined)?.value ?? '') || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 300));
    }
  });
  after(async () => client?.stop());

  it('hovers "resolution 2374 (2017)" with its date, meeting and subject', async () => {
    const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'resolution 2374 (2017)', 12) });
    const value = (h?.contents as rpc.MarkupContent).value;
    assert.match(value, /5 September 2017, 8040th meeting/);
    assert.match(value, /The situation in Mali/);
  });

  it('jumps from "paragraph 13 of resolution 2391 (2017)" to that paragraph in the XML', async () => {
    const [link] = (await client.connection.sendRequest(rpc.DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'paragraph 13 of resolution 2391', 10) })) as rpc.LocationLink[];
    assert.match(link.targetUri, /S_RES_2391_.*\.xml$/);
    const xml = readFileSync(new URL(link.targetUri), 'utf8').split('\n');
    const element = xml.slice(link.targetRange.start.line, link.targetRange.start.line + 6).join('\n');
    assert.match(element, /<num>13\.<\/num>/);
    const after = xml.slice(link.targetRange.start.line, link.targetRange.start.line + 12).join(' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    assert.match(after, /Requests in this context the Secretary-General to take appropriate steps to conclude as soon as possible a technical agreement/);
  });

  it('hovers "paragraph 13 of resolution 2391 (2017)" with the text of that paragraph', async () => {
    const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'paragraph 13 of resolution 2391', 20) });
    assert.match((h?.contents as rpc.MarkupContent).value.replace(/\\/g, ''), /Paragraph 13: Requests in this context the Secretary-General/);
  });

  it('finds indexed resolutions among the workspace symbols', async () => {
    const found = (await client.connection.sendRequest(rpc.WorkspaceSymbolRequest.type, { query: 'S/RES/2391 (2017)' })) as rpc.SymbolInformation[];
    assert.ok(found.some((s) => s.containerName === 'library' && /S_RES_2391_.*\.xml$/.test(s.location.uri)), JSON.stringify(found.slice(0, 3)));
  });

  it('completes "resolution " with library entries and their subjects', async () => {
    const draft = 'The Security Council,\n\n1. Recalls resolution 237\n';
    const d = await client.open('complete.unres', draft);
    const items = (await client.connection.sendRequest(rpc.CompletionRequest.type, { textDocument: { uri: d }, position: { line: 2, character: 25 } })) as rpc.CompletionItem[];
    const item = items.find((i) => i.label === '2374 (2017)');
    assert.equal(item?.detail, 'The situation in Mali');
  });
});

describe('corpus: the online catalog over a loopback HTTP server', function () {
  let server: Server;
  let base: string;
  let client: Client;
  const requested: string[] = [];
  before(async function () {
    skipWithoutCorpus(this, UNXML);
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      const file = join(UNXML, decodeURIComponent((req.url ?? '').replace(/^\/+/, '')));
      if (!file.startsWith(UNXML) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = await startClient({ library: { onlineCatalog: true, onlineCatalogUrl: base } });
  });
  after(async () => {
    await client?.stop();
    server?.close();
  });

  it('fetches the year file of a cited resolution and sends no document text', async () => {
    const draft = 'The Security Council,\n\n1. Recalls resolution 2374 (2017) on the secret matter of Arcadia;\n\n2. Decides to remain seized of the matter.\n';
    const uri = await client.open('online.unres', draft);
    await client.waitForDiagnostics(uri);
    const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(draft, '2374', 1) });
    assert.match((h?.contents as rpc.MarkupContent).value, /5 September 2017, 8040th meeting/);
    assert.deepEqual(requested, ['/data_extract/2017.json']);
  });
});
