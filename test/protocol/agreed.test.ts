/** The server's agreed-language commands over stdio, with a library written for the tests. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-languageserver-protocol/node';
import { positionOf, startClient, type Client } from '../helpers/lspClient';

const FIXTURES = join(__dirname, '../../../test/fixtures');
const LIBRARY = join(FIXTURES, 'agreed');
const DRAFT = readFileSync(join(FIXTURES, 'agreed-draft.unres'), 'utf8');

describe('agreed language over stdio', function () {
  this.timeout(60000);
  let client: Client;
  let uri: string;
  before(async () => {
    client = await startClient({ library: { paths: [LIBRARY] } });
    uri = await client.open('draft.unres', DRAFT);
    await client.waitForDiagnostics(uri);
  });
  after(async () => client.stop());

  const execute = <T>(command: string, ...args: unknown[]): Promise<T> => client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;

  it('finds the adopted wording of the paragraph at the cursor, with the replacement that keeps the draft’s ending', async () => {
    const at = positionOf(DRAFT, 'Urges all', 3);
    let r: { replace: rpc.Range; results: { symbol: string; paragraph: string; marked: string; replacement: string }[] } = { replace: rpc.Range.create(0, 0, 0, 0), results: [] };
    // The library is indexed after start-up.
    for (let i = 0; i < 50 && r.results.length === 0; i++) {
      r = await execute('unres.server.precedents', uri, { start: at, end: at });
      if (r.results.length === 0) await new Promise((x) => setTimeout(x, 200));
    }
    assert.deepEqual(r.results.map((x) => `${x.symbol} ${x.paragraph}`), ['S/RES/9150 (2025) 2', 'S/RES/9101 (2024) 2']);
    assert.equal(r.results[0].marked, '[-Urges-]{+Calls upon+} all parties to respect the ceasefire and to cooperate fully with [-the Mission-]{+UNVMF+} in the discharge of its mandate');
    assert.deepEqual(r.replace, { start: positionOf(DRAFT, 'Urges all'), end: positionOf(DRAFT, 'its mandate;', 12) });
    assert.equal(r.results[0].replacement, 'Calls upon all parties to respect the ceasefire and to cooperate fully with UNVMF in the discharge of its mandate;');
  });

  it('proposes the predecessor, compares, and then shows code lenses on the draft', async () => {
    const { candidates } = await execute<{ candidates: { symbol: string; uri: string }[] }>('unres.server.predecessors', uri);
    assert.equal(candidates[0].symbol, 'S/RES/9150 (2025)');
    assert.equal(candidates[0].uri, pathToFileURL(join(LIBRARY, 'S-RES-9150-2025.txt')).href);
    const c = await execute<{ title: string; html: string; paragraphs: { change: string }[] }>('unres.server.compare', uri, candidates[0].uri);
    assert.equal(c.title, 'Draft ↔ S/RES/9150 (2025)');
    assert.deepEqual(c.paragraphs.map((p) => p.change), ['changed', 'unchanged', 'added', 'changed', 'unchanged', 'moved', 'unchanged', 'unchanged']);
    assert.match(c.html, /<ins> 2027<\/ins>/);
    const lenses = await client.connection.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri } });
    const titles = (lenses ?? []).map((l) => l.command?.title);
    assert.ok(titles.includes('unchanged since 9150 (2025) ¶4'), titles.join('\n'));
    assert.ok(titles.includes('new since 9150 (2025)'));
  });

  it('answers a comparison with a file that is not there with an error, not a failure', async () => {
    const c = await execute<{ error: string }>('unres.server.compare', uri, pathToFileURL(join(LIBRARY, 'missing.txt')).href);
    assert.match(c.error, /missing\.txt: no such file/);
  });
});
