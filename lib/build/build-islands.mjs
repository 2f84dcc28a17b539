#!/usr/bin/env node
// Bundles the page islands (components/islands/<name>.ts[x]) into public/_islands/ with content-hashed names,
// and writes public/_islands/manifest.json ({ "<name>": "/_islands/<name>-<hash>.js" }) for the page script's
// loader. Runs before `next build`, which copies public/ into out/. Pages ship no framework runtime: an island's
// code, and React with it where the island needs React (charts), loads only when the page needs it.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { build } from 'rolldown';

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
