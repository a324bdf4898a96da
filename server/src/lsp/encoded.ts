/**
 * Answers that stay the same for every request on a document version (outline, folding ranges, code
 * lenses, semantic tokens) are encoded to JSON once and their bytes written again as they are: on a large
 * text, encoding took longer than everything else the server does for such a request. Over stdio the
 * message writer splices the bytes into each response; over IPC Node serialises every message itself, and
 * the answer goes as any other.
 */
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

/** The bytes of each answer marked with `encodeOnce`, null until its first response. */
const encoded = new WeakMap<object, Buffer | null>();

/** Marks an answer that will not change: it is encoded on its first response only. */
export function encodeOnce<T extends object>(answer: T): T {
  if (!encoded.has(answer)) encoded.set(answer, null);
  return answer;
}

/**
 * JSON with every character beyond ASCII escaped (`\u2026`): the client reads a one-byte string, which
 * decodes and parses about a third faster than UTF-8 holding a few typographic marks.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const END = Buffer.from('}');

/** The `application/json` encoder of the stdio writer: encoded answers are reused, the rest is encoded as usual. */
export const jsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message): Promise<Uint8Array> {
    const { id, result } = msg as { id?: unknown; result?: unknown };
    if (typeof result !== 'object' || result === null || !encoded.has(result)) return Promise.resolve(Buffer.from(JSON.stringify(msg), 'utf8'));
    let bytes = encoded.get(result);
    if (!bytes) encoded.set(result, (bytes = Buffer.from(asciiJson(result), 'latin1')));
    return Promise.resolve(Buffer.concat([Buffer.from(`{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"id":${JSON.stringify(id)},"result":`, 'latin1'), bytes, END]));
  },
};
