-- Neovim's built-in LSP client (0.7 and later) against `medlint lsp`, run headless by
-- test/lsp/neovim.test.ts: open an article, record the diagnostics, apply the preferred quick
-- fix of one finding, save, and record the diagnostics again. Paths come from the environment.
local root = os.getenv('MEDLINT_ROOT')
local file = os.getenv('MEDLINT_FILE')
local out = os.getenv('MEDLINT_OUT')
local rule = os.getenv('MEDLINT_RULE')
local result = { diagnostics = {}, after = {}, applied = vim.NIL }
local latest = nil

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local client_id = vim.lsp.start_client({
  name = 'medlint',
  cmd = { os.getenv('MEDLINT_NODE'), os.getenv('MEDLINT_BIN'), 'lsp', '--stdio' },
  root_dir = root,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      latest = params
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
    end,
  },
})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(20000, function() return latest ~= nil and #latest.diagnostics > 0 end, 50) then
  result.error = 'no diagnostics'
  return finish()
end
local target = nil
for _, d in ipairs(latest.diagnostics) do
  table.insert(result.diagnostics, { line = d.range.start.line, character = d.range.start.character, code = d.code, severity = d.severity })
  if target == nil and d.code == rule and d.data and d.data.fix then target = d end
end
-- What Neovim shows: its own diagnostics list for the buffer.
result.shown = #vim.diagnostic.get(buf)
if target == nil then
  result.error = 'no finding of ' .. rule .. ' with a safe fix'
  return finish()
end

local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = target.range, context = { diagnostics = { target } } }
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    if action.isPreferred and result.applied == vim.NIL then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      result.applied = action.title
    end
  end
end
vim.cmd('write')
local before = latest
-- The diagnostics of the fixed text: a publish for the text before the edit (from the open, under load) can arrive
-- after it, so wait for one without the fixed finding; if none comes, the test's assertions report it.
local function fixed()
  if latest == before then return false end
  for _, d in ipairs(latest.diagnostics) do
    if d.code == rule and d.range.start.line == target.range.start.line and d.range.start.character == target.range.start.character then return false end
  end
  return true
end
vim.wait(20000, fixed, 50)
for _, d in ipairs(latest.diagnostics) do
  table.insert(result.after, { line = d.range.start.line, character = d.range.start.character, code = d.code })
end
vim.lsp.stop_client(client_id)
finish()
