/**
 * Third-party code in what ships to browsers (the island bundles): which packages it is, told
 * truthfully. lib/build/build-islands.mjs uses this to write their licence notices next to the
 * bundles (public/_islands/LICENSES-<hash>.txt, named in a comment at the top of each bundle that
 * holds such code) and to refuse a package that npm counts as a development dependency, which
 * `npm audit --omit=dev` would never check.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:[.-][a-z0-9]+)?(?:\.(?:md|txt))?$/i;

/** The package a bundled module belongs to ({ name, dir }), or null for the project's own code. */
export function packageOf(moduleId) {
  const path = moduleId.replace(/^\0+/, '').split(sep).join('/');
  const at = path.lastIndexOf('/node_modules/');
  if (at === -1) return null;
  const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
  const name = first.startsWith('@') ? `${first}/${second}` : first;
  return { name, dir: `${path.slice(0, at)}/node_modules/${name}` };
}

/**
 * The third-party packages among bundled modules, sorted by name: name, version, licence (SPDX, from
 * package.json) and the licence file's text. Throws, naming the package and the fix, when either is missing.
 */
export function thirdPartyPackages(moduleIds) {
  const found = new Map();
  for (const id of moduleIds) {
    const pkg = packageOf(id);
    if (pkg && !found.has(pkg.name)) found.set(pkg.name, pkg.dir);
  }
  return [...found]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, dir]) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((entry) => LICENCE_FILE.test(entry));
      const licence = typeof manifest.license === 'string' ? manifest.license : manifest.license?.type;
      if (!licence || !file) {
        throw new Error(
          `${name}@${manifest.version} is bundled for browsers but has no ${licence ? 'licence file' : '"license" in its package.json'} (${dir})\n  fix: check its terms allow shipping it; if they do, write its notice by hand into lib/build/third-party.mjs, else stop importing it from components/islands/`,
        );
      }
      return { name, version: manifest.version, licence, file, text: readFileSync(join(dir, file), 'utf8').trim() };
    });
}

/**
 * Problems with how package.json and its lock tell what ships: a bundled package must be installed
 * as a production dependency (not `"dev": true` in package-lock.json), directly or through one.
 */
export function dependencyProblems(packages, lock) {
  return packages.flatMap(({ name, version }) => {
    const entry = lock.packages?.[`node_modules/${name}`];
    if (!entry) return [`${name} is bundled for browsers but not in package-lock.json\n  fix: npm install --save-prod --save-exact ${name}@${version}`];
    if (entry.dev)
      return [
        `${name} is bundled for browsers but is a development dependency, so \`npm audit --omit=dev\` never checks it\n  fix: npm install --save-prod --save-exact ${name}@${version} (moves it to "dependencies")`,
      ];
    return [];
  });
}

/** The notices file: what it covers, then each package with its version, licence and licence text. */
export function noticesText(packages) {
  const rule = '-'.repeat(72);
  return [
    'Third-party software in the scripts of this site (/_islands/), with the licence of each.',
    "Everything else in them is the site's own code.",
    '',
    ...packages.flatMap(({ name, version, licence, text }) => [
      rule,
      `${name} ${version} (${licence})`,
      `https://www.npmjs.com/package/${name}/v/${version}`,
      '',
      text,
      '',
    ]),
  ].join('\n');
}

/** The notices file's name: content-hashed like the bundles, as everything under /_islands/ is cached for a year. */
export function noticesFileName(text) {
  return `LICENSES-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.txt`;
}

/** The comment at the top of a bundle that holds third-party code: what it holds, and where its notices are. */
export function noticeBanner(packages, url) {
  return `/*! ${packages.map(({ name, version, licence }) => `${name} ${version} (${licence})`).join(', ')}: see ${url} */`;
}

/** package-lock.json of the project, for dependencyProblems. */
export function readLock(root = '.') {
  const file = join(root, 'package-lock.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { packages: {} };
}
