import type { Metadata } from 'next';
import type { Lang } from '../content/types';
import { getReport } from '../content/load';
import { CARD_HEIGHT, CARD_WIDTH, cardForPage } from '../og/cards';
import { getShareCards, versionedImage } from '../og';
import { SITE_ORIGIN } from './config';
import { dictionary } from './dictionaries';
import { HTML_LANG, otherLang } from './i18n';
import { homeUrl, switchLanguage } from './urls';

/** Open Graph locales (language_TERRITORY): the Chinese is the mainland's simplified script. */
const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

/**
 * Title, description, canonical URL and the hreflang pair for a page at `path` (site-relative),
 * and its link preview: Open Graph and Twitter tags with the page's share card (lib/og/cards.ts
 * picks it by path). Pages of the report's text (home, sections, full text, parallel views) and
 * figure pages also carry Highwire citation_* tags, for reference managers and scholarly search.
 */
export function pageMetadata(lang: Lang, path: string, title: string | null, description: string): Metadata {
  const t = dictionary(lang);
  const other = otherLang(lang);
  const { meta } = getReport();
  const card = cardForPage(getShareCards(), lang, path);
  const ownCard = card.pages.includes(path);
  const pageTitle = title ?? meta.title[lang];
  const absolute = (p: string) => `${SITE_ORIGIN}${p}`;
  const image = {
    url: absolute(versionedImage(card)),
    secureUrl: SITE_ORIGIN.startsWith('https:') ? absolute(versionedImage(card)) : undefined,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: card.alt,
    type: 'image/png',
  };
  return {
    metadataBase: new URL(SITE_ORIGIN),
    title: title ? `${title} · ${t.siteNameShort}` : t.siteName,
    description,
    alternates: {
      canonical: path,
      languages: { [HTML_LANG[lang]]: path, [HTML_LANG[other]]: switchLanguage(path, other), 'x-default': '/' },
    },
    openGraph: {
      ...(ownCard ? { type: 'article', publishedTime: meta.delivered.date, authors: [meta.issuer[lang]] } : { type: 'website' }),
      title: pageTitle,
      description,
      url: absolute(path),
      siteName: t.siteName,
      locale: OG_LOCALE[lang],
      alternateLocale: [OG_LOCALE[other]],
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: pageTitle,
      description,
      images: [{ url: image.url, alt: card.alt, width: CARD_WIDTH, height: CARD_HEIGHT }],
    },
    ...(ownCard ? { other: citationTags(lang, path) } : {}),
  };
}

/** The link preview of the language picker at "/": the Chinese home card, as the Chinese is authoritative. */
export function pickerPreview(title: string, description: string): Pick<Metadata, 'openGraph' | 'twitter'> {
  const card = cardForPage(getShareCards(), 'zh', homeUrl('zh'));
  const image = { url: `${SITE_ORIGIN}${versionedImage(card)}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt: card.alt, type: 'image/png' };
  return {
    openGraph: {
      type: 'website',
      title,
      description,
      url: `${SITE_ORIGIN}/`,
      siteName: title,
      locale: OG_LOCALE.zh,
      alternateLocale: [OG_LOCALE.en],
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: card.alt, width: CARD_WIDTH, height: CARD_HEIGHT }] },
  };
}

/** Highwire Press tags (as Google Scholar and Zotero read them) for the report, seen from the page at `path`. */
export function citationTags(lang: Lang, path: string): Record<string, string> {
  const { meta } = getReport();
  return {
    citation_title: meta.title[lang],
    citation_author: meta.issuer[lang],
    citation_publication_date: meta.delivered.date.replaceAll('-', '/'),
    citation_language: lang,
    citation_publisher: meta.issuer[lang],
    // Zotero files a page with a report institution as a Report, not a web page.
    citation_technical_report_institution: meta.issuer[lang],
    citation_public_url: `${SITE_ORIGIN}${path}`,
    citation_abstract_html_url: `${SITE_ORIGIN}${homeUrl(lang)}`,
  };
}
