import { getReport } from '../content/load';
import { getFigures } from '../figures/load';
import { getGlossary } from '../glossary/load';
import { aliasArtifacts } from './aliases';
import { SITE_ORIGIN } from './config';
import { PUBLISHED_KINDS, currentIds, loadAliases, type Aliases } from './published';

/** The aliases of this build (content/aliases.json, plus an extra file for a test build) and what they become. */
export function aliasesForBuild(extraFile?: string) {
  const report = getReport();
  const figures = getFigures();
  const current = currentIds(report, figures, getGlossary());
  const aliases = loadAliases(current);
  if (extraFile) {
    const extra = loadAliases(current, extraFile);
    for (const kind of PUBLISHED_KINDS) Object.assign(aliases[kind], extra[kind]);
  }
  return { ...aliasArtifacts(aliases as Aliases, report, figures), origin: SITE_ORIGIN };
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page left at an old URL: where the page is now, for hosts that do not apply the 301 rules. No script. */
export function redirectPage(from: string, to: string, origin: string): string {
  const lang = from.startsWith('/en/') ? 'en' : 'zh-Hans';
  const target = escape(to);
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${lang === 'en' ? 'This page has moved' : '此页已移动'}</title><meta name="robots" content="noindex">` +
    `<link rel="canonical" href="${escape(origin + to)}"><meta http-equiv="refresh" content="0; url=${target}"></head>` +
    `<body><main><p>${lang === 'en' ? 'This page has moved to' : '此页已移至'} <a href="${target}">${escape(origin + to)}</a>${lang === 'en' ? '.' : '。'}</p></main></body></html>\n`
  );
}
