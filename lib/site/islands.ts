import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = 'public/_islands/manifest.json';
let cached: Record<string, string> | undefined;

/**
 * Where each island's bundle (built from components/islands/<name>.ts[x]) is served, by name,
 * from the manifest that `npm run build:islands` writes (npm run build runs it first). A missing
 * manifest stops the build with the command to run.
 */
export function islandManifest(root = process.cwd()): Record<string, string> {
  if (cached) return cached;
  try {
    cached = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new Error(`${MANIFEST}: cannot read the island manifest (${(error as Error).message}).\n  fix: run \`npm run build:islands\` (npm run build does it before next build).`);
  }
  return cached;
}
