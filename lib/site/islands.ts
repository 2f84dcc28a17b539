import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The islands a page can hold; each is a bundle built from components/islands/<name>.ts[x]. */
export type IslandName = string;

const MANIFEST = 'public/_islands/manifest.json';
let cached: Record<IslandName, string> | undefined;

/**
 * Where each island's bundle is served, from the manifest that `npm run build:islands` writes
 * (npm run build runs it first). A missing manifest stops the build with the command to run.
 */
export function islandManifest(root = process.cwd()): Record<IslandName, string> {
  if (cached) return cached;
  try {
    cached = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as Record<IslandName, string>;
  } catch (error) {
    throw new Error(`${MANIFEST}: cannot read the island manifest (${(error as Error).message}).\n  fix: run \`npm run build:islands\` (npm run build does it before next build).`);
  }
  return cached;
}
