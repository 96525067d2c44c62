-- Neovim (0.7 API) as an LSP client of `byline lsp --stdio`: diagnostics, hover, document
-- symbols, definition, references. Run by tests/nvim/run.mjs, which sets the BYLINE_* variables.
-- Prints TAP-like lines; exits with :qa! on success and :cq! on failure.
local env = function(name) return os.getenv(name) or error('missing ' .. name) end
local failures, count = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(cond, what, detail)
  count = count + 1
  if cond then out('ok ' .. count .. ' - ' .. what)
  else
    failures = failures + 1
    out('not ok ' .. count .. ' - ' .. what .. (detail and (': ' .. detail) or ''))
  end
end

local function main()
  local workspace, file = env('BYLINE_WORKSPACE'), env('BYLINE_FILE')
  local expected = tonumber(env('BYLINE_EXPECT_DIAGNOSTICS'))
  local speakers = tonumber(env('BYLINE_EXPECT_SPEAKERS'))

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'byline',
    cmd = { 'node', env('BYLINE_SERVER'), 'lsp', '--stdio' },
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'seeds' } },
  })
  check(client_id ~= nil, 'start_client')
  vim.lsp.buf_attach_client(buf, client_id)
  local ready = vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized
  end, 50)
  check(ready, 'server initialized')

  -- diagnostics: as many as the CLI finds, each from byline, each range on the annotation text
  if expected > 0 then
    vim.wait(15000, function() return #vim.diagnostic.get(buf) >= expected end, 50)
  else
    vim.wait(1500, function() return false end, 50)
  end
  local diagnostics = vim.diagnostic.get(buf)
  check(#diagnostics == expected, 'diagnostics count equals the CLI annotations', #diagnostics .. ' vs ' .. expected)
  local bad = 0
  for _, d in ipairs(diagnostics) do
    local lsp = d.user_data and d.user_data.lsp or {}
    local data = lsp.data or {}
    local lines = vim.api.nvim_buf_get_text(buf, d.lnum, d.col, d.end_lnum, d.end_col, {})
    local text = table.concat(lines, '\n')
    if d.source ~= 'byline' or text ~= data.text then
      bad = bad + 1
      out('# ' .. vim.inspect({ source = d.source, text = text, expected = data.text, message = d.message }))
    end
  end
  check(bad == 0, 'every diagnostic is from byline and spans its annotation text', bad .. ' bad')

  -- hover on a speaker: full name and role
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = tonumber(env('BYLINE_HOVER_LINE')), character = tonumber(env('BYLINE_HOVER_CHARACTER')) },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 5000)
  check(responses ~= nil and responses[client_id] ~= nil and responses[client_id].err == nil, 'hover answers')
  if speakers > 0 then
    local result = responses and responses[client_id] and responses[client_id].result
    local value = result and result.contents and result.contents.value or ''
    check(value:find(env('BYLINE_HOVER_NAME'), 1, true) ~= nil, 'hover names the speaker', value)
    check(value:find('Secretary of State', 1, true) ~= nil, 'hover gives the role', value)
  else
    out('# skip: the analyser finds no speakers yet')
  end

  -- document symbols and definition answer
  local symbols = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = params.textDocument }, 5000)
  check(symbols ~= nil and symbols[client_id] ~= nil and symbols[client_id].err == nil, 'document symbols answer')
  local defs = vim.lsp.buf_request_sync(buf, 'textDocument/definition', params, 5000)
  check(defs ~= nil and defs[client_id] ~= nil and defs[client_id].err == nil, 'definition answers')

  -- references (sent as pre-serialised JSON over stdio): well-formed locations, one of them the
  -- speaker under the cursor
  if speakers > 0 then
    local rparams = vim.tbl_extend('force', params, { context = { includeDeclaration = true } })
    local refs = vim.lsp.buf_request_sync(buf, 'textDocument/references', rparams, 5000)
    local list = refs and refs[client_id] and refs[client_id].result or {}
    local wellFormed, here = #list >= 2, false
    for _, l in ipairs(list) do
      local r = l.range or {}
      if type(l.uri) ~= 'string' or type(r.start) ~= 'table' or type(r['end']) ~= 'table' or type(r.start.line) ~= 'number' then wellFormed = false end
      if l.uri == params.textDocument.uri and r.start.line == params.position.line and r.start.character <= params.position.character and r['end'].character >= params.position.character then here = true end
    end
    check(wellFormed and here, 'references list the speaker across files, including the one under the cursor', #list .. ' locations')
  end

  -- an edit: emptying the buffer clears the diagnostics (the copied seed may be read-only)
  vim.bo[buf].readonly = false
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, {})
  local cleared = vim.wait(5000, function() return #vim.diagnostic.get(buf) == 0 end, 50)
  check(cleared, 'an edit that empties the buffer clears its diagnostics')

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end

local ok, err = pcall(main)
if not ok then
  failures = failures + 1
  out('not ok - error: ' .. tostring(err))
end
out(string.format('# %d checks, %d failed', count, failures))
if failures == 0 then vim.cmd('qa!') else vim.cmd('cq!') end
