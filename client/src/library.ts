/**
 * The resolution library in VS Code: the command "unres: Add a resolution library folder…" (a folder picker
 * that adds to `unres.library.paths` in the user settings) and a status bar item that follows the server's
 * indexing (`unres/libraryStatus`) and opens the command on a click.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { LibraryStatus } from '../../server/src/lsp/libraryStatus';

export const ADD_LIBRARY_FOLDER = 'unres.addLibraryFolder';

async function addLibraryFolder(): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    openLabel: 'Add to the resolution library',
    title: 'A folder of resolutions, such as a clone of UNxml/SCresolutions, GAresolutions or HRCresolutions',
  });
  const folder = picked?.[0]?.fsPath;
  if (!folder) return;
  const config = vscode.workspace.getConfiguration('unres');
  const paths = config.inspect<string[]>('library.paths')?.globalValue ?? [];
  if (!paths.includes(folder)) await config.update('library.paths', [...paths, folder], vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(`unres: ${folder} is in the resolution library (setting unres.library.paths); it is being indexed.`);
}

const count = (n: number): string => n.toLocaleString('en');

/** The item is shown beside resolutions only. */
function showFor(item: vscode.StatusBarItem, editor: vscode.TextEditor | undefined): void {
  if (editor?.document.languageId === 'unres' && item.text) item.show();
  else item.hide();
}

function show(item: vscode.StatusBarItem, s: LibraryStatus): void {
  if (s.state === 'indexing') {
    item.text = `$(sync~spin) unres: indexing ${count(s.done ?? 0)} of ${count(s.total ?? 0)}`;
    item.tooltip = 'unres is indexing the resolution library';
  } else if ((s.paths ?? []).length > 0) {
    item.text = `$(library) ${count(s.documents ?? 0)} resolutions`;
    item.tooltip = `Resolution library: ${count(s.documents ?? 0)} resolutions in ${(s.paths ?? []).join(', ')}, over the built-in catalog of ${count(s.catalog ?? 0)}. Click to add a folder.`;
  } else {
    item.text = '$(library) unres catalog';
    item.tooltip = `Built-in catalog of ${count(s.catalog ?? 0)} UN resolutions (subjects, dates, votes). Click to add a library folder for their full texts.`;
  }
  showFor(item, vscode.window.activeTextEditor);
}

/** Registers the command and the status bar item; returns the item (the extension exposes it). */
export function registerLibrary(context: vscode.ExtensionContext, client: LanguageClient): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('unres.library', vscode.StatusBarAlignment.Right, 100);
  item.name = 'unres resolution library';
  item.command = ADD_LIBRARY_FOLDER;
  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(ADD_LIBRARY_FOLDER, addLibraryFolder),
    client.onNotification('unres/libraryStatus', (s: LibraryStatus) => show(item, s)),
    vscode.window.onDidChangeActiveTextEditor((editor) => showFor(item, editor)),
    // A plain file switched to a resolution keeps its editor: follow the language too.
    vscode.workspace.onDidOpenTextDocument(() => showFor(item, vscode.window.activeTextEditor)),
  );
  return item;
}
