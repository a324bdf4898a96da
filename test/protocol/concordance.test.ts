/** The concordance command of the built server: a version checked against an original, open or on disk. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-languageserver-protocol/node';
import { startClient, type Client } from '../helpers/lspClient';

const ENGLISH = `The Security Council,

Recalling its resolutions 2441 (2018) and 2509 (2020),

1. Decides to extend until 30 June 2022 the mandate of the Panel;
`;

const FRENCH = `Le Conseil de sécurité,

Rappelant ses résolutions 2241 (2018) et 2509 (2020),

1. Décide de proroger jusqu’au 30 juin 2022 le mandat du Groupe ;
`;

describe('language server: check against another language version', function () {
  let client: Client;
  before(async () => {
    client = await startClient();
  });
  after(async () => client.stop());

  const run = (version: string, original: string) =>
    client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: 'unres.server.concordance', arguments: [version, original] }) as Promise<rpc.Diagnostic[]>;

  it('answers with diagnostics on the version that point at the original, read from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-concordance-'));
    const file = join(dir, 'en.unres');
    writeFileSync(file, ENGLISH);
    const original = pathToFileURL(file).href;
    const version = await client.open('fr.unres', FRENCH);
    const [d, ...rest] = await run(version, original);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'concordance/citation');
    assert.ok(d.codeDescription?.href.endsWith('/docs/rules/concordance-citation.md'));
    assert.equal(d.message, 'Cites S/RES/2241 (2018) where the original cites S/RES/2441 (2018).');
    assert.deepEqual(d.range, { start: { line: 2, character: 26 }, end: { line: 2, character: 37 } });
    assert.deepEqual(d.relatedInformation?.[0].location, { uri: original, range: { start: { line: 2, character: 26 }, end: { line: 2, character: 37 } } });
  });

  it('answers nothing when the versions agree, and warns when the original cannot be read', async () => {
    const original = await client.open('en.unres', ENGLISH);
    const version = await client.open('fr-ok.unres', FRENCH.replace('2241', '2441'));
    assert.deepEqual(await run(version, original), []);
    assert.deepEqual(await run(version, 'untitled:nothing'), []);
    assert.ok(client.messages.some((m) => /untitled:nothing is not open and not a file/.test(m)));
  });
});

describe('language server: messages in the user’s language', function () {
  for (const [name, options] of [
    ['the locale of initialize', { locale: 'fr-FR' }],
    ['initializationOptions.locale', { initializationOptions: { locale: 'fr' } }],
  ] as const) {
    it(`publishes French diagnostics with ${name}`, async () => {
      const client = await startClient({}, options);
      try {
        const uri = await client.open('brouillon.unres', 'Le Conseil de sécurité,\n\nRappelant ses résolutions,\n\n1. Décide ;\n\n3. Prie ;\n');
        const [d] = (await client.waitForDiagnostics(uri)).filter((x) => x.code === 'numbering/sequence');
        assert.equal(d.message, 'Paragraphe 2 attendu, paragraphe 3 trouvé : le paragraphe 2 manque.');
        assert.equal(d.relatedInformation?.[0].message, 'paragraphe précédent 1');
      } finally {
        await client.stop();
      }
    });
  }
});
