/** Reads a resolution for comparison or search: plain text as it is, Akoma Ntoso XML as its rendering. */
import { readText, type ReadResult } from '../node/readText';
import { renderAkn } from './akn';

const XML = /\.xml$/i;

/** The text the parser reads for a file's content. Throws on malformed XML. */
export function resolutionText(path: string, content: string): string {
  return XML.test(path) ? renderAkn(content).text : content;
}

/** Reads a file as a resolution text; malformed XML is a read error. */
export async function readResolution(path: string): Promise<ReadResult> {
  const read = await readText(path);
  if (!read.ok) return read;
  try {
    return { ...read, text: resolutionText(path, read.text) };
  } catch (e) {
    return { ok: false, error: `malformed XML: ${(e as Error).message.split('\n')[0]}` };
  }
}
