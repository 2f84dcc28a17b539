import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dependencyProblems, noticeBanner, noticesFileName, noticesText, packageOf, readLock, thirdPartyPackages } from '../../lib/build/third-party.mjs';

/** What ships to browsers, told truthfully (lib/build/third-party.mjs, used by lib/build/build-islands.mjs). */
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A node_modules folder with one package: its package.json fields and its files. */
function fakePackage(name: string, manifest: Record<string, unknown>, files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'third-party-'));
  temps.push(root);
  const dir = join(root, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...manifest }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return join(dir, 'index.js');
}

describe('third-party code in the browser bundles', () => {
  it('is found by the package its modules come from, scoped packages and nested node_modules included', () => {
    expect(packageOf('/work/site/node_modules/stemmer/index.js')).toEqual({ name: 'stemmer', dir: '/work/site/node_modules/stemmer' });
    expect(packageOf('/work/site/node_modules/@scope/pkg/lib/a.js')).toEqual({ name: '@scope/pkg', dir: '/work/site/node_modules/@scope/pkg' });
    expect(packageOf('/w/node_modules/a/node_modules/b/x.js')?.name).toBe('b');
    expect(packageOf('/work/site/lib/search/normalize.ts')).toBeNull();
  });

  it('reads name, version, licence and licence text: stemmer, as the search island bundles it', () => {
    const [stemmer] = thirdPartyPackages([resolve('node_modules/stemmer/index.js'), resolve('lib/search/normalize.ts')]);
    expect(stemmer).toMatchObject({ name: 'stemmer', version: '2.0.1', licence: 'MIT', file: 'license' });
    expect(stemmer.text).toContain('Copyright (c) 2014 Titus Wormer');
    const text = noticesText([stemmer]);
    expect(text).toContain('stemmer 2.0.1 (MIT)\nhttps://www.npmjs.com/package/stemmer/v/2.0.1\n\n(The MIT License)');
    expect(text).toContain('Permission is hereby granted, free of charge');
    expect(noticesFileName(text)).toMatch(/^LICENSES-[0-9a-f]{10}\.txt$/);
    expect(noticesFileName(`${text} `)).not.toBe(noticesFileName(text));
    expect(noticeBanner([stemmer], '/_islands/LICENSES-0123456789.txt')).toBe('/*! stemmer 2.0.1 (MIT): see /_islands/LICENSES-0123456789.txt */');
  });

  it('refuses a package without a licence file or a licence field, naming it and the fix', () => {
    expect(() => thirdPartyPackages([fakePackage('no-licence-file', { license: 'MIT' }, { 'index.js': '' })])).toThrow(
      /no-licence-file@1\.0\.0 is bundled for browsers but has no licence file .*\n {2}fix: check its terms/,
    );
    expect(() => thirdPartyPackages([fakePackage('no-licence-field', {}, { 'index.js': '', 'LICENSE.md': 'x' })])).toThrow(
      /no-licence-field@1\.0\.0 is bundled for browsers but has no "license" in its package.json/,
    );
    expect(thirdPartyPackages([fakePackage('licence-md', { license: { type: 'ISC' } }, { 'LICENCE.md': 'ISC text' })])[0]).toMatchObject({
      licence: 'ISC',
      file: 'LICENCE.md',
      text: 'ISC text',
    });
  });

  it('must be installed as a production dependency, which package.json and its lock now say stemmer is', () => {
    const stemmer = { name: 'stemmer', version: '2.0.1' };
    expect(dependencyProblems([stemmer], readLock())).toEqual([]);
    expect(dependencyProblems([stemmer], { packages: { 'node_modules/stemmer': { version: '2.0.1', dev: true } } })).toEqual([
      'stemmer is bundled for browsers but is a development dependency, so `npm audit --omit=dev` never checks it\n  fix: npm install --save-prod --save-exact stemmer@2.0.1 (moves it to "dependencies")',
    ]);
    expect(dependencyProblems([stemmer], { packages: {} })).toEqual([
      'stemmer is bundled for browsers but not in package-lock.json\n  fix: npm install --save-prod --save-exact stemmer@2.0.1',
    ]);
  });
});
