#!/usr/bin/env node
// Runs the CLI built by `npm run build`.
require('../out/server/src/cli/index.js');
