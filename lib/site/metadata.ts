import type { Metadata } from 'next';
import type { Lang } from '../content/types';
import { SITE_ORIGIN } from './config';
import { dictionary } from './dictionaries';
import { HTML_LANG, otherLang } from './i18n';
import { switchLanguage } from './urls';

/** Title, description, canonical URL and the hreflang pair for a page at `path` (site-relative). */
export function pageMetadata(lang: Lang, path: string, title: string | null, description: string): Metadata {
  const t = dictionary(lang);
  const other = otherLang(lang);
  return {
    metadataBase: new URL(SITE_ORIGIN),
    title: title ? `${title} · ${t.siteNameShort}` : t.siteName,
    description,
    alternates: {
      canonical: path,
      languages: { [HTML_LANG[lang]]: path, [HTML_LANG[other]]: switchLanguage(path, other), 'x-default': '/' },
    },
  };
}
