/**
 * Agreed language in the server: the commands that compare a draft with an earlier resolution, propose
 * that resolution, and find the library's paragraphs like the one at the cursor; and the code lenses of
 * the last comparison of each document.
 */
import * as lsp from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import type { Resolution } from '../core/model';
import { parse } from '../core/parse';
import type { LineIndex } from '../core/text';
import { compare } from '../core/features/compare';
import { comparisonHtml, comparisonJson } from '../core/features/compareReport';
import { compareLenses } from '../core/features/compareLens';
import { predecessors } from '../core/features/predecessor';
import { precedentJson, queryAt, replacementText } from '../core/features/precedents';
import type { ResolutionLibrary } from '../library';
import { readResolution } from '../library/read';
import { range } from './convert';
import { wordDiffText } from '../core/agreed/diff';

export const AGREED_COMMANDS = { precedents: 'unres.server.precedents', predecessors: 'unres.server.predecessors', compare: 'unres.server.compare' } as const;

export interface AgreedDeps {
  readonly library: () => ResolutionLibrary | null;
  readonly document: (uri: string) => { readonly model: Resolution; readonly index: LineIndex } | null;
  /** Asks the client to fetch code lenses again. */
  readonly refreshLenses: () => void;
}

const NO_LIBRARY = 'unres: no resolution library: add folders of resolutions to the setting unres.library.paths (a clone of UNxml/SCresolutions, for instance).';

export class AgreedLanguage {
  /** The resolution each open document was last compared with. */
  private readonly compared = new Map<string, { readonly symbol: string; readonly model: Resolution }>();

  constructor(private readonly deps: AgreedDeps) {}

  handles(command: string): boolean {
    return (Object.values(AGREED_COMMANDS) as string[]).includes(command);
  }

  forget(uri: string): void {
    this.compared.delete(uri);
  }

  async execute(command: string, args: readonly unknown[]): Promise<unknown> {
    const uri = String(args[0] ?? '');
    const doc = this.deps.document(uri);
    if (!doc) return { error: 'unres: open a resolution first.' };
    const library = this.deps.library();
    if (command === AGREED_COMMANDS.predecessors) return { candidates: library ? predecessors(doc.model, library) : [] };
    if (command === AGREED_COMMANDS.compare) return this.compareWith(uri, String(args[1] ?? ''));
    if (!library) return { error: NO_LIBRARY, results: [] };
    const r = args[1] as lsp.Range | undefined;
    const span = r ? { start: doc.index.offsetAt(r.start), end: doc.index.offsetAt(r.end) } : { start: 0, end: 0 };
    const query = queryAt(doc.model, span);
    if (!query) return { error: 'unres: put the cursor in a paragraph, or select some words.', results: [] };
    const draft = doc.model.text.slice(query.replace.start, query.replace.end);
    const results = library.precedents(query.text, { limit: 20, excludeSymbol: doc.model.symbol });
    return {
      paragraph: query.paragraph,
      replace: range(doc.index, query.replace),
      results: results.map((p) => ({ ...precedentJson(p), date: p.passage.date ?? null, marked: wordDiffText(p.diff).replace(/\s+/g, ' '), replacement: replacementText(draft, p.passage.text) })),
    };
  }

  private async compareWith(uri: string, oldUri: string): Promise<unknown> {
    let path: string;
    try {
      path = fileURLToPath(oldUri);
    } catch {
      return { error: `unres: not a file: ${oldUri}` };
    }
    const read = await readResolution(path);
    if (!read.ok) return { error: `unres: ${path}: ${read.error}` };
    // The document as it is now: the model of a version before the read may have moved since (`IncrementalAnalysis`).
    const doc = this.deps.document(uri);
    if (!doc) return { error: 'unres: open a resolution first.' };
    const old = parse(read.text);
    const result = compare(old, doc.model);
    const symbol = old.symbol ?? path.split(/[\\/]/).pop()!;
    this.compared.set(uri, { symbol, model: old });
    this.deps.refreshLenses();
    const sides = [{ file: path, symbol: old.symbol, model: old }, { file: uri.startsWith('file:') ? fileURLToPath(uri) : uri, symbol: doc.model.symbol, model: doc.model }] as const;
    const json = comparisonJson(result, sides[0], sides[1]);
    return { title: `${doc.model.symbol ?? 'Draft'} ↔ ${symbol}`, html: comparisonHtml(result, sides[0], sides[1]), old: json.old, new: json.new, paragraphs: json.paragraphs };
  }

  /** Lenses from the document's last comparison, computed on its current text. */
  lenses(uri: string): lsp.CodeLens[] {
    const was = this.compared.get(uri);
    const doc = this.deps.document(uri);
    if (!was || !doc) return [];
    return compareLenses(compare(was.model, doc.model), was.symbol).map((l) => ({ range: range(doc.index, l.span), command: { title: l.title, command: '' } }));
  }
}
