#!/usr/bin/env node
// Runs the CLI bundled by `npm run build` (dist/cli.js, one file to load rather than a hundred modules).
require('../dist/cli.js');
