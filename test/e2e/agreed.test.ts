/**
 * Agreed language inside the real VS Code: the library is the small one written for the tests; the
 * commands are driven as a user runs them (the predecessor quick pick is accepted with Enter).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until } from './until';

const FIXTURES = path.join(__dirname, '../../test/fixtures');

interface Result {
  readonly symbol: string;
  readonly paragraph: string;
  readonly similarity: number;
}

describe('agreed language in VS Code', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.workspace.getConfiguration('unres').update('library.paths', [path.join(FIXTURES, 'agreed')], vscode.ConfigurationTarget.Global);
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(FIXTURES, 'agreed-draft.unres')));
    const doc = await vscode.workspace.openTextDocument({ language: 'unres', content: draft.getText() });
    editor = await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('unres').update('library.paths', undefined, vscode.ConfigurationTarget.Global);
  });

  const at = (needle: string): vscode.Position => editor.document.positionAt(editor.document.getText().indexOf(needle));

  it('finds the agreed language of the paragraph at the cursor and puts the adopted wording in the draft', async () => {
    editor.selection = new vscode.Selection(at('Urges all'), at('Urges all'));
    const results = await until('the library to answer', async () => {
      const r = await vscode.commands.executeCommand<Result[]>('unres.findAgreedLanguage', {});
      return r && r.length > 0 ? r : undefined;
    });
    // The workspace's own resolutions are in the library too; these two are the closest.
    assert.deepEqual(results.slice(0, 2).map((r) => `${r.symbol} ${r.paragraph} ${r.similarity}`), ['S/RES/9150 (2025) 2 0.85', 'S/RES/9101 (2024) 2 0.85']);
    await vscode.commands.executeCommand('unres.findAgreedLanguage', { pick: 0 });
    assert.match(editor.document.getText(), /\n3\. Calls upon all parties to respect the ceasefire and to cooperate fully with UNVMF in the discharge of its mandate;\n/);
  });

  it('says in the hover of a paragraph number that its wording was adopted before', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at('4. Requests'));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Agreed language: identical to S\/RES\/9150 \\\(2025\\\), paragraph 4/);
  });

  it('compares with the previous resolution it proposes: a view beside the draft, and code lenses on it', async () => {
    const pending = vscode.commands.executeCommand<{ title: string; paragraphs: { change: string }[] }>('unres.compareWithPrevious');
    // The quick pick proposes the predecessor first; Enter takes it.
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const c = await pending;
    assert.equal(c.title, 'Draft ↔ S/RES/9150 (2025)');
    assert.ok(c.paragraphs.some((p) => p.change === 'added'));
    await until('the comparison beside the draft', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.label === c.title) || undefined, 10000).catch(() => {
      assert.fail(`no tab ${c.title} in ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label} (${t.input?.constructor.name})`).join(', ')}`);
    });
    const titles = await until('the comparison lenses', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      const t = lenses.map((l) => l.command?.title ?? '');
      return t.some((x) => x.startsWith('unchanged since')) ? t : undefined;
    });
    assert.ok(titles.includes('unchanged since 9150 (2025) ¶4'), titles.join('\n'));
    assert.ok(titles.includes('new since 9150 (2025)'));
  });
});
