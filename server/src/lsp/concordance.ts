/**
 * The server command behind "unres: Check against another language version": the findings of the version
 * (an open document) against the original (open, or read from disk), as LSP diagnostics whose related
 * information points at the original. The client shows them in a collection of their own, so that the
 * next analysis of the version does not replace them.
 */
import * as lsp from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { parse } from '../core/parse';
import { concordance } from '../core/features/concordance';
import { LineIndex } from '../core/text';
import type { Locale } from '../core/messages';
import { readText } from '../node/readText';
import { finding, range } from './convert';

/** The text of a document: as the editor holds it when it is open, else from its file. */
async function textOf(uri: string, open: (uri: string) => string | undefined): Promise<string> {
  const text = open(uri);
  if (text !== undefined) return text;
  if (!uri.startsWith('file:')) throw new Error(`${uri} is not open and not a file`);
  const read = await readText(fileURLToPath(uri));
  if (!read.ok) throw new Error(`${uri}: ${read.error}`);
  return read.text;
}

/** Arguments: the version's URI, then the original's. */
export async function concordanceDiagnostics(args: readonly unknown[], open: (uri: string) => string | undefined, locale: Locale, docsBase: string): Promise<lsp.Diagnostic[]> {
  const [versionUri, originalUri] = args.map(String);
  const versionText = await textOf(versionUri, open);
  const originalText = await textOf(originalUri, open);
  const versionIndex = new LineIndex(versionText);
  const originalIndex = new LineIndex(originalText);
  return concordance(parse(originalText), parse(versionText), locale).map((f) => ({
    ...finding(versionIndex, f, docsBase),
    relatedInformation: f.original ? [{ location: { uri: originalUri, range: range(originalIndex, f.original) }, message: f.originalMessage }] : [],
  }));
}
