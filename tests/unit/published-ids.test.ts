import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '@/lib/content/errors';
import { getReport } from '@/lib/content/load';
import { getCorroboration } from '@/lib/corroboration/load';
import { getFigures } from '@/lib/figures/load';
import { getGlossary } from '@/lib/glossary/load';
import { aliasArtifacts } from '@/lib/site/aliases';
import { PUBLISHED_KINDS, checkPublished, currentIds, loadAliases, type Aliases, type PublishedIds } from '@/lib/site/published';

const PUBLISHED_FILE = 'tests/published.json';
const published: PublishedIds = JSON.parse(readFileSync(PUBLISHED_FILE, 'utf8'));
const current = currentIds(getReport(), getFigures(), getGlossary(), getCorroboration());
const noAliases: Aliases = { points: {}, sections: {}, figures: {}, glossary: {}, pages: {} };

describe('published ids and URLs', () => {
  it('are all still there (or aliased): links people have published must keep working', () => {
    const { removed } = checkPublished(published, current, loadAliases(current));
    expect(
      removed,
      `These were published and are gone:\n  ${removed.join('\n  ')}\n\n` +
        'Published ids and URLs never change: other sites, papers and news articles link to them.\n' +
        '- If this was a mistake, restore the id (content/zh/report.md and content/en/report.md, content/metrics.json, content/glossary.json) or the page.\n' +
        '- If it really moved or merged, keep it in tests/published.json and add an alias in content/aliases.json under its kind,\n' +
        '  mapping the old id (or URL) to the live one, e.g. "points": { "ch1-6-p2": "ch1-6-p3" }; redirect pages and extra anchors are made from it.\n',
    ).toEqual([]);
  });

  it('list everything the site publishes now, so that it is protected from the next change on', () => {
    const { added } = checkPublished(published, current, noAliases);
    const missing = PUBLISHED_KINDS.filter((kind) => added[kind].length);
    expect(
      missing.map((kind) => ({ kind, ids: added[kind] })),
      `New ids or URLs are not yet in ${PUBLISHED_FILE}. Add each to its list (they become permanent once published):\n` +
        missing.map((kind) => `  "${kind}": ${added[kind].map((id) => JSON.stringify(id)).join(', ')}`).join('\n'),
    ).toEqual([]);
  });

  it('cover every page folder of the app, so a new kind of page cannot be forgotten', () => {
    const folders = readdirSync('app/[lang]', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
      .map((entry) => entry.name);
    for (const folder of folders) {
      expect(
        current.pages.some((url) => url.startsWith(`/zh/${folder}/`)),
        `app/[lang]/${folder} has no URL in lib/site/published.ts sitePages()`,
      ).toBe(true);
    }
  });

  it('hold no duplicates', () => {
    for (const kind of PUBLISHED_KINDS) expect(new Set(published[kind]).size, `${PUBLISHED_FILE}: "${kind}" lists an id twice`).toBe(published[kind].length);
  });
});

describe('the check itself', () => {
  const live: PublishedIds = { points: ['ch1-6-p3'], sections: ['ch1-6'], figures: ['loss-rate'], glossary: [], pages: ['/zh/ch1-6/'] };

  it('fails on a removed or renamed id, and accepts it once aliased', () => {
    const before: PublishedIds = { ...live, points: ['ch1-6-p2'], pages: ['/zh/ch1-6/', '/zh/ch1-7/'] };
    expect(checkPublished(before, live, noAliases).removed).toEqual(['points: "ch1-6-p2"', 'pages: "/zh/ch1-7/"']);
    const aliases: Aliases = { ...noAliases, points: { 'ch1-6-p2': 'ch1-6-p3' }, pages: { '/zh/ch1-7/': '/zh/ch1-6/' } };
    expect(checkPublished(before, live, aliases).removed).toEqual([]);
  });

  it('reports what is new', () => {
    expect(checkPublished({ ...live, figures: [] }, live, noAliases).added.figures).toEqual(['loss-rate']);
  });

  it('refuses an alias that shadows a live id or leads nowhere, naming the line', () => {
    try {
      loadAliases(current, 'tests/fixtures/aliases-shadow-and-dangling.json');
      throw new Error('expected the aliases to be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems.map(formatProblem)).toEqual([
        'tests/fixtures/aliases-shadow-and-dangling.json:3:5: points: "ch1-6-p2" is an alias but also a live id\n  fix: remove the alias: "ch1-6-p2" still exists, and an old link must keep meaning what it meant',
        'tests/fixtures/aliases-shadow-and-dangling.json:4:5: points: the alias "ch1-6-p9" leads to "ch1-6-p10", which does not exist\n  fix: point it at a live points id (or URL); chains are not followed, so give the final one',
      ]);
    }
  });
});

describe('aliases become redirects and anchors', () => {
  const report = getReport();
  const figures = getFigures();
  const e2e = loadAliases(current, 'tests/fixtures/aliases.e2e.json');

  it('every alias of content/aliases.json and of the e2e fixture is served', () => {
    expect(aliasArtifacts(loadAliases(current), report, figures).unserved).toEqual([]);
    expect(aliasArtifacts(e2e, report, figures).unserved).toEqual([]);
  });

  it('a page URL becomes a 301; a point an anchor on every page that shows it; a figure both', () => {
    const { redirects, anchors } = aliasArtifacts(e2e, report, figures);
    expect(redirects).toEqual(
      expect.arrayContaining([
        { from: '/zh/old-ch1-6/', to: '/zh/ch1-6/' },
        { from: '/en/figures/loss-rate-old/', to: '/en/figures/loss-rate/' },
      ]),
    );
    expect(
      anchors
        .filter((a) => a.id === 'ch1-6-p0')
        .map((a) => a.page)
        .sort(),
    ).toEqual(['/en/ch1-6/', '/en/full/', '/en/parallel/ch1-6/', '/en/parallel/full/', '/zh/ch1-6/', '/zh/full/', '/zh/parallel/ch1-6/', '/zh/parallel/full/']);
    expect(anchors.filter((a) => a.id === 'fig-loss-rate-old').map((a) => `${a.page}#${a.beside}`)).toEqual([
      '/zh/ch1-6/#fig-loss-rate',
      '/zh/full/#fig-loss-rate',
      '/en/ch1-6/#fig-loss-rate',
      '/en/full/#fig-loss-rate',
    ]);
  });

  it('refuses an alias it cannot serve: a page alias that is not a URL path', () => {
    const unservable: Aliases = { ...noAliases, pages: { 'ch1-6-old': '/zh/ch1-6/' } };
    expect(aliasArtifacts(unservable, report, figures).unserved).toEqual(['pages: "ch1-6-old"']);
  });
});
