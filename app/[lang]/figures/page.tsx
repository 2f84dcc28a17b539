import type { Metadata } from 'next';
import { FiguresTable } from '@/components/figures/FiguresTable';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { figureRows, topicOptions } from '@/lib/figures/rows';
import { dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { figuresUrl } from '@/lib/site/urls';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const t = dictionary(lang).figures;
  return pageMetadata(lang, figuresUrl(lang), t.pageTitle, t.pageDescription);
}

/** Every figure of the report: searchable, filterable, sortable, each with a permalink and its source. */
export default async function FiguresPage({ params }: Props) {
  const lang = await langParam(params);
  const report = getReport();
  const figures = getFigures();
  const t = dictionary(lang);
  const separator = lang === 'zh' ? '：' : ': ';
  return (
    <ReaderShell report={report} lang={lang} path={figuresUrl(lang)} layout="wide">
      <Breadcrumbs lang={lang} trail={[]} current={t.figures.pageTitle} />
      <h1 className="mb-3 text-2xl font-bold sm:text-3xl">{t.figures.pageTitle}</h1>
      <p className="mb-4 max-w-[44rem] leading-relaxed">{t.figures.intro}</p>
      <p className="mb-6 text-sm">
        {t.figures.allData}{' '}
        <a href="/data/metrics.csv" download className="underline">metrics.csv</a> · <a href="/data/metrics.json" className="underline">metrics.json</a>
      </p>
      <FiguresTable
        rows={figureRows(figures, report, lang)}
        topics={topicOptions(figures, lang)}
        lang={lang === 'zh' ? 'zh-Hans' : 'en'}
        text={{ ...t.figures, columns: t.figures.columns, permalink: t.permalink }}
      />
      <h2 className="mt-10 mb-3 text-xl font-semibold">{t.figures.checks}</h2>
      <ul className="space-y-2">
        {figures.checks.map((check) => (
          <li key={check.id} id={check.id} className="anchor rounded-lg border border-stone-200 bg-white p-3 text-sm dark:border-stone-800 dark:bg-stone-900">
            {check.description[lang]}
            {separator}
            <span className="tabular-nums">
              {check.formula} = {check.computed}
            </span>{' '}
            → <strong>{check.ok ? t.figures.checkOk : t.figures.checkFailed}</strong>
          </li>
        ))}
      </ul>
    </ReaderShell>
  );
}
