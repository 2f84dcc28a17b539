#!/usr/bin/env node
// Bundles the page's client code, before `next build`:
// 1. the islands (components/islands/<name>.ts[x]) into public/_islands/ with content-hashed names, and
//    public/_islands/manifest.json ({ "<name>": "/_islands/<name>-<hash>.js" }), which `next build` copies to out/;
// 2. the licence notices of the third-party code in them, public/_islands/LICENSES-<hash>.txt, named in
//    a comment at the top of each bundle that holds such code (lib/build/third-party.mjs); a bundled
//    package that npm installs as a development dependency stops the build;
// 3. the page script (components/shell/page-script/), with that manifest written in, into one minified
//    classic script, node_modules/.cache/page-script/page-script.js, which components/shell/PageScript.tsx
//    inlines first in every page's <body>. It may hold no third-party code: an inline script has no place for a notice.
// Pages ship no framework runtime: an island's code loads only when the page needs it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { build } from 'rolldown';
import { PAGE_SCRIPT_FILE } from '../site/page-script-file.mjs';
import { dependencyProblems, noticeBanner, noticesFileName, noticesText, packageOf, readLock, thirdPartyPackages } from './third-party.mjs';

const SOURCE = 'components/islands';
const OUT = 'public/_islands';
const entries = readdirSync(SOURCE).filter((file) => /^[a-z-]+\.tsx?$/.test(file));

const fail = (message) => {
  console.error(`build-islands: ${message}`);
  process.exit(1);
};

rmSync(OUT, { recursive: true, force: true });
// Every module of the graph, known before the bundles are written, so their banners can name the notices file.
const graph = new Set();
let notices;
const noticesOf = () => {
  if (notices) return notices;
  const packages = thirdPartyPackages(graph);
  const problems = dependencyProblems(packages, readLock());
  if (problems.length) fail(problems.join('\n'));
  const text = noticesText(packages);
  return (notices = { packages, text, url: `/_islands/${noticesFileName(text)}` });
};
const result = await build({
  input: Object.fromEntries(entries.map((file) => [basename(file, extname(file)), join(SOURCE, file)])),
  tsconfig: 'tsconfig.json',
  transform: { jsx: { runtime: 'automatic' }, define: { 'process.env.NODE_ENV': '"production"' } },
  plugins: [
    {
      name: 'module-graph',
      buildEnd() {
        for (const id of this.getModuleIds()) graph.add(id);
      },
    },
  ],
  output: {
    dir: OUT,
    format: 'es',
    entryFileNames: '[name]-[hash].js',
    chunkFileNames: 'shared-[hash].js',
    minify: true,
    banner: (chunk) => {
      const names = new Set(chunk.moduleIds.map((id) => packageOf(id)?.name).filter(Boolean));
      const packages = noticesOf().packages.filter(({ name }) => names.has(name));
      return packages.length ? noticeBanner(packages, noticesOf().url) : '';
    },
  },
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
console.log(
  `islands: ${Object.entries(manifest)
    .map(([name, url]) => `${name} → ${url}`)
    .join(', ')}`,
);

// The notices cover exactly what the bundles hold: a package of the graph that no bundle kept would be listed untruthfully.
const { packages, text, url } = noticesOf();
const shipped = new Set(result.output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds.map((id) => packageOf(id)?.name).filter(Boolean) : [])));
const listed = packages.map(({ name }) => name);
if (listed.join() !== [...shipped].sort().join())
  fail(`the licence notices list [${listed.join(', ')}] but the bundles hold [${[...shipped].sort().join(', ')}]\n  fix: see lib/build/third-party.mjs`);
if (packages.length) {
  writeFileSync(join(OUT, url.slice('/_islands/'.length)), text);
  console.log(`islands: third-party code ${packages.map(({ name, version, licence }) => `${name} ${version} (${licence})`).join(', ')}; notices in ${url}`);
}

// The manifest goes into the script as a JSON literal; "<" is escaped so no URL could close the <script> element.
const pageScriptModules = new Set();
const pageScript = await build({
  input: 'components/shell/page-script/index.ts',
  plugins: [
    {
      name: 'module-graph',
      buildEnd() {
        for (const id of this.getModuleIds()) pageScriptModules.add(id);
      },
    },
  ],
  tsconfig: 'tsconfig.json',
  transform: { define: { __ISLANDS__: JSON.stringify(manifest).replace(/</g, '\\u003c') } },
  output: { format: 'iife', minify: true },
  write: false,
  logLevel: 'warn',
});
const inPageScript = [...new Set([...pageScriptModules].map((id) => packageOf(id)?.name).filter(Boolean))];
if (inPageScript.length)
  fail(
    `the page script bundles ${inPageScript.join(', ')}, but an inline script has no place for a licence notice\n  fix: use it from an island (components/islands/) instead`,
  );
const [chunk] = pageScript.output;
const code = chunk.code.trim();
if (/<\/script/i.test(code)) throw new Error('page script: the bundle contains "</script", which would end the inline <script> early');
mkdirSync(dirname(PAGE_SCRIPT_FILE), { recursive: true });
writeFileSync(PAGE_SCRIPT_FILE, code);
console.log(`page script: ${PAGE_SCRIPT_FILE}, ${(code.length / 1024).toFixed(1)} KB`);
