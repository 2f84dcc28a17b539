#!/usr/bin/env node
/**
 * Checks the static export before it ships: every internal link and #anchor resolves, every page
 * is valid HTML, every page has a title, description, canonical and hreflang pair, a page's QR code
 * opens that page, and sitemap.xml and robots.txt list every page. Prints counts and one line per problem ("page: problem");
 * exits 1 if there is any.
 *
 *   node lib/build/check-out.mjs [--dir out] [--origin https://example.org] [--local-preview]
 *
 * The origin is --origin, else SITE_ORIGIN, else the one the build wrote (the picker's canonical
 * link). A build whose absolute URLs (canonical links, sitemap.xml, robots.txt, citations) are on a
 * loopback origin, as `npm run build` without SITE_ORIGIN makes, is refused unless it is declared a
 * local preview (--local-preview or CHECK_OUT_LOCAL=1, as `npm test` and `npm start` do): deployed,
 * it would send readers, search engines and everyone who cites it to their own machine.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';

/** The build's default origin (lib/site/config.ts). */
export const DEFAULT_ORIGIN = 'http://127.0.0.1:3000';

/**
 * html-validate's recommended and document rules, less those that judge how React serialises
 * valid HTML rather than whether it is valid, plus two that cannot see what the browser sees.
 */
export const HTML_VALIDATE_CONFIG = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // React writes charSet, hrefLang, <meta/>, async="" and hidden="": valid HTML, a matter of style.
    'attr-case': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // HTML ids may be any string without spaces; React's and Next's own (_R_) start with "_".
    'valid-id': ['error', { relaxed: true }],
    // Titles are the report's printed headings (with the site's name): advice for search results, not validity.
    'long-title': 'off',
    // The contents menu is in the header below the lg breakpoint and in the sidebar above it: two
    // <nav>s with one name, never displayed together. axe (e2e) checks landmarks with CSS applied.
    'unique-landmark': 'off',
    // The cite pages show BibTeX, RIS and CSL-JSON verbatim in <pre>, and an RIS record ends "ER  - " with its space.
    'no-trailing-whitespace': 'off',
    // Subresource integrity matters for other origins; every asset here is the site's own.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};

/** Next writes the bilingual 404 three times; none is a page of the site, so none is in the sitemap. */
export const NOT_FOUND_PAGES = ['/404.html', '/404/', '/_not-found/'];
/** The bilingual page the server sends with every other error (400, 405, 414, 5xx): not a page of the site either. */
export const ERROR_PAGES = ['/request-error/'];
/** Pages a server answers errors with: no canonical or hreflang (they stand at any address), noindex, not in the sitemap. */
const SERVER_PAGES = [...NOT_FOUND_PAGES, ...ERROR_PAGES];
const serverPageName = (url) => (NOT_FOUND_PAGES.includes(url) ? 'a 404 page' : 'an error page');

/** The hreflang tags every page carries: both languages and the language picker as x-default. */
export const HREFLANGS = ['zh-Hans', 'en', 'x-default'];

/** Attributes (hast property names) that hold a URL, and the elements that carry them. */
const URL_PROPERTIES = {
  href: ['a', 'area', 'link', 'use', 'image'],
  src: ['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input'],
  srcSet: ['img', 'source'],
  poster: ['video'],
  action: ['form'],
  data: ['object'],
  formAction: ['button', 'input'],
};

/** <meta property> values that hold a URL of the page or its preview image. */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

/**
 * Checks the export in `dir`. Returns the counts and the problems, each `{ page, problem }`
 * where page is a site-relative URL (or a file such as /sitemap.xml).
 */
export async function checkOut(dir, { origin = DEFAULT_ORIGIN, localPreview = false } = {}) {
  origin = origin.replace(/\/$/, '');
  const problems = [];
  const add = (page, problem) => problems.push({ page, problem });
  const counts = { pages: 0, links: 0, external: 0, anchors: 0, stylesheets: 0, islands: 0, charts: 0, qr: 0, sitemap: 0 };

  if (!existsSync(dir)) return { counts, problems: [{ page: dir, problem: 'the folder does not exist: run npm run build first' }] };
  // Every absolute URL would differ: one problem that says why, not one per page.
  const built = builtOrigin(dir);
  if (built && built !== origin) {
    return {
      counts,
      problems: [
        {
          page: `${dir}/`,
          problem: `was built for ${built}, but is checked for ${origin}\n  fix: build for the host it goes to (SITE_ORIGIN=${origin} npm run build), or check it for the one it was built for (SITE_ORIGIN=${built} npm run check:out)`,
        },
      ],
    };
  }
  if (isLoopback(origin) && !localPreview) {
    add(
      `${dir}/`,
      `canonical links, sitemap.xml, robots.txt and citations use ${origin}, this machine: deployed, they would send readers, search engines and everyone who cites the report to their own computer\n  fix: build for the real host: SITE_ORIGIN=https://report.example.org npm run build (then SITE_ORIGIN=https://report.example.org npm run check:out); to check a local preview, say so: npm run check:out -- --local-preview (or CHECK_OUT_LOCAL=1)`,
    );
  }
  checkCitations(dir, origin, add);
  const files = listFiles(dir);
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  const pages = new Map(htmlFiles.map((file) => [urlOfFile(file), readPage(join(dir, file))]));
  counts.pages = pages.size;

  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const stylesheets = new Set();
  for (const [url, page] of pages) {
    const report = await validator.validateString(page.html, url);
    for (const result of report.results) {
      for (const message of result.messages) add(url, `line ${message.line}:${message.column}: ${message.message} (html-validate ${message.ruleId})`);
    }

    for (const ref of page.refs) {
      const target = resolveUrl(ref.value, origin + url, origin);
      if (target.kind === 'unsafe') add(url, `<${ref.tag} ${ref.attribute}="${ref.value}">: a javascript: URL`);
      if (target.kind !== 'internal') {
        if (target.kind === 'external') counts.external += 1;
        continue;
      }
      counts.links += 1;
      const found = findFile(dir, target.path);
      if (found.problem) {
        add(url, `<${ref.tag} ${ref.attribute}="${ref.value}"> ${found.problem}`);
        continue;
      }
      if (found.file.endsWith('.css') && ref.tag === 'link') stylesheets.add(found.file);
      if (target.fragment === null) continue;
      counts.anchors += 1;
      const targetPage = pages.get(urlOfFile(found.file));
      if (targetPage && !targetPage.ids.has(target.fragment) && !isTopOfPage(target.fragment)) {
        add(url, `<${ref.tag} ${ref.attribute}="${ref.value}"> points at #${target.fragment}, which is not an id in ${urlOfFile(found.file)}`);
      }
    }
  }

  // Fonts and images that the stylesheets load.
  for (const file of stylesheets) {
    counts.stylesheets += 1;
    const css = readFileSync(join(dir, file), 'utf8');
    for (const [, , quoted] of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const target = resolveUrl(quoted, `${origin}/${file.split(sep).join('/')}`, origin);
      if (target.kind !== 'internal') continue;
      counts.links += 1;
      const found = findFile(dir, target.path);
      if (found.problem) add(`/${file.split(sep).join('/')}`, `url(${quoted}) ${found.problem}`);
    }
  }

  for (const [url, page] of pages) counts.charts += checkCharts(url, page, add);
  for (const [url, page] of pages) counts.qr += checkQr(url, page, add);
  checkIslands(dir, pages, origin, add, counts);
  checkHeads(pages, origin, add);
  counts.sitemap = checkSitemap(dir, pages, origin, add);
  checkRobots(dir, pages, origin, add);
  return { counts, problems };
}

/** Every file under dir, relative, with the platform's separator. */
function listFiles(dir, under = '') {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const path = join(under, entry.name);
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** The URL a file is served at: zh/ch1-6/index.html → /zh/ch1-6/ (trailingSlash), 404.html → /404.html. */
function urlOfFile(file) {
  const url = `/${file.split(sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** The parts of a page the checks need: its ids, every URL it references, and its <head>. */
function readPage(file) {
  const html = readFileSync(file, 'utf8');
  const page = {
    html,
    ids: new Set(),
    refs: [],
    islands: [],
    charts: [],
    qr: [],
    refresh: null,
    lang: null,
    title: null,
    description: null,
    canonical: [],
    alternates: [],
    robots: null,
    metas: new Map(),
  };
  const tree = fromHtml(html);
  page.charts = chartsOf(tree);
  walk(tree, (node, inHead) => {
    const props = node.properties ?? {};
    if (props.id !== undefined) page.ids.add(String(props.id));
    if (node.tagName === 'a' && props.name !== undefined) page.ids.add(String(props.name));
    for (const [property, tags] of Object.entries(URL_PROPERTIES)) {
      const value = props[property];
      if (value === undefined || !tags.includes(node.tagName)) continue;
      const values =
        property === 'srcSet'
          ? String(value)
              .split(',')
              .map((candidate) => candidate.trim().split(/\s+/)[0])
          : [String(value)];
      for (const one of values) if (one) page.refs.push({ tag: node.tagName, attribute: property.toLowerCase(), value: one });
    }
    if (node.tagName === 'meta' && URL_METAS.has(String(props.property)) && props.content) {
      page.refs.push({ tag: 'meta', attribute: `property="${props.property}" content`, value: String(props.content) });
    }
    if (props.dataIsland !== undefined) page.islands.push(String(props.dataIsland));
    if (node.tagName === 'svg' && classesOf(node).includes('qr-code')) page.qr.push(String(props.ariaLabel ?? ''));
    if (node.tagName === 'html') page.lang = props.lang ?? null;
    if (!inHead) return;
    const rel = Array.isArray(props.rel) ? props.rel : [];
    if (node.tagName === 'title') page.title = textOf(node).trim();
    if (node.tagName === 'meta' && props.name) page.metas.set(String(props.name), (page.metas.get(String(props.name)) ?? 0) + 1);
    if (node.tagName === 'meta' && props.name === 'description') page.description = String(props.content ?? '').trim();
    if (node.tagName === 'meta' && props.name === 'robots') page.robots = String(props.content ?? '');
    if (node.tagName === 'meta' && String(props.httpEquiv ?? '').toLowerCase() === 'refresh') page.refresh = String(props.content ?? '');
    if (node.tagName === 'link' && rel.includes('canonical')) page.canonical.push(String(props.href ?? ''));
    if (node.tagName === 'link' && rel.includes('alternate') && props.hrefLang)
      page.alternates.push({ lang: String(props.hrefLang), href: String(props.href ?? '') });
  });
  return page;
}

const classesOf = (node) => (Array.isArray(node.properties?.className) ? node.properties.className.map(String) : []);
const descendants = (node, test) =>
  (node.children ?? []).flatMap((child) => (child.type === 'element' ? [...(test(child) ? [child] : []), ...descendants(child, test)] : []));

/** Each chart figure (a figure holding a .chart-box): its drawings, how many marks each has, what names it, and its table's value cells. */
function chartsOf(tree) {
  return descendants(tree, (node) => node.tagName === 'figure' && descendants(node, (n) => classesOf(n).includes('chart-box')).length > 0).map((figure) => ({
    id: String(figure.properties.id ?? '(no id)'),
    drawings: descendants(figure, (n) => n.tagName === 'svg' && classesOf(n).includes('chart-drawing')).map((svg) => ({
      layout: classesOf(svg).find((c) => c !== 'chart-drawing') ?? '',
      marks: descendants(svg, (n) => classesOf(n).includes('mark')).length,
      labelledBy: String(svg.properties.ariaLabelledBy ?? ''),
    })),
    cells: descendants(figure, (n) => n.tagName === 'td').length,
  }));
}

/**
 * Every chart is drawn into its page (lib/build/draw-charts.mjs, before next build): a narrow and a
 * wide drawing, each with one mark per value of the figure's table and named by an element of the page.
 */
function checkCharts(url, page, add) {
  for (const chart of page.charts) {
    const layouts = chart.drawings.map((d) => d.layout).sort();
    if (layouts.join() !== 'chart-narrow,chart-wide')
      add(
        url,
        `figure #${chart.id} has the drawings [${layouts.join(', ')}], not one chart-narrow and one chart-wide: the charts were not drawn into the page (npm run build:charts runs before next build)`,
      );
    for (const drawing of chart.drawings) {
      if (drawing.marks !== chart.cells)
        add(url, `figure #${chart.id}: its ${drawing.layout} drawing has ${drawing.marks} marks for the ${chart.cells} values of its table`);
      // What names it: html-validate (no-missing-references) checks that aria-labelledby points at an id.
      if (!drawing.labelledBy) add(url, `figure #${chart.id}: its ${drawing.layout} drawing has no aria-labelledby (its name)`);
    }
  }
  return page.charts.length;
}

/**
 * A page's QR code (components/shell/PageQr.tsx) opens the page: it is named by the URL it encodes
 * ("QR code: https://…/en/ch2/"), which must be the page's canonical URL; a page has at most one.
 * (tests/unit/qr.test.ts decodes the codes themselves.)
 */
function checkQr(url, page, add) {
  if (page.qr.length > 1) add(url, `has ${page.qr.length} QR codes; a page has one, of its own URL`);
  for (const name of page.qr) {
    const opens = /(https?:\/\/\S+)$/.exec(name)?.[1];
    if (!opens) add(url, `its QR code is named "${name}", which does not end with the URL it opens`);
    else if (opens !== page.canonical[0])
      add(url, `its QR code opens ${opens}, not the page's canonical URL ${page.canonical[0] ?? '(none)'}: was it built with another SITE_ORIGIN?`);
  }
  return page.qr.length;
}

function walk(node, visit, inHead = false) {
  if (node.type === 'element') visit(node, inHead);
  const head = inHead || (node.type === 'element' && node.tagName === 'head');
  // <template> content is a separate fragment in hast.
  for (const child of [...(node.children ?? []), ...(node.content ? [node.content] : [])]) walk(child, visit, head);
}

function textOf(node) {
  return node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join('');
}

/**
 * Where a URL points: `internal` (a path on this site, with its fragment), `external`, `unsafe`
 * (javascript:) or `other` (mailto:, data:, …). Absolute URLs on the site's origin are internal.
 */
export function resolveUrl(value, base, origin) {
  let url;
  try {
    url = new URL(value, base);
  } catch {
    return { kind: 'internal', path: value, fragment: null };
  }
  if (url.protocol === 'javascript:') return { kind: 'unsafe' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other' };
  if (url.origin !== origin) return { kind: 'external' };
  const decode = (text) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const fragment = value.includes('#') ? decode(url.hash.slice(1)) : null;
  return { kind: 'internal', path: decode(url.pathname), fragment };
}

/** An origin on this machine: localhost, 127.0.0.0/8, ::1, 0.0.0.0. */
export function isLoopback(origin) {
  let host;
  try {
    host = new URL(origin).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]' || host === '0.0.0.0';
}

/** The origin the build wrote into its absolute URLs: the language picker's canonical link, or null. */
export function builtOrigin(dir) {
  const file = join(dir, 'index.html');
  if (!existsSync(file)) return null;
  const href = /<link[^>]*\brel="canonical"[^>]*\bhref="([^"]+)"|<link[^>]*\bhref="([^"]+)"[^>]*\brel="canonical"/.exec(readFileSync(file, 'utf8'));
  try {
    return href ? new URL(href[1] ?? href[2]).origin : null;
  } catch {
    return null;
  }
}

/** Every citation's permalinks (/data/cite/<id>.json, what the cite dialog copies) are on the origin. */
function checkCitations(dir, origin, add) {
  const folder = join(dir, 'data', 'cite');
  if (!existsSync(folder)) return;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    let data;
    try {
      data = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    } catch (error) {
      add(`/data/cite/${file}`, `is not valid JSON (${error.message})`);
      continue;
    }
    for (const url of Object.values(data?.target?.url ?? {})) {
      if (typeof url === 'string' && !url.startsWith(`${origin}/`)) add(`/data/cite/${file}`, `cites ${url}, which is not on ${origin}`);
    }
  }
}

/** The file that serves a path, as a static host does with trailing slashes; or what is wrong. */
function findFile(dir, path) {
  if (!path.startsWith('/')) return { problem: 'is not a valid URL' };
  const isFile = (file) => existsSync(join(dir, file)) && statSync(join(dir, file)).isFile();
  const file = path.endsWith('/') ? `${path}index.html` : path;
  if (isFile(file)) return { file: file.slice(1).split('/').join(sep) };
  if (!path.endsWith('/') && isFile(`${path}/index.html`)) return { problem: `leaves out the trailing slash of ${path}/ (a redirect on every static host)` };
  return { problem: `points at ${path}, which is not in the export` };
}

/** The empty fragment and #top scroll to the top of any page (HTML's "scroll to the fragment"). */
const isTopOfPage = (fragment) => fragment === '' || fragment.toLowerCase() === 'top';

/**
 * Islands (components/islands): the page script imports each bundle by the URL that
 * /_islands/manifest.json gives its name, so every data-island on a page must be in the manifest,
 * every manifest URL must be a file, and so must every chunk a bundle imports.
 */
function checkIslands(dir, pages, origin, add, counts) {
  const manifestUrl = '/_islands/manifest.json';
  const used = [...pages].flatMap(([url, page]) => page.islands.map((name) => ({ url, name })));
  if (!existsSync(join(dir, '_islands', 'manifest.json'))) {
    for (const { url, name } of used) add(url, `has data-island="${name}", but the export has no ${manifestUrl}`);
    return;
  }
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, '_islands', 'manifest.json'), 'utf8'));
  } catch (error) {
    add(manifestUrl, `is not valid JSON (${error.message})`);
    return;
  }
  for (const { url, name } of used) if (typeof manifest[name] !== 'string') add(url, `has data-island="${name}", which is not in ${manifestUrl}`);
  const bundles = new Set();
  for (const [name, value] of Object.entries(manifest)) {
    const target = resolveUrl(String(value), origin + manifestUrl, origin);
    const found = target.kind === 'internal' ? findFile(dir, target.path) : { problem: 'is not on the site' };
    if (found.problem) add(manifestUrl, `"${name}": ${value} ${found.problem}`);
    else bundles.add(found.file);
  }
  // Chunks that bundles import, statically or on demand, followed to the end.
  for (const file of bundles) {
    counts.islands += 1;
    const url = `/${file.split(sep).join('/')}`;
    const code = readFileSync(join(dir, file), 'utf8');
    // The licence notices a bundle of third-party code names in its first comment (lib/build/third-party.mjs).
    for (const [, notices] of code.matchAll(/^\/\*![^\n]*? see (\/_islands\/[^ ]+\.txt) \*\//gm)) {
      counts.links += 1;
      const found = findFile(dir, notices);
      if (found.problem) add(url, `names its licence notices ${notices}, which ${found.problem.replace(/^points at \S+, which /, '')}`);
    }
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/[^"'/][^"']*)["']/g)) {
      counts.links += 1;
      const found = findFile(dir, resolveUrl(specifier, origin + url, origin).path ?? '');
      if (found.problem) add(url, `imports ${specifier}: it ${found.problem}`);
      else bundles.add(found.file);
    }
  }
}

/** Title, description, canonical, hreflang pair and <html lang> of every page; noindex on the 404s. */
function checkHeads(pages, origin, add) {
  for (const [url, page] of pages) {
    if (!page.title) add(url, 'has no <title>');
    if (!page.description && page.refresh === null) add(url, 'has no <meta name="description">');
    if (!page.lang) add(url, 'has no <html lang>');
    for (const name of ['description', 'robots']) if ((page.metas.get(name) ?? 0) > 1) add(url, `has <meta name="${name}"> ${page.metas.get(name)} times`);
    if (SERVER_PAGES.includes(url)) {
      if (!/noindex/.test(page.robots ?? '')) add(url, `is ${serverPageName(url)} without <meta name="robots" content="noindex">`);
      continue;
    }
    // An alias's redirect page (lib/build/apply-aliases.mjs): not indexed, its canonical the live page it refreshes to.
    if (page.refresh !== null) {
      const target = page.refresh.replace(/^\d+;\s*url=/i, '');
      if (!/noindex/.test(page.robots ?? '')) add(url, 'is a redirect page without <meta name="robots" content="noindex">');
      if (page.canonical.length !== 1 || page.canonical[0] !== origin + target)
        add(url, `is a redirect page to ${target} whose canonical is not ${origin + target}`);
      if (!pages.has(target)) add(url, `is a redirect page to ${target}, which is not a page`);
      continue;
    }
    if (page.canonical.length !== 1) add(url, page.canonical.length ? `has ${page.canonical.length} canonical links` : 'has no <link rel="canonical">');
    else if (page.canonical[0] !== origin + url) add(url, `has the canonical ${page.canonical[0]}; expected ${origin + url}`);
    const tags = page.alternates.map((a) => a.lang);
    for (const tag of HREFLANGS) if (!tags.includes(tag)) add(url, `has no <link rel="alternate" hreflang="${tag}">`);
    for (const tag of new Set(tags)) {
      if (!HREFLANGS.includes(tag)) add(url, `has an unexpected hreflang="${tag}"`);
      if (tags.indexOf(tag) !== tags.lastIndexOf(tag)) add(url, `has hreflang="${tag}" more than once`);
    }
    // A page in one language lists itself under its own tag, and its twin must list it back.
    const self = page.alternates.find((a) => a.lang !== 'x-default' && a.href === origin + url);
    if (!self) continue;
    if (page.lang !== self.lang) add(url, `is <html lang="${page.lang}"> but lists itself as hreflang="${self.lang}"`);
    for (const other of page.alternates) {
      if (other === self || other.lang === 'x-default' || !other.href.startsWith(`${origin}/`)) continue;
      const twin = pages.get(other.href.slice(origin.length));
      if (twin && !twin.alternates.some((a) => a.lang === self.lang && a.href === origin + url)) {
        add(url, `its hreflang="${other.lang}" twin ${other.href.slice(origin.length)} does not list it back as hreflang="${self.lang}"`);
      }
    }
  }
}

/** sitemap.xml lists every page except the 404s, once, each with the hreflang alternates its <head> has. */
function checkSitemap(dir, pages, origin, add) {
  const file = join(dir, 'sitemap.xml');
  if (!existsSync(file)) {
    add('/sitemap.xml', 'is missing');
    return 0;
  }
  const xml = readFileSync(file, 'utf8');
  if (!/<urlset[^>]*xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"/.test(xml))
    add('/sitemap.xml', 'has no <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const listed = new Map();
  for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]*)<\/loc>/.exec(body)?.[1]?.trim();
    if (!loc) {
      add('/sitemap.xml', 'has a <url> without <loc>');
      continue;
    }
    const alternates = [...body.matchAll(/<xhtml:link\s[^>]*>/g)].map(([tag]) => ({
      lang: /hreflang="([^"]*)"/.exec(tag)?.[1],
      href: /href="([^"]*)"/.exec(tag)?.[1],
    }));
    if (!loc.startsWith(`${origin}/`)) {
      add('/sitemap.xml', `lists ${loc}, which is not on ${origin}`);
      continue;
    }
    const url = unescapeXml(loc.slice(origin.length));
    if (listed.has(url)) add('/sitemap.xml', `lists ${url} twice`);
    listed.set(url, alternates);
  }
  for (const [url, alternates] of listed) {
    const page = pages.get(url);
    if (!page) {
      add('/sitemap.xml', `lists ${url}, which is not a page of the export`);
      continue;
    }
    if (SERVER_PAGES.includes(url)) add('/sitemap.xml', `lists ${serverPageName(url).replace(/^an? /, 'the ')} ${url}`);
    else if (/noindex/.test(page.robots ?? '')) add('/sitemap.xml', `lists ${url}, which asks not to be indexed (noindex)`);
    const key = (list) =>
      list
        .map((a) => `${a.lang} ${unescapeXml(a.href ?? '')}`)
        .sort()
        .join(', ');
    if (key(alternates) !== key(page.alternates))
      add('/sitemap.xml', `gives ${url} the alternates [${key(alternates)}], but the page has [${key(page.alternates)}]`);
  }
  for (const url of pages.keys()) {
    // Pages that ask not to be indexed (the 404s, the cite pages) stay out of the sitemap.
    if (!/noindex/.test(pages.get(url).robots ?? '') && !SERVER_PAGES.includes(url) && !listed.has(url)) add(url, 'is not in /sitemap.xml');
  }
  return listed.size;
}

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** robots.txt names the sitemap and lets every crawler reach every page. */
function checkRobots(dir, pages, origin, add) {
  const file = join(dir, 'robots.txt');
  if (!existsSync(file)) {
    add('/robots.txt', 'is missing');
    return;
  }
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  const field = (line) => {
    const at = line.indexOf(':');
    return at < 0 ? [line.toLowerCase(), ''] : [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
  };
  if (!lines.some((line) => field(line)[0] === 'sitemap' && field(line)[1] === `${origin}/sitemap.xml`))
    add('/robots.txt', `does not name the sitemap: add "Sitemap: ${origin}/sitemap.xml"`);

  // The rules of the groups for every crawler ("User-agent: *"): the longest matching rule wins, Allow on a tie.
  const rules = [];
  let inStar = false;
  let groupStarted = false;
  for (const line of lines) {
    const [key, value] = field(line);
    if (key === 'user-agent') {
      if (groupStarted) inStar = false;
      groupStarted = false;
      inStar ||= value === '*';
    } else if (key === 'allow' || key === 'disallow') {
      groupStarted = true;
      if (inStar && value) rules.push({ allow: key === 'allow', path: value });
    }
  }
  for (const url of pages.keys()) {
    if (SERVER_PAGES.includes(url)) continue;
    const matching = rules.filter((rule) => url.startsWith(rule.path)).sort((a, b) => b.path.length - a.path.length || Number(b.allow) - Number(a.allow));
    if (matching[0] && !matching[0].allow) add(url, `is disallowed by robots.txt ("Disallow: ${matching[0].path}")`);
  }
}

/** The report printed by the command line. */
export function formatResult({ counts, problems }, dir, { origin, localPreview = false } = {}) {
  const checked = origin ? ` for ${origin}${localPreview && isLoopback(origin) ? ' (a local preview)' : ''}` : '';
  const summary = `check-out: ${dir}${checked}: ${counts.pages} pages, ${counts.links} internal links (${counts.anchors} with an #anchor), ${counts.external} external links, ${counts.stylesheets} stylesheets, ${counts.islands} island bundles, ${counts.charts} charts, ${counts.qr} QR codes, ${counts.sitemap} URLs in the sitemap`;
  if (!problems.length)
    return `${summary}\nno problems: every link and anchor resolves, every page is valid HTML with its title, description, canonical and hreflang pair, every QR code opens its page, and sitemap.xml and robots.txt list every page\n`;
  const lines = problems.map(({ page, problem }) => `${page}: ${problem}`);
  return `${summary}\n${lines.join('\n')}\n${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n`;
}

function option(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const dir = option(args, '--dir') ?? 'out';
  const origin = option(args, '--origin') ?? process.env.SITE_ORIGIN ?? builtOrigin(dir) ?? DEFAULT_ORIGIN;
  const localPreview = args.includes('--local-preview') || process.env.CHECK_OUT_LOCAL === '1';
  const result = await checkOut(dir, { origin, localPreview });
  const text = formatResult(result, dir, { origin, localPreview });
  process.stdout.write(text);
  process.exitCode = result.problems.length ? 1 : 0;
}
