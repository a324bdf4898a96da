/**
 * The language server: the only code that knows LSP. Each handler takes the cached analysis for the
 * document's (uri, version), calls one core function and converts the result.
 */
import * as lsp from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/analysis';
import { IncrementalAnalysis, type Change } from '../core/incremental';
import { LineIndex } from '../core/text';
import { hover } from '../core/features/hover';
import { definition } from '../core/features/definition';
import { findReferences, highlights } from '../core/features/references';
import { documentSymbols, outlineWithin, type DocSymbol } from '../core/features/symbols';
import { foldingRanges, outermostFolds } from '../core/features/folding';
import { selectionRanges } from '../core/features/selection';
import { documentLinks } from '../core/features/links';
import { TOKEN_TYPES } from '../core/features/semanticTokens';
import { delta, encode, lineTokens, type LineTokens } from './tokens';
import { codeLenses } from '../core/features/codeLens';
import { codeActions } from '../core/features/codeActions';
import { renumber } from '../core/features/renumber';
import { cleanUpPdfText } from '../core/features/cleanup';
import { prepareRename, rename } from '../core/features/rename';
import { complete, type Completion } from '../core/features/completion';
import type { TextEdit as CoreEdit } from '../core/model';
import { diagnostic, range } from './convert';
import { encodeOnce } from './encoded';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { ruleDocsUri } from './docs';
import { ResolutionLibrary } from '../library';
import { fetchYear } from '../library/online';
import { documentDefinition } from '../core/features/definition';
import { inlayHints } from '../core/features/inlayHints';
import { locate } from '../core/features/locate';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BundledCatalog } from '../library/bundled/catalog';
import { LayeredView } from '../library/view';
import { IndexingGate, LIBRARY_STATUS, type LibraryStatus } from './libraryStatus';
import { concordanceDiagnostics } from './concordance';
import { toLocale, translator, type Locale } from '../core/messages';
import { AGREED_COMMANDS, AgreedLanguage } from './agreed';

interface Cached {
  readonly version: number;
  readonly analysis: Analysis;
  readonly index: LineIndex;
  readonly tooLarge: boolean;
  /** Results in protocol form, converted (and encoded, `encoded.ts`) once per version: a large text's requests only send them. */
  symbols?: lsp.DocumentSymbol[];
  folds?: lsp.FoldingRange[];
  lenses?: lsp.CodeLens[];
  tokens?: { readonly resultId: string; readonly lines: LineTokens; readonly data: number[]; readonly full: lsp.SemanticTokens };
}

/** The numbers that name the lenses of one document version: `first` to `first + count - 1`. */
interface LensNumbers {
  readonly version: number;
  readonly first: number;
  readonly count: number;
}

/** The outline sent to editors leaves out sub-paragraphs, then paragraphs, beyond this many symbols (`outlineWithin`). */
const OUTLINE_MAX = 3000;
/** Beyond this many code lenses, the citing places of each are sent when the editor resolves it. */
const LENSES_INLINE = 500;

const SYMBOL_KINDS: Record<DocSymbol['kind'], lsp.SymbolKind> = {
  cover: lsp.SymbolKind.File,
  organ: lsp.SymbolKind.Class,
  preamble: lsp.SymbolKind.Namespace,
  preambular: lsp.SymbolKind.String,
  heading: lsp.SymbolKind.Module,
  operative: lsp.SymbolKind.Number,
  subparagraph: lsp.SymbolKind.EnumMember,
  section: lsp.SymbolKind.Package,
};

export const DEBOUNCE_MS = 150;

/** Commands the server executes; the client's palette commands pass the active document's URI. */
export const SERVER_COMMANDS = { renumber: 'unres.server.renumber', cleanUpPdf: 'unres.server.cleanUpPdf', concordance: 'unres.server.concordance' } as const;

const COMPLETION_KINDS: Record<Completion['kind'], lsp.CompletionItemKind> = {
  paragraph: lsp.CompletionItemKind.Reference,
  subparagraph: lsp.CompletionItemKind.EnumMember,
  phrase: lsp.CompletionItemKind.Keyword,
  verb: lsp.CompletionItemKind.Keyword,
  number: lsp.CompletionItemKind.Value,
  document: lsp.CompletionItemKind.File,
};

/** The cache folder: the extension's global storage, else $XDG_CACHE_HOME/unres or ~/.cache/unres. */
function cacheDirOf(options: unknown): string {
  const o = options as { globalStorage?: unknown } | undefined;
  if (typeof o?.globalStorage === 'string') return o.globalStorage;
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'unres');
}

export function startServer(connection: lsp.Connection): void {
  /** The changes made to each document since its last analysis, as offsets; null when its whole text was replaced. */
  const changes = new Map<string, Change[] | null>();
  const documents = new lsp.TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (doc, events, version) => {
      const known = changes.get(doc.uri);
      let made: Change[] | null = known === undefined ? [] : known;
      // One change at a time: each one's range is in the text the ones before it made.
      for (const e of events) {
        if (made !== null && lsp.TextDocumentContentChangeEvent.isIncremental(e)) {
          const [a, b] = [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)];
          made.push({ start: Math.min(a, b), end: Math.max(a, b), text: e.text });
        } else made = null;
        TextDocument.update(doc, [e], version);
      }
      changes.set(doc.uri, made);
      return doc;
    },
  });
  const cache = new Map<string, Cached>();
  /** Each open document's analysis keeps what the next version can reuse. */
  const analyses = new Map<string, IncrementalAnalysis>();
  /** Cancels the pending analysis of a document. */
  const pending = new Map<string, () => void>();
  const reported = new Set<string>();
  const docsUri = ruleDocsUri();
  let settings: Settings = DEFAULT_SETTINGS;
  let locale: Locale = 'en';
  let canConfigure = false;
  let canProgress = false;
  let workspaceRoots: string[] = [];
  let library: ResolutionLibrary | null = null;
  // What the core sees: the library over the catalog shipped with unres; requests wait (bounded) for the index.
  const catalog = new BundledCatalog();
  const view = new LayeredView(catalog, () => library);
  const gate = new IndexingGate();
  let settingsRead = false;
  let indexedRoots = '';
  const fetchedYears = new Set<number>();

  const get = (uri: string): Cached | null => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const hit = cache.get(uri);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const tooLarge = text.length > settings.maxFileSizeMB * 1024 * 1024;
    let incremental = analyses.get(uri);
    if (!incremental) analyses.set(uri, (incremental = new IncrementalAnalysis()));
    // The changes since the version analysed last, which the cache still holds unless it was cleared.
    const made = changes.get(uri) ?? undefined;
    changes.delete(uri);
    if (tooLarge) incremental.invalidate();
    const analysis = tooLarge ? { model: analyze('').model, diagnostics: [] } : incremental.analyze(text, { severities: settings.rules, library: view, locale }, made);
    const index = hit && made ? hit.index.edited(text, made) : new LineIndex(text);
    const entry = { version: doc.version, analysis, index, tooLarge };
    if (tooLarge && !reported.has(`large:${uri}`)) {
      reported.add(`large:${uri}`);
      void connection.window.showWarningMessage(translator(locale)('server.tooLarge', { file: uri.split('/').pop() ?? uri, size: settings.maxFileSizeMB }));
    }
    cache.set(uri, entry);
    return entry;
  };

  /** Runs a handler and never lets one failure take the server down. */
  const fail = <R>(fallback: R, e: unknown): R => {
    // Refusals meant for the user (rename) go back to the client as they are.
    if (e instanceof lsp.ResponseError) throw e;
    connection.console.error(`unres: ${(e as Error).stack ?? String(e)}`);
    return fallback;
  };
  const guard =
    <P, R>(fallback: R, fn: (params: P) => R) =>
    (params: P): R => {
      try {
        return fn(params);
      } catch (e) {
        return fail(fallback, e);
      }
    };
  const guardAsync =
    <P, R>(fallback: R, fn: (params: P) => Promise<R>) =>
    (params: P): Promise<R> =>
      fn(params).catch((e: unknown) => fail(fallback, e));

  const warnOnce = (message: string): void => {
    if (reported.has(message)) return;
    reported.add(message);
    void connection.window.showWarningMessage(message);
  };

  const indexLibrary = async (): Promise<void> => {
    const roots = [...workspaceRoots, ...settings.library.paths];
    const key = roots.join('\n');
    if (key === indexedRoots && library) return;
    indexedRoots = key;
    for (const p of settings.library.paths) if (!existsSync(p)) warnOnce(`unres.library.paths: the folder ${p} does not exist; skipped`);
    const paths = settings.library.paths.filter((p) => existsSync(p));
    view.libraryConfigured = paths.length > 0;
    const status = (s: LibraryStatus): void => void connection.sendNotification(LIBRARY_STATUS, { ...s, paths });
    gate.begin();
    const progress = canProgress ? await connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin('unres: indexing the resolution library', 0, undefined, false);
    const onProgress = (done: number, total: number): void => {
      progress?.report(total ? Math.round((100 * done) / total) : 100, `${done}/${total} files`);
      status({ state: 'indexing', done, total });
    };
    const next = new ResolutionLibrary({ cacheDir: cacheDir, onProgress });
    const report = await next.index(roots.filter((r) => existsSync(r))).finally(() => {
      progress?.done();
      gate.end();
    });
    if (report.malformed.length > 0) {
      warnOnce(`unres: ${report.malformed.length} library file${report.malformed.length > 1 ? 's' : ''} could not be read and ${report.malformed.length > 1 ? 'were' : 'was'} skipped: ${report.malformed.slice(0, 5).join('; ')}${report.malformed.length > 5 ? '; …' : ''}`);
    }
    library?.unwatch();
    library = next;
    status({ state: 'ready', documents: next.size, catalog: catalog.size });
    // The agreed-language index is read from disk (or built) now rather than at the first hover.
    setImmediate(guard(undefined, () => void next.agreedIndex));
    library.watch(roots.filter((r) => existsSync(r)), reanalyseAll);
    reanalyseAll();
  };
  let cacheDir = '';
  let debounceMs = DEBOUNCE_MS;
  let canRefreshLenses = false;
  /** The most folding ranges the client wants (VS Code: 5000); the outermost are sent. */
  let foldingLimit: number | undefined;
  const agreed = new AgreedLanguage({
    library: () => library,
    document: (uri) => {
      const c = get(uri);
      return c && !c.tooLarge ? { model: c.analysis.model, index: c.index } : null;
    },
    refreshLenses: () => {
      if (canRefreshLenses) void connection.sendRequest(lsp.CodeLensRefreshRequest.type);
    },
  });

  const offsetOf = (c: Cached, p: lsp.Position): number => c.index.offsetAt(p);
  /**
   * After an await, whether the document is still at the version a request started with. The next version's
   * analysis moves the nodes of the model before it in place (`IncrementalAnalysis.analyze`), so a request
   * whose document changed meanwhile answers ContentModified, as the protocol says, and the client asks again.
   */
  const stillCurrent = (uri: string, c: Cached): void => {
    if (documents.get(uri)?.version !== c.version) throw new lsp.ResponseError(lsp.LSPErrorCodes.ContentModified, 'The document changed.');
  };

  const publish = (uri: string): void => {
    const c = get(uri);
    if (!c) return;
    void connection.sendDiagnostics({ uri, version: c.version, diagnostics: c.analysis.diagnostics.map((d) => diagnostic(c.index, uri, d, docsUri)) });
  };

  /** Analyses every open document again in full: the library or the settings the checks read have changed. */
  const reanalyseAll = (): void => {
    cache.clear();
    for (const a of analyses.values()) a.invalidate();
    for (const d of documents.all()) schedule(d.uri);
  };

  const cancel = (uri: string): void => {
    pending.get(uri)?.();
    pending.delete(uri);
  };

  const schedule = (uri: string): void => {
    cancel(uri);
    const run = (): void => {
      pending.delete(uri);
      guard(undefined, publish)(uri);
    };
    // Without a debounce, analyse as soon as the pending messages are read (a 0 ms timer waits 1 ms).
    if (debounceMs === 0) {
      const immediate = setImmediate(run);
      pending.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, debounceMs);
      pending.set(uri, () => clearTimeout(timer));
    }
  };

  const applySettings = async (): Promise<void> => {
    let raw: unknown = undefined;
    if (canConfigure) raw = await connection.workspace.getConfiguration({ section: 'unres' });
    const { settings: next, problems } = readSettings(raw, translator(locale));
    settings = next;
    for (const p of problems) {
      if (reported.has(p)) continue;
      reported.add(p);
      void connection.window.showWarningMessage(p);
    }
    reanalyseAll();
    const first = !settingsRead;
    settingsRead = true;
    void indexLibrary()
      .catch((e: unknown) => fail(undefined, e))
      .finally(() => first && gate.end());
  };

  connection.onInitialize((params) => {
    canConfigure = params.capabilities.workspace?.configuration === true;
    canProgress = params.capabilities.window?.workDoneProgress === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    const rangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit;
    foldingLimit = typeof rangeLimit === 'number' && rangeLimit > 0 ? rangeLimit : undefined;
    cacheDir = cacheDirOf(params.initializationOptions);
    locale = toLocale((params.initializationOptions as { locale?: string } | undefined)?.locale ?? params.locale);
    // The benchmark measures analysis without the debounce (initializationOptions.debounceMs = 0).
    const requested = (params.initializationOptions as { debounceMs?: unknown } | undefined)?.debounceMs;
    if (typeof requested === 'number' && requested >= 0) debounceMs = requested;
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => f.uri).filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    return {
      capabilities: {
        textDocumentSync: lsp.TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: true },
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }, full: { delta: true }, range: true },
        codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll, lsp.CodeActionKind.RefactorRewrite] },
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: [' ', '('] },
        executeCommandProvider: { commands: [...Object.values(SERVER_COMMANDS), ...Object.values(AGREED_COMMANDS)] },
        inlayHintProvider: true,
      },
      serverInfo: { name: 'unres-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canConfigure) void connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'unres' });
    void applySettings();
  });
  connection.onDidChangeConfiguration(() => void applySettings());

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    cancel(e.document.uri);
    cache.delete(e.document.uri);
    analyses.delete(e.document.uri);
    changes.delete(e.document.uri);
    agreed.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** With the online catalog on, fetches the year file of a Security Council resolution the library lacks. */
  const ensureOnline = async (c: Cached, offset: number): Promise<void> => {
    if (!settings.library.onlineCatalog || !library) return;
    const hit = locate(c.analysis.model, offset);
    if (hit?.kind !== 'document' || hit.ref.docKind !== 'sc-resolution' || !hit.ref.year || library.get(hit.ref.symbol)) return;
    if (fetchedYears.has(hit.ref.year)) return;
    fetchedYears.add(hit.ref.year);
    try {
      library.addRecords(await fetchYear(settings.library.onlineCatalogUrl, hit.ref.year, cacheDir));
      // Findings about other documents were judged without these records: no version carries them over.
      reanalyseAll();
    } catch (e) {
      warnOnce(`unres: the online catalog could not be read (${(e as Error).message}); hovers use the local library only.`);
    }
  };

  connection.onHover(
    guardAsync(null, async (p: lsp.HoverParams): Promise<lsp.Hover | null> => {
      const c = get(p.textDocument.uri);
      if (!c) return null;
      // A citation of another document waits for the library's index; a paragraph of this text never does.
      if (locate(c.analysis.model, offsetOf(c, p.position))?.kind === 'document') {
        await gate.wait();
        stillCurrent(p.textDocument.uri, c);
      }
      await ensureOnline(c, offsetOf(c, p.position));
      stillCurrent(p.textDocument.uri, c);
      const h = hover(c.analysis.model, offsetOf(c, p.position), view, translator(locale));
      return h ? { contents: { kind: lsp.MarkupKind.Markdown, value: h.markdown }, range: range(c.index, h.span) } : null;
    }),
  );

  connection.languages.inlayHint.on(
    guard([], (p: lsp.InlayHintParams): lsp.InlayHint[] => {
      const c = get(p.textDocument.uri);
      if (!c || !settings.inlayHints.subjects) return [];
      return inlayHints(c.analysis.model, view).map((h) => ({ position: c.index.positionAt(h.offset), label: h.label, paddingLeft: true }));
    }),
  );

  connection.onDefinition(
    guardAsync(null, async (p: lsp.DefinitionParams): Promise<lsp.LocationLink[] | null> => {
      const c = get(p.textDocument.uri);
      if (!c) return null;
      const d = definition(c.analysis.model, offsetOf(c, p.position));
      if (d) return [{ targetUri: p.textDocument.uri, targetRange: range(c.index, d.span), targetSelectionRange: range(c.index, d.selection), originSelectionRange: range(c.index, d.origin) }];
      await gate.wait();
      stillCurrent(p.textDocument.uri, c);
      const doc = documentDefinition(c.analysis.model, offsetOf(c, p.position), view);
      if (!doc) return null;
      const at = { line: doc.location.line, character: doc.location.character };
      return [{ targetUri: doc.location.uri, targetRange: { start: at, end: at }, targetSelectionRange: { start: at, end: at }, originSelectionRange: range(c.index, doc.origin) }];
    }),
  );

  connection.onReferences(
    guard([], (p: lsp.ReferenceParams): lsp.Location[] => {
      const c = get(p.textDocument.uri);
      if (!c) return [];
      const hit = locate(c.analysis.model, offsetOf(c, p.position));
      if (hit?.kind === 'document') return documentCitations(hit.ref.symbol);
      return findReferences(c.analysis.model, offsetOf(c, p.position), p.context.includeDeclaration).map((s) => ({ uri: p.textDocument.uri, range: range(c.index, s) }));
    }),
  );

  /** Every citation of a document: in open documents, then in the library's text files not open. */
  const documentCitations = (symbol: string): lsp.Location[] => {
    const out: lsp.Location[] = [];
    const open = new Set<string>();
    for (const doc of documents.all()) {
      const c = get(doc.uri);
      if (!c) continue;
      open.add(doc.uri);
      for (const r of c.analysis.model.references) if (r.kind === 'document' && r.symbol === symbol) out.push({ uri: doc.uri, range: range(c.index, r.span) });
    }
    for (const x of library?.citationsOf(symbol) ?? []) {
      if (!open.has(x.uri)) out.push({ uri: x.uri, range: { start: { line: x.line, character: x.character }, end: { line: x.endLine, character: x.endCharacter } } });
    }
    return out;
  };

  connection.onDocumentHighlight(
    guard([], (p: lsp.DocumentHighlightParams): lsp.DocumentHighlight[] => {
      const c = get(p.textDocument.uri);
      if (!c) return [];
      return highlights(c.analysis.model, offsetOf(c, p.position)).map((h) => ({ range: range(c.index, h.span), kind: h.kind === 'write' ? lsp.DocumentHighlightKind.Write : lsp.DocumentHighlightKind.Read }));
    }),
  );

  // Empty details and children are left out: they are optional, and a large outline is sent faster.
  const toSymbol = (c: Cached, s: DocSymbol): lsp.DocumentSymbol => ({
    name: s.name || '(empty)',
    detail: s.detail || undefined,
    kind: SYMBOL_KINDS[s.kind],
    range: range(c.index, s.span),
    selectionRange: range(c.index, s.selection),
    children: s.children.length > 0 ? s.children.map((x) => toSymbol(c, x)) : undefined,
  });

  connection.onDocumentSymbol(
    guard([], (p: lsp.DocumentSymbolParams): lsp.DocumentSymbol[] => {
      const c = get(p.textDocument.uri);
      if (!c) return [];
      c.symbols ??= encodeOnce(outlineWithin(documentSymbols(c.analysis.model), OUTLINE_MAX).map((s) => toSymbol(c, s)));
      return c.symbols;
    }),
  );

  connection.onWorkspaceSymbol(
    guard([], (p: lsp.WorkspaceSymbolParams): lsp.SymbolInformation[] => {
      const query = p.query.toLowerCase();
      const out: lsp.SymbolInformation[] = [];
      for (const doc of documents.all()) {
        const c = get(doc.uri);
        if (!c) continue;
        const walk = (symbols: readonly DocSymbol[], container: string | undefined): void => {
          for (const s of symbols) {
            if (s.kind !== 'preambular' && s.name.toLowerCase().includes(query)) {
              out.push({ name: s.name, kind: SYMBOL_KINDS[s.kind], location: { uri: doc.uri, range: range(c.index, s.selection) }, containerName: container });
            }
            walk(s.children, s.name);
          }
        };
        walk(documentSymbols(c.analysis.model), c.analysis.model.symbol ?? undefined);
      }
      // Indexed resolutions of the library, by symbol or subject.
      for (const d of library?.entries() ?? []) {
        if (out.length >= 2000) break;
        const name = d.subject ? `${d.symbol} — ${d.subject}` : d.symbol;
        if (d.location && name.toLowerCase().includes(query)) {
          out.push({ name, kind: lsp.SymbolKind.File, location: { uri: d.location.uri, range: { start: { line: d.location.line, character: d.location.character }, end: { line: d.location.line, character: d.location.character } } }, containerName: 'library' });
        }
      }
      return out;
    }),
  );

  connection.onFoldingRanges(
    guard([], (p: lsp.FoldingRangeParams): lsp.FoldingRange[] => {
      const c = get(p.textDocument.uri);
      if (!c) return [];
      if (!c.folds) {
        const folds = foldingRanges(c.analysis.model)
          .map((f) => ({ startLine: c.index.positionAt(f.span.start).line, endLine: c.index.positionAt(f.span.end).line, kind: f.kind === 'comment' ? lsp.FoldingRangeKind.Comment : lsp.FoldingRangeKind.Region }))
          .filter((f) => f.endLine > f.startLine);
        c.folds = encodeOnce(foldingLimit === undefined ? folds : outermostFolds(folds, foldingLimit));
      }
      return c.folds;
    }),
  );

  connection.onSelectionRanges(
    guard([], (p: lsp.SelectionRangeParams): lsp.SelectionRange[] => {
      const c = get(p.textDocument.uri);
      if (!c) return [];
      return p.positions.map((pos) => {
        const spans = selectionRanges(c.analysis.model, offsetOf(c, pos));
        let parent: lsp.SelectionRange | undefined;
        for (let i = spans.length - 1; i >= 0; i--) parent = { range: range(c.index, spans[i]), parent };
        return parent ?? { range: { start: pos, end: pos } };
      });
    }),
  );

  connection.onDocumentLinks(
    guard([], (p: lsp.DocumentLinkParams): lsp.DocumentLink[] => {
      const c = get(p.textDocument.uri);
      return c ? documentLinks(c.analysis.model).map((l) => ({ range: range(c.index, l.span), target: l.target })) : [];
    }),
  );

  connection.onCodeLens(
    guard([], (p: lsp.CodeLensParams): lsp.CodeLens[] => {
      const c = get(p.textDocument.uri);
      if (!c) return [];
      if (!c.lenses) {
        const lenses = codeLenses(c.analysis.model, translator(locale));
        if (lenses.length <= LENSES_INLINE) c.lenses = encodeOnce(lenses.map((_, i) => lensCommand(p.textDocument.uri, c, i)));
        else {
          const first = lensNumbers(p.textDocument.uri, c.version, lenses.length).first;
          c.lenses = encodeOnce(lenses.map((l, i) => ({ range: range(c.index, l.span), data: first + i })));
        }
      }
      const compared = agreed.lenses(p.textDocument.uri);
      return compared.length > 0 ? c.lenses.concat(compared) : c.lenses;
    }),
  );

  /**
   * A lens to resolve carries one number, which names its document, version and place: a URI would double a
   * large answer, and an array is one more object per lens for the client to read. Each document's version
   * takes the next `count` numbers, from 1 on (vscode-languageclient drops a lens's data that is 0).
   */
  let nextLens = 1;
  const lensRanges = new Map<string, LensNumbers>();
  const lensNumbers = (uri: string, version: number, count: number): LensNumbers => {
    const known = lensRanges.get(uri);
    if (known?.version === version && known.count === count) return known;
    const numbers = { version, first: nextLens, count };
    nextLens += count;
    lensRanges.set(uri, numbers);
    return numbers;
  };
  documents.onDidClose((e) => lensRanges.delete(e.document.uri));
  const lensCommand = (uri: string, c: Cached, i: number): lsp.CodeLens => {
    const l = codeLenses(c.analysis.model, translator(locale))[i];
    const r = range(c.index, l.span);
    return { range: r, command: { title: l.title, command: 'unres.showReferences', arguments: [uri, r.start, l.references.map((s) => ({ uri, range: range(c.index, s) }))] } };
  };

  connection.onCodeLensResolve(
    guard({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, (lens: lsp.CodeLens): lsp.CodeLens => {
      const id: unknown = lens.data;
      if (typeof id !== 'number') return lens;
      for (const [uri, numbers] of lensRanges) {
        if (id < numbers.first || id >= numbers.first + numbers.count) continue;
        const c = get(uri);
        return c && c.version === numbers.version && id - numbers.first < codeLenses(c.analysis.model, translator(locale)).length ? lensCommand(uri, c, id - numbers.first) : lens;
      }
      return lens;
    }),
  );

  /** The tokens of the current version, and the last ones sent for each document (for `full/delta`). */
  let tokenResults = 0;
  const sentTokens = new Map<string, { readonly resultId: string; readonly data: number[] }>();
  const tokensOf = (c: Cached): NonNullable<Cached['tokens']> => {
    if (!c.tokens) {
      const lines = lineTokens(c.analysis.model, c.index);
      const resultId = String(++tokenResults);
      const data = encode(lines);
      c.tokens = { resultId, lines, data, full: encodeOnce({ resultId, data }) };
    }
    return c.tokens;
  };
  /** The whole tokens of the current version, remembered as what the client now holds. */
  const sendTokens = (uri: string, c: Cached): NonNullable<Cached['tokens']> => {
    const tokens = tokensOf(c);
    sentTokens.set(uri, tokens);
    return tokens;
  };
  documents.onDidClose((e) => sentTokens.delete(e.document.uri));

  connection.languages.semanticTokens.on(
    guard({ data: [] }, (p: lsp.SemanticTokensParams): lsp.SemanticTokens => {
      const c = get(p.textDocument.uri);
      if (!c) return { data: [] };
      return sendTokens(p.textDocument.uri, c).full;
    }),
  );

  connection.languages.semanticTokens.onDelta(
    guard({ data: [] }, (p: lsp.SemanticTokensDeltaParams): lsp.SemanticTokens | lsp.SemanticTokensDelta => {
      const c = get(p.textDocument.uri);
      if (!c) return { data: [] };
      const previous = sentTokens.get(p.textDocument.uri);
      const { resultId, data, full } = sendTokens(p.textDocument.uri, c);
      return previous?.resultId === p.previousResultId ? { resultId, edits: delta(previous.data, data) } : full;
    }),
  );

  connection.languages.semanticTokens.onRange(
    guard({ data: [] }, (p: lsp.SemanticTokensRangeParams): lsp.SemanticTokens => {
      const c = get(p.textDocument.uri);
      return c ? { data: encode(tokensOf(c).lines, p.range.start.line, p.range.end.line) } : { data: [] };
    }),
  );

  const textEdits = (c: Cached, edits: readonly CoreEdit[]): lsp.TextEdit[] => edits.map((e) => ({ range: range(c.index, e.span), newText: e.newText }));
  const versioned = (uri: string, c: Cached, edits: readonly CoreEdit[]): lsp.WorkspaceEdit => ({
    documentChanges: [{ textDocument: { uri, version: c.version }, edits: textEdits(c, edits) }],
  });

  connection.onCodeAction(
    guard([], (p: lsp.CodeActionParams): lsp.CodeAction[] => {
      const c = get(p.textDocument.uri);
      if (!c) return [];
      const span = { start: c.index.offsetAt(p.range.start), end: c.index.offsetAt(p.range.end) };
      const only = p.context.only;
      return codeActions(c.analysis.model, c.analysis.diagnostics, span, translator(locale))
        .filter((a) => !only || only.some((k) => a.kind === k || a.kind.startsWith(`${k}.`)))
        .map((a) => ({
          title: a.title,
          kind: a.kind,
          isPreferred: a.preferred,
          diagnostics: a.diagnostic ? [diagnostic(c.index, p.textDocument.uri, a.diagnostic, docsUri)] : undefined,
          edit: versioned(p.textDocument.uri, c, a.edits),
        }));
    }),
  );

  const editCommand = async (p: lsp.ExecuteCommandParams): Promise<void> => {
    const uri = String(p.arguments?.[0] ?? '');
    const c = get(uri);
    if (!c) {
      void connection.window.showWarningMessage(translator(locale)('server.openFirst'));
      return;
    }
    const edits =
      p.command === SERVER_COMMANDS.renumber
        ? renumber(c.analysis.model).edits
        : p.command === SERVER_COMMANDS.cleanUpPdf
          ? [{ span: { start: 0, end: c.analysis.model.text.length }, newText: cleanUpPdfText(c.analysis.model) }]
          : [];
    if (edits.length === 0) {
      void connection.window.showInformationMessage(translator(locale)('server.nothingToChange'));
      return;
    }
    await connection.workspace.applyEdit({ label: translator(locale)(p.command === SERVER_COMMANDS.renumber ? 'server.renumberEdit' : 'server.cleanUpEdit'), edit: versioned(uri, c, edits) });
  };
  connection.onExecuteCommand(async (p) => {
    if (p.command === SERVER_COMMANDS.concordance)
      return concordanceDiagnostics(p.arguments ?? [], (u) => documents.get(u)?.getText(), locale, docsUri).catch((e: unknown) => {
        void connection.window.showWarningMessage(`unres: ${(e as Error).message}`);
        return [];
      });
    if (agreed.handles(p.command)) return agreed.execute(p.command, p.arguments ?? []).catch((e: unknown) => fail({ error: `unres: ${(e as Error).message}` }, e));
    return editCommand(p);
  });

  connection.onPrepareRename(
    guard(null, (p: lsp.PrepareRenameParams) => {
      const c = get(p.textDocument.uri);
      if (!c) return null;
      const r = prepareRename(c.analysis.model, offsetOf(c, p.position), translator(locale));
      if ('error' in r) throw new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, r.error);
      return { range: range(c.index, r.span), placeholder: r.placeholder };
    }),
  );

  connection.onRenameRequest(
    guard(null, (p: lsp.RenameParams): lsp.WorkspaceEdit | null => {
      const c = get(p.textDocument.uri);
      if (!c) return null;
      const r = rename(c.analysis.model, offsetOf(c, p.position), p.newName, translator(locale));
      if ('error' in r) throw new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, r.error);
      return versioned(p.textDocument.uri, c, r.edits);
    }),
  );

  connection.onCompletion(
    guard([], (p: lsp.CompletionParams): lsp.CompletionItem[] => {
      const c = get(p.textDocument.uri);
      if (!c) return [];
      return complete(c.analysis.model, offsetOf(c, p.position), view).map((x) => ({
        label: x.label,
        kind: COMPLETION_KINDS[x.kind],
        detail: x.detail,
        documentation: x.documentation ? { kind: lsp.MarkupKind.PlainText, value: x.documentation } : undefined,
        sortText: x.sortText,
        textEdit: { range: range(c.index, x.replace), newText: x.insertText },
      }));
    }),
  );

  documents.listen(connection);
  connection.listen();
}
