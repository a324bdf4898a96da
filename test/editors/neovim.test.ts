/** A second real LSP client: headless Neovim starts the server over stdio on a draft and prints what it gets. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, isolatedEnv, tempDir } from '../helpers/editors';

const LUA = `
local server = vim.fn.getenv('UNRES_SERVER')
local file = vim.fn.getenv('UNRES_FILE')
local diagnostics = nil
vim.cmd('edit ' .. file)
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'unres'
local handlers = {
  ['textDocument/publishDiagnostics'] = function(_, result)
    if result and #result.diagnostics > 0 then diagnostics = result.diagnostics end
  end,
}
local id = vim.lsp.start_client({ name = 'unres', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.fnamemodify(file, ':h'), handlers = handlers })
vim.lsp.buf_attach_client(buf, id)
local ok = vim.wait(20000, function() return diagnostics ~= nil end, 50)
if not ok then print('NO DIAGNOSTICS'); vim.cmd('cq!') end
for _, d in ipairs(diagnostics) do
  print(string.format('DIAG %d:%d %s %s', d.range.start.line + 1, d.range.start.character + 1, d.code, d.message))
end
local client = vim.lsp.get_client_by_id(id)
local line, col = vim.fn.getenv('UNRES_LINE'), vim.fn.getenv('UNRES_COL')
local res = client.request_sync('textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = tonumber(line), character = tonumber(col) } }, 10000, buf)
if not res or not res.result then print('NO HOVER'); vim.cmd('cq!') end
print('HOVER ' .. res.result.contents.value:gsub('\\n', ' '))
client.stop()
vim.cmd('qa!')
`;

describe('end to end: Neovim as LSP client', function () {
  this.timeout(60000);

  it('gets diagnostics and a hover from bin/unres-language-server.js --stdio', () => {
    const dir = tempDir('unres-nvim-');
    const file = join(dir, 'with-mistakes.unres');
    copyFileSync(join(ROOT, 'examples/with-mistakes.unres'), file);
    const lua = join(dir, 'test.lua');
    writeFileSync(lua, LUA);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('paragraph 4 above'));
    // Headless Neovim prints messages on standard error.
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${lua}`], {
      env: { ...isolatedEnv(dir), UNRES_SERVER: join(ROOT, 'bin/unres-language-server.js'), UNRES_FILE: file, UNRES_LINE: String(line), UNRES_COL: String(lines[line].indexOf('paragraph 4 above') + 10) },
      encoding: 'utf8',
      timeout: 45000,
      killSignal: 'SIGKILL',
    });
    const all = `${r.stdout}${r.stderr}`;
    assert.equal(r.status, 0, all);
    assert.match(all, /DIAG 13:72 xref\/direction Paragraph 4 comes after this paragraph \(2\)/);
    assert.match(all, /DIAG 19:1 numbering\/subparagraph-sequence Expected \(b\), found \(c\)\./);
    assert.match(all, /HOVER \*\*Paragraph 4\*\*.*Requests the Panel of Experts/);
  });
});
