#!/usr/bin/env node
// Runs the language server built by `npm run build` (pass --stdio, --node-ipc or --socket=N).
require('../out/server/src/lsp/main.js');
