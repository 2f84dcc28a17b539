import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

/**
 * Imports a TypeScript module of lib/ from a Node script. Node 20 cannot strip types, so rolldown
 * bundles the entry and its relative imports into node_modules/.cache/ts-scripts/; packages stay
 * external and load from node_modules as usual.
 */
export async function importTs(entry) {
  const dir = resolve('node_modules/.cache/ts-scripts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
  await build({
    input: resolve(entry),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    logLevel: 'warn',
    output: { file, format: 'esm' },
  });
  return import(`${pathToFileURL(file).href}?t=${Date.now()}`);
}
