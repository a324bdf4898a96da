/** Finds the rule documentation shipped beside the server (bundled or compiled) and returns its URI. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function ruleDocsUri(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return pathToFileURL(candidate).href;
    if (dirname(dir) === dir) return 'https://undocs.org';
  }
}
