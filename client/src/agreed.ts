/**
 * Agreed language in VS Code: "Compare with previous resolution" (a paragraph-by-paragraph view, and
 * code lenses on the draft from the server) and "Find agreed language" (a quick pick of the library's
 * paragraphs like the one at the cursor; Enter puts the adopted wording in the draft). The server does
 * the work; this file only asks and shows.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range as LspRange } from 'vscode-languageclient';

interface Candidate {
  readonly symbol: string;
  readonly uri: string;
  readonly date?: string;
  readonly subject?: string;
  readonly reason: string;
}

interface Comparison {
  readonly error?: string;
  readonly title: string;
  readonly html: string;
  readonly paragraphs: { readonly change: string }[];
}

interface Result {
  readonly symbol: string;
  readonly paragraph: string | number;
  readonly part: 'preamble' | 'operative';
  readonly similarity: number;
  readonly uri: string;
  readonly range: LspRange;
  readonly text: string;
  readonly date: string | null;
  /** The differing words marked as `git diff --word-diff` does: [-draft-]{+adopted+}. */
  readonly marked: string;
  readonly replacement: string;
}

interface Precedents {
  readonly error?: string;
  readonly replace?: LspRange;
  readonly results: Result[];
}

function activeResolution(): vscode.TextEditor | null {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'unres') return editor;
  void vscode.window.showWarningMessage('unres: open a UN resolution first (or run "Treat this file as a UN resolution").');
  return null;
}

const OPEN = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the adopted text' };

export function registerAgreed(context: vscode.ExtensionContext, client: () => LanguageClient): void {
  const panels = new Map<string, vscode.WebviewPanel>();

  const showComparison = (key: string, c: Comparison): void => {
    let panel = panels.get(key);
    if (!panel) {
      panel = vscode.window.createWebviewPanel('unres.comparison', c.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false });
      panel.onDidDispose(() => panels.delete(key));
      panels.set(key, panel);
    }
    panel.title = c.title;
    panel.webview.html = c.html;
    panel.reveal(vscode.ViewColumn.Beside, true);
  };

  const pickPredecessor = async (uri: string): Promise<string | null> => {
    const { candidates } = (await vscode.commands.executeCommand<{ candidates: Candidate[] }>('unres.server.predecessors', uri)) ?? { candidates: [] };
    const items: (vscode.QuickPickItem & { uri?: string })[] = candidates.map((c, i) => ({
      label: `${i === 0 ? '$(star-full) ' : ''}${c.symbol}`,
      description: [c.date, c.reason].filter(Boolean).join(' · '),
      detail: c.subject,
      uri: c.uri,
    }));
    items.push({ label: '$(file) Choose a file…', description: 'any resolution: text, PDF extraction or Akoma Ntoso XML' });
    const picked = await vscode.window.showQuickPick(items, { title: 'unres: compare with which resolution?', placeHolder: candidates.length ? 'The first is the resolution this draft most likely renews' : 'The library has no earlier resolution on this item' });
    if (!picked) return null;
    if (picked.uri) return picked.uri;
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare', filters: { Resolutions: ['txt', 'unres', 'resolution', 'xml'] } });
    return files?.[0]?.toString() ?? null;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('unres.compareWithPrevious', async (oldUri?: string): Promise<Comparison | undefined> => {
      const editor = activeResolution();
      if (!editor) return undefined;
      const uri = editor.document.uri.toString();
      const target = oldUri ?? (await pickPredecessor(uri));
      if (!target) return undefined;
      const c = await vscode.commands.executeCommand<Comparison>('unres.server.compare', uri, target);
      if (!c || c.error) {
        void vscode.window.showErrorMessage(c?.error ?? 'unres: the comparison failed.');
        return c;
      }
      showComparison(uri, c);
      return c;
    }),

    /** With `options` (scripts, tests) no quick pick: the results are returned, and result `pick` is applied. */
    vscode.commands.registerCommand('unres.findAgreedLanguage', async (options?: { pick?: number }): Promise<Result[] | undefined> => {
      const editor = activeResolution();
      if (!editor) return undefined;
      const c = client();
      const found = await vscode.commands.executeCommand<Precedents>('unres.server.precedents', editor.document.uri.toString(), c.code2ProtocolConverter.asRange(editor.selection));
      if (!found || found.error || !found.replace) {
        void vscode.window.showInformationMessage(found?.error ?? 'unres: no paragraph here.');
        return found?.results;
      }
      if (found.results.length === 0) {
        void vscode.window.showInformationMessage('unres: no similar paragraph in the library.');
        return [];
      }
      const replace = c.protocol2CodeConverter.asRange(found.replace);
      const version = editor.document.version;
      const apply = async (r: Result): Promise<void> => {
        if (editor.document.version !== version) {
          void vscode.window.showWarningMessage('unres: the draft changed; look up the paragraph again.');
          return;
        }
        await editor.edit((b) => b.replace(replace, r.replacement));
      };
      if (options) {
        const r = options.pick === undefined ? undefined : found.results[options.pick];
        if (r) await apply(r);
        return found.results;
      }
      const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { result: Result }>();
      qp.title = 'unres: agreed language — Enter replaces the draft’s wording with the adopted one';
      qp.matchOnDetail = true;
      qp.items = found.results.map((r) => ({
        label: `${Math.floor(r.similarity * 100)}% ${r.symbol}, ${r.part === 'preamble' ? 'pp' : '¶'}${r.paragraph}`,
        description: r.date ?? undefined,
        detail: r.marked,
        buttons: [OPEN],
        result: r,
      }));
      qp.onDidTriggerItemButton(async (e) => {
        const r = e.item.result;
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(r.uri));
        await vscode.window.showTextDocument(doc, { selection: c.protocol2CodeConverter.asRange(r.range), preview: true, viewColumn: vscode.ViewColumn.Beside });
      });
      qp.onDidAccept(async () => {
        const r = qp.selectedItems[0]?.result;
        qp.hide();
        if (r) await apply(r);
      });
      qp.onDidHide(() => qp.dispose());
      qp.show();
      return found.results;
    }),
  );
}
