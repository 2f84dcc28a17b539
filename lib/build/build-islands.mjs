#!/usr/bin/env node
// Bundles the page's client code, before `next build`:
// 1. the islands (components/islands/<name>.ts[x]) into public/_islands/ with content-hashed names, and
//    public/_islands/manifest.json ({ "<name>": "/_islands/<name>-<hash>.js" }), which `next build` copies to out/;
// 2. the page script (components/shell/page-script/), with that manifest written in, into one minified
//    classic script, node_modules/.cache/page-script/page-script.js, which components/shell/PageScript.tsx
//    inlines first in every page's <body>.
// Pages ship no framework runtime: an island's code loads only when the page needs it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { build } from 'rolldown';
import { PAGE_SCRIPT_FILE } from '../site/page-script-file.mjs';

const SOURCE = 'components/islands';
const OUT = 'public/_islands';
const entries = readdirSync(SOURCE).filter((file) => /^[a-z-]+\.tsx?$/.test(file));

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  input: Object.fromEntries(entries.map((file) => [basename(file, extname(file)), join(SOURCE, file)])),
  tsconfig: 'tsconfig.json',
  transform: { jsx: { runtime: 'automatic' }, define: { 'process.env.NODE_ENV': '"production"' } },
  output: { dir: OUT, format: 'es', entryFileNames: '[name]-[hash].js', chunkFileNames: 'shared-[hash].js', minify: true },
  logLevel: 'warn',
  onLog(level, log, handler) {
    // 'use client' marks components Next renders on the server too; bundled here it means nothing.
    if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
    handler(level, log);
  },
});

const manifest = {};
for (const chunk of result.output) if (chunk.type === 'chunk' && chunk.isEntry) manifest[chunk.name] = `/_islands/${chunk.fileName}`;
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`islands: ${Object.entries(manifest).map(([name, url]) => `${name} → ${url}`).join(', ')}`);

// The manifest goes into the script as a JSON literal; "<" is escaped so no URL could close the <script> element.
const pageScript = await build({
  input: 'components/shell/page-script/index.ts',
  tsconfig: 'tsconfig.json',
  transform: { define: { __ISLANDS__: JSON.stringify(manifest).replace(/</g, '\\u003c') } },
  output: { format: 'iife', minify: true },
  write: false,
  logLevel: 'warn',
});
const [chunk] = pageScript.output;
const code = chunk.code.trim();
if (/<\/script/i.test(code)) throw new Error('page script: the bundle contains "</script", which would end the inline <script> early');
mkdirSync(dirname(PAGE_SCRIPT_FILE), { recursive: true });
writeFileSync(PAGE_SCRIPT_FILE, code);
console.log(`page script: ${PAGE_SCRIPT_FILE}, ${(code.length / 1024).toFixed(1)} KB`);
