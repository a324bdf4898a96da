/**
 * A configured library through the built server: the first hover right after opening waits for the index
 * and shows the library's data, diagnostics that need the library come once it is indexed, the client is
 * told the library's status, and a library of several languages answers in the draft's language.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as rpc from 'vscode-languageserver-protocol/node';
import { positionOf, startClient, type Client } from '../helpers/lspClient';

const FIXTURES = join(__dirname, '../../../test/fixtures');

function copyOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'unres-lib-'));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

const value = (h: rpc.Hover | null): string => ((h?.contents as rpc.MarkupContent | undefined)?.value ?? '').replace(/\\/g, '');

interface Status {
  state: string;
  done?: number;
  total?: number;
  documents?: number;
  catalog?: number;
  paths?: string[];
}

describe('a configured library', function () {
  let client: Client;
  let dir: string;
  const statuses: Status[] = [];
  const DRAFT = 'The Security Council,\n\nRecalling its resolution 9002 (2026),\n\n1. Recalls paragraph 7 of resolution 9002 (2026);\n\n2. Decides to remain seized of the matter.\n';
  before(async () => {
    dir = copyOf('library');
    client = await startClient({ library: { paths: [dir] } });
    client.connection.onNotification('unres/libraryStatus', (s: Status) => void statuses.push(s));
  });
  after(async () => client.stop());

  it('answers the first hover after opening from the library, not with a request to add one', async () => {
    const uri = await client.open('first.unres', DRAFT);
    const h = value(await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(DRAFT, 'resolution 9002', 12) }));
    assert.match(h, /_The situation in the Republic of Arcadia_/);
    assert.match(h, /Adopted 12 March 2026, 9950th meeting; adopted unanimously\./);
    assert.match(h, /1\. Decides to establish a Panel of Experts on Arcadia;/);
    assert.doesNotMatch(h, /add a resolution library/i);
  });

  it('publishes the diagnostics that need the library once it is indexed', async () => {
    const uri = await client.open('paragraphs.unres', DRAFT);
    const deadline = Date.now() + 20000;
    let found: rpc.Diagnostic[] = [];
    while (found.length === 0 && Date.now() < deadline) {
      found = (client.diagnostics.get(uri) ?? []).filter((d) => d.code === 'ref/unknown-paragraph');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(found.map((d) => d.message), ['S/RES/9002 (2026) has no paragraph 7 (its operative paragraphs run 1–3).']);
  });

  it('tells the client the library is indexed, with its documents and the catalog’s', async () => {
    const deadline = Date.now() + 20000;
    while (!statuses.some((s) => s.state === 'ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const ready = statuses.find((s) => s.state === 'ready')!;
    assert.ok(ready.documents! >= 3, JSON.stringify(ready));
    assert.ok(ready.catalog! > 5000, JSON.stringify(ready));
    assert.deepEqual(ready.paths, [dir]);
    const indexing = statuses.filter((s) => s.state === 'indexing');
    assert.ok(indexing.length > 0 && indexing.at(-1)!.done === indexing.at(-1)!.total);
  });
});

describe('a library of several languages', function () {
  let client: Client;
  before(async () => {
    client = await startClient({ library: { paths: [copyOf('library-languages')] } });
  });
  after(async () => client.stop());

  const hoverAt = async (text: string, needle: string, delta: number): Promise<string> => {
    const uri = await client.open('draft.unres', text);
    return value(await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, delta) }));
  };

  it('shows a French draft the French paragraph, and jumps to the French file', async () => {
    const draft = 'Le Conseil de sécurité,\n\n1. Rappelle le paragraphe 2 de sa résolution 9010 (2026) ;\n\n2. Décide de rester saisi de la question.\n';
    assert.match(await hoverAt(draft, 'paragraphe 2', 11), /Paragraph 2: Prie la Mission d’observation de rendre compte du différend sur la pêche/);
    const article = 'Le Conseil de sécurité,\n\n1. Rappelle le paragraphe 3 de la résolution 9010 (2026) ;\n';
    assert.match(await hoverAt(article, 'paragraphe 3', 11), /Paragraph 3: Décide de rester saisi de la question\./);
    const uri = await client.open('draft-fr.unres', draft);
    const [link] = (await client.connection.sendRequest(rpc.DefinitionRequest.type, { textDocument: { uri }, position: positionOf(draft, 'paragraphe 2', 11) })) as rpc.LocationLink[];
    assert.match(link.targetUri, /French\/SC_9010_2026-F\.xml$/);
  });

  it('shows an English and a Spanish draft their own language', async () => {
    const en = 'The Security Council,\n\n1. Recalls paragraph 2 of resolution 9010 (2026);\n';
    assert.match(await hoverAt(en, 'paragraph 2', 10), /Paragraph 2: Requests the Observer Mission to report on the fishing dispute/);
    const es = 'El Consejo de Seguridad,\n\n1. Recuerda el párrafo 2 de su resolución 9010 (2026);\n';
    assert.match(await hoverAt(es, 'párrafo 2', 8), /Paragraph 2: Solicita a la Misión de Observación que informe sobre la controversia pesquera/);
  });

  it('reads a General Assembly folder: the cited paragraph of "resolution 99/7"; a session the catalog does not judge is not judged', async () => {
    const ga = 'The General Assembly,\n\nRecalling its resolution 99/9,\n\n1. Recalls paragraph 5 of resolution 99/7;\n';
    assert.match(await hoverAt(ga, 'paragraph 5', 10), /Paragraph 5: Decides to keep lighthouse safety under review/);
    // Opened after the index is ready (the hover waited for it): these diagnostics are final.
    const uri = await client.open('ga.unres', ga);
    assert.deepEqual((await client.waitForDiagnostics(uri)).filter((d) => String(d.code).startsWith('ref/')), []);
  });
});
