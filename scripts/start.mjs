// The main job for now: check the example drafts with the CLI and print what a drafter would see.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const files = readdirSync('examples').filter((f) => f.endsWith('.unres')).map((f) => `examples/${f}`);
const r = spawnSync(process.execPath, ['bin/unres.js', 'check', ...files], { stdio: 'inherit' });
process.exit(r.status === 1 ? 0 : (r.status ?? 1));
