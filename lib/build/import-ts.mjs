import { mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

/**
 * Imports a TypeScript module of lib/ (or components/) from a Node script. Node 20 cannot strip types, so rolldown
 * bundles the entry and its relative imports into node_modules/.cache/ts-scripts/; packages stay
 * external and load from node_modules as usual.
 */
export async function importTs(entry) {
  const name = basename(entry).replace(/\.tsx?$/, '');
  // A folder per entry: a module loaded with import() becomes a chunk of its own, loaded when asked for.
  const dir = resolve('node_modules/.cache/ts-scripts', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    input: resolve(entry),
    platform: 'node',
    // The @/ paths and the JSX of components/ (the build-time chart drawing is a React component).
    tsconfig: 'tsconfig.json',
    transform: { jsx: { runtime: 'automatic' } },
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@/') && !id.startsWith('\0'),
    logLevel: 'warn',
    output: { dir, format: 'esm', entryFileNames: `${name}.mjs`, chunkFileNames: '[name]-[hash].mjs' },
  });
  return import(`${pathToFileURL(join(dir, `${name}.mjs`)).href}?t=${Date.now()}`);
}
