-- Neovim's built-in LSP client against `alliance-lint-server --stdio`, headless.
-- Written for Debian 12's nvim 0.7.2 (no vim.lsp.start, no `nvim -l`), works on newer ones.
--
--   ALLIANCE_E2E_OUT=/tmp/out.md nvim --headless --clean -c 'luafile lsp-e2e.lua' plan.alliance.md
--
-- Environment:
--   ALLIANCE_E2E_SERVER  command that starts the server (default: alliance-lint-server)
--   ALLIANCE_E2E_RULE    rule whose quick fix is applied (default: missing-exit-clause)
--   ALLIANCE_E2E_OUT     the buffer after the fix is written here, for the caller to compare
-- Prints DIAG / ACTION / RESULT / SYMBOL lines; exits 0 on success, 1 on failure.
local SERVER = os.getenv('ALLIANCE_E2E_SERVER') or 'alliance-lint-server'
local RULE = os.getenv('ALLIANCE_E2E_RULE') or 'missing-exit-clause'
local OUT = os.getenv('ALLIANCE_E2E_OUT')

local function say(s) io.stdout:write(s .. '\n') end
local function fail(msg)
  say('FAIL: ' .. msg)
  vim.cmd('cquit 1')
end

-- 0.7 keeps the LSP code in user_data.lsp.code; 0.8+ also in d.code.
local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local bufnr = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(bufnr)
if fname == '' then return fail('open a plan file') end
vim.bo[bufnr].filetype = 'markdown'

local exit_code
local client_id = vim.lsp.start_client({
  name = 'alliance-lint',
  cmd = { SERVER, '--stdio' },
  root_dir = vim.fn.fnamemodify(fname, ':p:h'),
  on_exit = function(code) exit_code = code end,
})
if not client_id then return fail('could not start ' .. SERVER) end
vim.lsp.buf_attach_client(bufnr, client_id)

-- 1) diagnostics pushed by the server, with the rule id as the code
local function rule_diags()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == RULE then table.insert(found, d) end
  end
  return found
end
if not vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 or exit_code ~= nil end, 50) then
  return fail('no diagnostics within 15s')
end
if exit_code ~= nil then return fail('server exited with ' .. tostring(exit_code)) end
-- all rules report in one publish; give a late second publish a moment anyway
vim.wait(300, function() return false end, 50)
local all = vim.diagnostic.get(bufnr)
for _, d in ipairs(all) do
  say(string.format('DIAG %d:%d %s [%s] %s', d.lnum + 1, d.col + 1, tostring(code_of(d)),
    tostring(d.source), d.message))
end
local diags = rule_diags()
if #diags == 0 then return fail('no ' .. RULE .. ' diagnostic') end
local d = diags[1]

-- 2) code actions for that diagnostic. vim.diagnostic columns are bytes; LSP wants UTF-16
-- code units (the Japanese plan makes the difference), and 0.7 keeps only code/tags/data of
-- the original LSP diagnostic, so rebuild it.
local function utf16(lnum, col)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ''
  local _, units = vim.str_utfindex(line, math.min(col, #line))
  return units
end
local range = {
  start = { line = d.lnum, character = utf16(d.lnum, d.col) },
  ['end'] = { line = d.end_lnum or d.lnum, character = utf16(d.end_lnum or d.lnum, d.end_col or d.col) },
}
local lsp_diag = { range = range, message = d.message, source = d.source, code = code_of(d), severity = d.severity }
local params = {
  textDocument = vim.lsp.util.make_text_document_params(bufnr),
  range = range,
  context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
}
local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
if err then return fail('codeAction: ' .. tostring(err)) end
local action
for _, resp in pairs(responses or {}) do
  if resp.err then say('codeAction error: ' .. vim.inspect(resp.err)) end
  for _, a in ipairs(resp.result or {}) do
    local for_rule = false
    for _, ad in ipairs(a.diagnostics or {}) do
      if ad.code == RULE then for_rule = true end
    end
    say(string.format('ACTION %s (kind=%s, preferred=%s, for %s=%s)', a.title, tostring(a.kind),
      tostring(a.isPreferred), RULE, tostring(for_rule)))
    -- the template insertion, not a "disable the rule here" action
    if not action and a.edit and for_rule and not a.title:lower():find('disable') then action = a end
  end
end
if not action then return fail('no quick fix with an edit for ' .. RULE) end
say('APPLY ' .. action.title)
vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')

-- 3) the server re-checks after didChange: the diagnostic is gone, the others stay
if not vim.wait(15000, function() return #rule_diags() == 0 end, 50) then
  return fail(RULE .. ' still reported after the fix')
end
say(string.format('RESULT %s gone; %d diagnostic(s) left (was %d)', RULE, #vim.diagnostic.get(bufnr), #all))
for _, left in ipairs(vim.diagnostic.get(bufnr)) do
  say(string.format('LEFT %d:%d %s', left.lnum + 1, left.col + 1, tostring(code_of(left))))
end

-- 4) document symbols of the fixed plan: its sections, nested, each with the element it is
local symbol_params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
local symbol_responses, symbol_err = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', symbol_params, 10000)
if symbol_err then return fail('documentSymbol: ' .. tostring(symbol_err)) end
local symbols = 0
local function print_symbols(list, depth)
  for _, s in ipairs(list or {}) do
    symbols = symbols + 1
    say(string.format('SYMBOL %d %s%s', s.range.start.line + 1, string.rep('  ', depth), s.name))
    print_symbols(s.children, depth + 1)
  end
end
for _, resp in pairs(symbol_responses or {}) do
  if resp.err then return fail('documentSymbol error: ' .. vim.inspect(resp.err)) end
  print_symbols(resp.result, 0)
end
if symbols == 0 then return fail('no document symbols') end

if OUT then
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local text = table.concat(lines, '\n')
  if vim.bo[bufnr].eol then text = text .. '\n' end
  local f = assert(io.open(OUT, 'wb'))
  f:write(text)
  f:close()
end
say('PASS')
vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qall!')
