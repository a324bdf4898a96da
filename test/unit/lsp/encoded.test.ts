/** Answers encoded once per document version and written again as they are (the stdio writer's encoder). */
import * as assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { asciiJson, encodeOnce, jsonEncoder } from '../../../server/src/lsp/encoded';

const OPTIONS = { charset: 'utf-8' as const };
const encode = async (msg: object): Promise<string> => Buffer.from(await jsonEncoder.encode(msg as Message, OPTIONS)).toString('utf8');

describe('encoded answers', () => {
  it('writes JSON with every character beyond ASCII escaped, which parses back to the same value', () => {
    const value = { name: '17. Décide… “mandat” 上文第21段 😀 \u007f', lone: '\ud800', n: [1, 2] };
    const json = asciiJson(value);
    assert.match(json, /^[\x20-\x7e]*$/);
    assert.deepEqual(JSON.parse(json), value);
  });

  it('splices a marked answer into each response, encoded on the first only', async () => {
    const answer = encodeOnce([{ name: 'Préambule', kind: 3 }]);
    const first = await encode({ jsonrpc: '2.0', id: 7, result: answer });
    assert.deepEqual(JSON.parse(first), { jsonrpc: '2.0', id: 7, result: answer });
    // The bytes are kept: a change to the object (never made by the server) does not show.
    answer[0].kind = 4;
    assert.deepEqual(JSON.parse(await encode({ jsonrpc: '2.0', id: 'x', result: answer })), { jsonrpc: '2.0', id: 'x', result: [{ name: 'Préambule', kind: 3 }] });
  });

  it('encodes other messages as they are', async () => {
    for (const msg of [{ jsonrpc: '2.0', id: 1, result: [{ a: 'é' }] }, { jsonrpc: '2.0', id: 2, result: null }, { jsonrpc: '2.0', method: 'x', params: { b: 1 } }, { jsonrpc: '2.0', id: 3, error: { code: 1, message: 'm' } }]) {
      assert.deepEqual(JSON.parse(await encode(msg)), msg);
    }
  });
});
