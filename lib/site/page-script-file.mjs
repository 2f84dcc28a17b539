/** Where lib/build/build-islands.mjs leaves the bundled page script for components/shell/PageScript.tsx to inline. */
export const PAGE_SCRIPT_FILE = 'node_modules/.cache/page-script/page-script.js';
