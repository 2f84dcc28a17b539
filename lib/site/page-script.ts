import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_SCRIPT_FILE } from './page-script-file.mjs';

let cached: string | undefined;

/**
 * The page script as bundled by `npm run build:islands` (components/shell/page-script/, with the
 * islands' manifest written in). A missing bundle stops the build with the command to run.
 */
export function pageScriptSource(root = process.cwd()): string {
  if (cached !== undefined) return cached;
  try {
    cached = readFileSync(join(root, PAGE_SCRIPT_FILE), 'utf8');
  } catch (error) {
    throw new Error(
      `${PAGE_SCRIPT_FILE}: cannot read the page script (${(error as Error).message}).\n  fix: run \`npm run build:islands\` (npm run build does it before next build).`,
    );
  }
  return cached;
}
