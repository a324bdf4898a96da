/**
 * "unres: Check against another language version": the active resolution is the version; the user picks
 * the original among the open resolutions or from a file. The server compares them; its findings go
 * into a diagnostic collection of their own, cleared when the version changes.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageclient';

async function pickOriginal(version: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const browse = { label: `$(folder-opened) ${vscode.l10n.t('Choose a file…')}`, uri: undefined as vscode.Uri | undefined };
  const open = vscode.workspace.textDocuments
    .filter((d) => d.languageId === 'unres' && d.uri.toString() !== version.uri.toString())
    .map((d) => ({ label: path.basename(d.uri.path), description: vscode.workspace.asRelativePath(d.uri), uri: d.uri as vscode.Uri | undefined }));
  const picked = await vscode.window.showQuickPick([...open, browse], { placeHolder: vscode.l10n.t('The original to check {0} against', path.basename(version.uri.path)) });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const files = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Check against this original') });
  return files?.[0];
}

export function registerConcordance(context: vscode.ExtensionContext, clientOf: () => LanguageClient | undefined): void {
  const collection = vscode.languages.createDiagnosticCollection('unres-concordance');
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) collection.delete(e.document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    /** With an original's URI as argument (tests, keybindings) the pick is skipped; returns the number of findings. */
    vscode.commands.registerCommand('unres.checkConcordance', async (originalArg?: vscode.Uri | string): Promise<number | undefined> => {
      const editor = vscode.window.activeTextEditor;
      const client = clientOf();
      if (editor?.document.languageId !== 'unres' || !client) {
        void vscode.window.showWarningMessage(vscode.l10n.t('unres: open the language version to check first.'));
        return undefined;
      }
      const version = editor.document;
      const original = typeof originalArg === 'string' ? vscode.Uri.parse(originalArg) : (originalArg ?? (await pickOriginal(version)));
      if (!original) return undefined;
      const found = (await client.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.concordance', arguments: [version.uri.toString(), original.toString()] })) as LspDiagnostic[] | null;
      const diagnostics = await client.protocol2CodeConverter.asDiagnostics(found ?? []);
      collection.set(version.uri, diagnostics);
      const name = path.basename(original.path);
      if (diagnostics.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('unres: this version agrees with {0}.', name));
      else {
        void vscode.window.showWarningMessage(vscode.l10n.t('unres: {0} differences from {1} (see the Problems panel).', diagnostics.length, name));
      }
      return diagnostics.length;
    }),
  );
}
