/**
 * Runs inside the real VS Code extension host (code-server's VS Code) with the built extension, on a
 * temporary copy of the examples (and of S/RES/2584 (2021) from the corpus when present). Asserts
 * through the `vscode` API only, as a user's editor sees it.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { until } from './until';

const ws = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri;

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ws(), name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function at(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `«${needle}» in ${doc.fileName}`);
  return doc.positionAt(i + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('unres in VS Code', () => {
  it('detects the language of .unres files, of a pasted resolution, and switches a plain file on command', async () => {
    assert.equal((await open('sc-mandate-renewal.unres')).languageId, 'unres');
    const pasted = await vscode.workspace.findFiles('S-RES-2584-2021.pdf.txt');
    if (pasted.length > 0) {
      const doc = await open('S-RES-2584-2021.pdf.txt');
      await until('detection of the pasted resolution', () => (doc.isClosed ? undefined : vscode.window.activeTextEditor?.document.languageId === 'unres' ? true : undefined));
    }
    const plain = await open('notes.txt');
    assert.equal(plain.languageId, 'plaintext');
    await vscode.commands.executeCommand('unres.treatAsResolution');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'unres');
  });

  it('shows the diagnostics of a draft with known faults', async () => {
    const doc = await open('with-mistakes.unres');
    const diags = await until('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length >= 8 ? d : undefined;
    });
    const codes = diags.map((d) => String(typeof d.code === 'object' ? d.code.value : d.code)).sort();
    for (const c of ['numbering/sequence', 'numbering/subparagraph-sequence', 'ref/year-mismatch', 'ref/style', 'style/operative-ending', 'xref/direction', 'xref/unknown-target']) assert.ok(codes.includes(c), c);
    const direction = diags.find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'xref/direction')!;
    assert.deepEqual([direction.range.start.line, direction.range.start.character, direction.range.end.character], [at(doc, 'above;').line, at(doc, 'above;').character, at(doc, 'above;').character + 5]);
    assert.equal(direction.severity, vscode.DiagnosticSeverity.Error);
  });

  it('hovers an internal and a document reference', async () => {
    const doc = await open('sc-mandate-renewal.unres');
    const internal = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, 'paragraph 4 below', 10)));
    assert.match(internal, /Requests the Government of Arcadia/);
    const external = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, 'resolution 2374 (2017)', 13)));
    assert.match(external, /Security Council resolution/);
    assert.match(external, /undocs\.org\/en\/S\/RES\/2374\(2017\)/);
  });

  it('goes to the definition of a reference', async () => {
    const doc = await open('sc-mandate-renewal.unres');
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at(doc, 'paragraph 4 below', 10));
    const t = targets[0];
    const range = 'targetRange' in t ? t.targetSelectionRange ?? t.targetRange : t.range;
    assert.equal(range.start.line, at(doc, '\n4. Requests', 1).line);
  });

  it('outlines the document', async () => {
    const doc = await open('sc-mandate-renewal.unres');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Political process') && names.includes('Mandate of the Mission'), names.join(' | '));
  });

  it('completes paragraph numbers after "paragraph "', async () => {
    const doc = await open('ga-draft.unres');
    const editor = vscode.window.activeTextEditor!;
    const end = at(doc, 'within existing resources;');
    await editor.edit((e) => e.insert(end, 'and paragraph '));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end.translate(0, 'and paragraph '.length));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('4') && labels.includes('1'), labels.join(','));
    await vscode.commands.executeCommand('undo');
  });

  it('offers code actions with their edits', async () => {
    const doc = await open('with-mistakes.unres');
    const range = new vscode.Range(at(doc, 'above;'), at(doc, 'above;', 5));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    const swap = actions.find((a) => a.title === "Change 'above' to 'below'");
    assert.ok(swap?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(swap.edit));
    assert.match(doc.getText(), /tasks in paragraph 4 below;/);
  });

  it('renumbers paragraphs and their references with the command', async () => {
    const doc = await open('sc-mandate-renewal.unres');
    await vscode.commands.executeCommand('unres.renumber');
    await until('renumbered text', () => (!/\n\d+ bis\./.test(doc.getText()) ? true : undefined));
    const text = doc.getText();
    assert.match(text, /\n3\. \[Encourages the parties/);
    assert.match(text, /\n11\. Decides to remain actively seized/);
    assert.match(text, /paragraphs 2 above and 7 and 9 below/);
    assert.match(text, /paragraph 5 \(b\) \(i\) above/);
  });

  it('cleans up text pasted from a PDF with the command', async function () {
    if ((await vscode.workspace.findFiles('S-RES-2584-2021.pdf.txt')).length === 0) this.skip();
    await open('S-RES-2584-2021.pdf.txt');
    await until('resolution language', () => (vscode.window.activeTextEditor?.document.languageId === 'unres' ? true : undefined));
    const doc = vscode.window.activeTextEditor!.document;
    await vscode.commands.executeCommand('unres.cleanUpPdf');
    await until('cleaned text', () => (!doc.getText().includes('21-08828') ? true : undefined));
    assert.ok(!doc.getText().includes('undocs.org'));
    assert.match(doc.getText(), /\n\n61\. Requests the Secretary-General to report to the Security Council every three months/);
  });

  it('opens the references of a cited paragraph from its code lens command', async () => {
    const doc = await open('ga-draft.unres');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const lens = lenses.find((l) => l.command?.title.startsWith('cited by'));
    assert.ok(lens?.command);
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
  });

  it('wraps prose lines, and knows a cited resolution from the built-in catalog with no setup', async () => {
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'unres' }).get('wordWrap'), 'on');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'off');
    const doc = await open('sc-mandate-renewal.unres');
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, 'resolution 2374 (2017)', 13)));
    assert.match(hover, /The situation in Mali/);
    assert.match(hover, /15 in favour, adopted unanimously/);
  });

  it('shows the library in the status bar, and adds a folder with the command’s folder picker', async () => {
    const api = vscode.extensions.getExtension<{ libraryStatus: vscode.StatusBarItem }>('unres.unres')!.exports;
    const item = api.libraryStatus;
    await until('the status bar item', () => (/unres catalog|resolutions/.test(item.text) ? true : undefined));
    assert.equal(item.command, 'unres.addLibraryFolder');
    const folder = join(__dirname, '../../test/fixtures/library-languages');
    const picker = vscode.window.showOpenDialog;
    let asked: vscode.OpenDialogOptions | undefined;
    vscode.window.showOpenDialog = async (options) => {
      asked = options;
      return [vscode.Uri.file(folder)];
    };
    try {
      await vscode.commands.executeCommand('unres.addLibraryFolder');
    } finally {
      vscode.window.showOpenDialog = picker;
    }
    assert.equal(asked?.canSelectFolders, true);
    const config = vscode.workspace.getConfiguration('unres');
    try {
      assert.deepEqual(config.inspect<string[]>('library.paths')?.globalValue, [folder]);
      await until('the indexed library in the status bar', () => (/^\$\(library\) \d+ resolutions$/.test(item.text) && String(item.tooltip).includes(folder) ? true : undefined));
      // The library's text of a cited paragraph, in the draft's language.
      const draft = await vscode.workspace.openTextDocument({ language: 'unres', content: 'Le Conseil de sécurité,\n\n1. Rappelle le paragraphe 2 de sa résolution 9010 (2026) ;\n' });
      const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, at(draft, 'paragraphe 2', 11)));
      assert.match(hover, /Prie la Mission d’observation/);
    } finally {
      await config.update('library.paths', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('checks a language version against its original and shows the differences on the version', async () => {
    const english = 'The Security Council,\n\nRecalling its resolution 2441 (2018),\n\n1. Decides to extend the mandate until 30 June 2022;\n';
    const french = 'Le Conseil de sécurité,\n\nRappelant sa résolution 2241 (2018),\n\n1. Décide de proroger le mandat jusqu’au 30 juin 2022 ;\n';
    const original = await vscode.workspace.openTextDocument({ language: 'unres', content: english });
    const version = await vscode.workspace.openTextDocument({ language: 'unres', content: french });
    await vscode.window.showTextDocument(version);
    assert.equal(await vscode.commands.executeCommand<number>('unres.checkConcordance', original.uri), 1);
    const found = vscode.languages.getDiagnostics(version.uri).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'concordance/citation');
    assert.ok(found, 'the finding is on the version');
    assert.equal(found.range.start.character, at(version, '2241').character);
    assert.equal(found.relatedInformation?.[0].location.uri.toString(), original.uri.toString());
  });
});
