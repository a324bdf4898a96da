/** A real LSP client (vscode-languageserver-protocol) driving the built server over stdio. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '../../../bin/unres-language-server.js');

export interface Client {
  readonly connection: rpc.ProtocolConnection;
  readonly process: ChildProcess;
  /** Diagnostics as published, by URI. */
  readonly diagnostics: Map<string, rpc.Diagnostic[]>;
  readonly messages: string[];
  /** Workspace edits the server asked the client to apply. */
  readonly applied: rpc.ApplyWorkspaceEditParams[];
  open(name: string, text: string, languageId?: string): Promise<string>;
  waitForDiagnostics(uri: string, version?: number): Promise<rpc.Diagnostic[]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly workspaceFolders?: string[];
  readonly capabilities?: rpc.ClientCapabilities;
  readonly initializationOptions?: unknown;
  /** The client's display language (InitializeParams.locale). */
  readonly locale?: string;
  /** Another server entry point (the benchmark runs the bundled one). */
  readonly server?: string;
}

export async function startClient(settings: unknown = {}, options: StartOptions = {}): Promise<Client> {
  // The server's cache goes to a temporary folder, never to the real home.
  const cacheHome = mkdtempSync(join(tmpdir(), 'unres-cache-'));
  const child = spawn(process.execPath, [options.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout!), new rpc.StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, rpc.Diagnostic[]>();
  const versions = new Map<string, number>();
  const waiters: (() => void)[] = [];
  const messages: string[] = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    diagnostics.set(p.uri, p.diagnostics);
    if (p.version !== undefined) versions.set(p.uri, p.version);
    waiters.splice(0).forEach((w) => w());
  });
  connection.onNotification(rpc.ShowMessageNotification.type, (p) => void messages.push(p.message));
  connection.onRequest(rpc.ShowMessageRequest.type, (p) => {
    messages.push(p.message);
    return null;
  });
  connection.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => settings));
  connection.onRequest(rpc.RegistrationRequest.type, () => undefined);
  const applied: rpc.ApplyWorkspaceEditParams[] = [];
  connection.onRequest(rpc.ApplyWorkspaceEditRequest.type, (p) => {
    applied.push(p);
    return { applied: true };
  });
  connection.listen();
  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: (options.workspaceFolders ?? []).map((f) => ({ uri: pathToFileURL(f).href, name: f })),
    initializationOptions: options.initializationOptions,
    locale: options.locale,
    // Folding ranges as vscode-languageclient asks for them: at most 5000, whole lines.
    capabilities: options.capabilities ?? {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown'] }, foldingRange: { rangeLimit: 5000, lineFoldingOnly: true } },
    },
  });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  let counter = 0;
  const client: Client = {
    connection,
    process: child,
    diagnostics,
    messages,
    applied,
    async open(name, text, languageId = 'unres') {
      const uri = pathToFileURL(`/tmp/unres-test-${process.pid}-${counter++}-${name}`).href;
      await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      return uri;
    },
    async waitForDiagnostics(uri, version = 1) {
      const deadline = Date.now() + 20000;
      while (!(diagnostics.has(uri) && (versions.get(uri) ?? 0) >= version)) {
        if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
      return diagnostics.get(uri)!;
    },
    async stop() {
      try {
        await connection.sendRequest(rpc.ShutdownRequest.type);
        await connection.sendNotification(rpc.ExitNotification.type);
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
      rmSync(cacheHome, { recursive: true, force: true });
    },
  };
  return client;
}

/** Position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0, from = 0): rpc.Position {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`«${needle}» not found`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}
