/** The VS Code extension: starts the language server and registers commands. Nothing else. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { Location as LspLocation, Position as LspPosition } from 'vscode-languageclient';
import { registerLibrary } from './library';
import { registerConcordance } from './concordance';
import { registerAgreed } from './agreed';

let client: LanguageClient | undefined;

/**
 * A plain-text file whose first lines are a resolution's ("Resolution 2584 (2021)", "The Security Council,"):
 * VS Code's own first-line detection does not apply to .txt files, which their extension already claims.
 */
const RESOLUTION_START =
  /^[ \t]*(?:(?:Resolution|Résolution|Resolución|Резолюция|القرار) \d{1,4} \(\d{4}\)|第\d{1,4} ?\(\d{4}\)号决议|S\/RES\/\d{1,4}|A\/(?:HRC\/)?RES\/\d|The (?:Security Council|General Assembly|Human Rights Council),)/;

function detect(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext') return;
  for (let line = 0; line < Math.min(doc.lineCount, 12); line++) {
    if (RESOLUTION_START.test(doc.lineAt(line).text)) {
      void vscode.languages.setTextDocumentLanguage(doc, 'unres');
      return;
    }
  }
}

/** Palette commands that the server carries out on the active document. */
const SERVER_COMMANDS: Record<string, string> = {
  'unres.renumber': 'unres.server.renumber',
  'unres.cleanUpPdf': 'unres.server.cleanUpPdf',
};

/** What the extension exposes to other extensions (and to its in-editor tests). */
export interface UnresApi {
  /** The status bar item of the resolution library. */
  readonly libraryStatus: vscode.StatusBarItem;
}

export async function activate(context: vscode.ExtensionContext): Promise<UnresApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'unres' }],
    synchronize: { configurationSection: 'unres' },
    initializationOptions: { globalStorage: context.globalStorageUri.fsPath },
  };
  client = new LanguageClient('unres', 'UN resolutions (unres)', serverOptions, clientOptions);

  for (const [command, serverCommand] of Object.entries(SERVER_COMMANDS)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command, async () => {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId !== 'unres') {
          void vscode.window.showWarningMessage(vscode.l10n.t('unres: open a UN resolution first (or run "Treat this file as a UN resolution").'));
          return;
        }
        await vscode.commands.executeCommand(serverCommand, editor.document.uri.toString());
      }),
    );
  }
  registerConcordance(context, () => client);
  registerAgreed(context, () => client!);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(detect));
  vscode.workspace.textDocuments.forEach(detect);
  context.subscriptions.push(
    vscode.commands.registerCommand('unres.treatAsResolution', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, 'unres');
    }),
    vscode.commands.registerCommand('unres.showReferences', async (uri: string, position: LspPosition, locations: LspLocation[]) => {
      const c = client!.protocol2CodeConverter;
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), c.asPosition(position), locations.map((l) => c.asLocation(l)));
    }),
  );
  const libraryStatus = registerLibrary(context, client);
  await client.start();
  return { libraryStatus };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
