import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Corroboration } from '@/components/figures/Corroboration';
import { FigureShare } from '@/components/figures/FigureShare';
import { JsonLd } from '@/components/report/JsonLd';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { figureShare, statedMetrics } from '@/lib/figures/share';
import { getShareCards, versionedImage } from '@/lib/og';
import { cardForPage } from '@/lib/og/cards';
import { shareText } from '@/lib/og/text';
import { dictionary } from '@/lib/site/dictionaries';
import { isLang, LANGS } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { figureJsonLd } from '@/lib/site/structured-data';
import { figurePageUrl, figuresUrl } from '@/lib/site/urls';

type Props = { params: Promise<{ lang: string; id: string }> };

export const dynamicParams = false;

const stated = () => statedMetrics(getFigures());

/**
 * A stated figure's own page. A figure's permalink is a row of the figures page (/en/figures/#id),
 * but a #fragment cannot choose a link preview: this page gives each figure a URL with its own card.
 */
export function generateStaticParams() {
  return LANGS.flatMap((lang) => stated().map((metric) => ({ lang, id: metric.id })));
}

async function resolve(params: Props['params']) {
  const { lang, id } = await params;
  const metric = stated().find((m) => m.id === id);
  if (!isLang(lang) || !metric) notFound();
  return { lang, metric, report: getReport(), share: figureShare(getFigures(), getReport(), metric, lang) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, share } = await resolve(params);
  return pageMetadata(
    lang,
    figurePageUrl(lang, share.id),
    `${share.label}: ${share.value}`,
    shareText(lang).figure.description(share.label, share.value, share.where),
  );
}

export default async function FigurePage({ params }: Props) {
  const { lang, metric, report, share } = await resolve(params);
  const card = cardForPage(getShareCards(), lang, figurePageUrl(lang, metric.id));
  return (
    <ReaderShell report={report} lang={lang} path={figurePageUrl(lang, metric.id)} currentPageId="figures" qr>
      <Breadcrumbs lang={lang} trail={[{ label: dictionary(lang).figures.pageTitle, href: figuresUrl(lang) }]} current={share.label} />
      <FigureShare share={share} lang={lang} card={{ src: versionedImage(card), alt: card.alt }} />
      <Corroboration metrics={[metric.id]} lang={lang} />
      <JsonLd data={figureJsonLd(report, metric, lang)} />
    </ReaderShell>
  );
}
