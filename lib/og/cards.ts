import type { Lang, Report } from '../content/types';
import { chartData, chartOfMetric } from '../figures/charts';
import { chartDataHash } from '../figures/drawn';
import { formatMetricValue } from '../figures/format';
import type { Figures, StatedMetric } from '../figures/types';
import { dictionary } from '../site/dictionaries';
import { formatDate, LANGS } from '../site/i18n';
import { pointLabel } from '../site/labels';
import { pageTitle, sectionTitle } from '../site/navigation';
import { figurePageUrl, fullReportUrl, homeUrl, pageUrl, parallelUrl } from '../site/urls';
import { shareText } from './text';

/** The size every share card is drawn at: the Open Graph and Twitter large-image ratio, 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type CardKind = 'home' | 'section' | 'figure';

/** What one share card shows, in one language; drawn by lib/og/layout.ts. */
export interface ShareCard {
  kind: CardKind;
  lang: Lang;
  /** Where the PNG is published, site-relative. */
  image: string;
  /** The pages that show this card in link previews. */
  pages: string[];
  /** The report's title in the card's language. */
  title: string;
  issuer: string;
  /** A sub-section's chapter heading; a figure's point, as printed: 一（六）“二是” / I(6), point 2. */
  label: string | null;
  /** A section's heading, a figure's label, or the report's title (home, opening, full text). */
  heading: string;
  figure: { value: string; quote: string; original: string | null } | null;
  /** A figure's bar chart, drawn beside it: the chart and the hash of the data it shows (so the card's version follows the picture). */
  chart: { id: string; dataHash: string } | null;
  /** Issuer · date · meeting. */
  source: string;
  /** "Unofficial translation…" on English cards, empty on Chinese ones. */
  notice: string;
  /** og:image:alt */
  alt: string;
}

export const cardImageUrl = (lang: Lang, name: string) => `/og/${lang}/${name}.png`;

/** Every share card of the site: the home page, every section page, the full text and every stated figure, in each language. */
export function shareCards(report: Report, figures: Figures): ShareCard[] {
  return LANGS.flatMap((lang) => {
    const t = dictionary(lang);
    const s = shareText(lang);
    const { meta } = report;
    const common = {
      lang,
      title: meta.title[lang],
      issuer: meta.issuer[lang],
      // Chinese sets the full-width middle dot without spaces.
      source: [meta.issuer[lang], formatDate(meta.delivered.date, lang), meta.meeting[lang]].join(lang === 'zh' ? '·' : ' · '),
      notice: s.unofficial,
    };
    const home: ShareCard = {
      ...common,
      kind: 'home',
      image: cardImageUrl(lang, 'home'),
      pages: [homeUrl(lang)],
      label: null,
      heading: meta.title[lang],
      figure: null,
      chart: null,
      alt: s.cardAlt(meta.title[lang]),
    };
    const sections = report.pages.map((page): ShareCard => {
      const name = pageTitle(page, lang);
      const alt = s.cardAlt(`${name} · ${meta.title[lang]}`);
      const card = {
        ...common,
        kind: 'section' as const,
        image: cardImageUrl(lang, page.id),
        pages: [pageUrl(lang, page.id), parallelUrl(lang, page.id)],
        figure: null,
        chart: null,
        alt,
      };
      // The opening has no printed heading: it is the report's title page.
      if (page.main.heading === null) return { ...card, label: name, heading: meta.title[lang] };
      // A sub-section's card names its chapter; its own number is in its heading.
      const chapter = page.main.level === 2 ? report.sections.slice(0, report.sections.indexOf(page.main)).findLast((s) => s.level === 1) : undefined;
      return { ...card, label: chapter ? sectionTitle(chapter, lang) : null, heading: name };
    });
    const full: ShareCard = {
      ...common,
      kind: 'section',
      image: cardImageUrl(lang, 'full'),
      pages: [fullReportUrl(lang), parallelUrl(lang, 'full')],
      label: t.fullReport,
      heading: meta.title[lang],
      figure: null,
      chart: null,
      alt: s.cardAlt(`${t.fullReport} · ${meta.title[lang]}`),
    };
    const points = report.sections.flatMap((section) => section.points);
    const stated = figures.metrics.filter((m): m is StatedMetric => m.kind === 'stated');
    const figureCards = stated.map((metric): ShareCard => {
      const point = points.find((p) => p.id === metric.source.point)!;
      const value = formatMetricValue(metric, lang);
      const spec = chartOfMetric(metric.id, figures);
      return {
        ...common,
        kind: 'figure',
        image: cardImageUrl(lang, `figures/${metric.id}`),
        pages: [figurePageUrl(lang, metric.id)],
        label: pointLabel(point, lang, report),
        heading: metric.label[lang],
        figure: { value, quote: lang === 'zh' ? metric.source.quote : metric.source.quote_en, original: lang === 'zh' ? null : metric.source.quote },
        chart: spec && { id: spec.id, dataHash: chartDataHash(chartData(spec, figures, report, lang)) },
        alt: s.cardAlt(`${metric.label[lang]}: ${value}`),
      };
    });
    return [home, ...sections, full, ...figureCards];
  });
}

/** The card a page shows in link previews: its own, or its language's home card. */
export function cardForPage(cards: ShareCard[], lang: Lang, path: string): ShareCard {
  return cards.find((card) => card.lang === lang && card.pages.includes(path)) ?? cards.find((card) => card.lang === lang && card.kind === 'home')!;
}
