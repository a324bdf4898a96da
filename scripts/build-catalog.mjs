// Generates data/un-resolutions.jsonl, the catalog of UN resolutions shipped with unres, from the corpus
// (`../shared/corpus` or the folder given as the first argument). Run `npm run catalog` (builds first).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildCatalog } = require(join(root, 'out/server/src/library/bundled/build.js'));
const { readCatalogSources } = require(join(root, 'out/server/src/library/bundled/corpus.js'));
const { CATALOG_FILE } = require(join(root, 'out/server/src/library/bundled/catalog.js'));

const corpus = resolve(process.argv[2] ?? join(root, '../shared/corpus'));
const { sources, source } = readCatalogSources(corpus);
const text = buildCatalog(sources, { source, generated: new Date().toISOString().slice(0, 10) });
const out = join(root, CATALOG_FILE);
writeFileSync(out, text);
console.log(`${out}: ${text.split('\n').length - 2} resolutions, ${(text.length / 1024).toFixed(0)} KB`);
