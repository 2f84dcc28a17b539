import type { Lang, Report } from '@/lib/content/types';
import { type ChartData, figureTextIds } from '@/lib/figures/charts';
import { quoteUrl } from '@/lib/figures/export';
import { derivedHeadline } from '@/lib/figures/format';
import type { Figures } from '@/lib/figures/types';
import { dictionary } from '@/lib/site/dictionaries';
import { pointLabel } from '@/lib/site/labels';
import { chartFileUrl } from '@/lib/site/urls';
import { CiteLink } from '@/components/cite/CiteLink';
import { ChartDrawing } from './ChartDrawing';
import { Corroboration } from './Corroboration';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { Tiles } from './Tiles';

/**
 * One figure "sandwich": title and summary, the chart (or tiles), the data table, notes on
 * derived values and checks, the source points, and the downloads.
 */
export function FigureBlock({ chart, figures, report, lang }: { chart: ChartData; figures: Figures; report: Report; lang: Lang }) {
  const t = dictionary(lang).figures;
  const points = report.sections.flatMap((s) => s.points);
  const metricIds = new Set(chart.rows.flatMap((row) => Object.values(row.cells).map((c) => c.metricId)));
  const checks = figures.checks.filter((check) => check.inputs.some((id) => metricIds.has(id)));
  const ids = figureTextIds(chart.id);

  return (
    <figure
      id={`chart-${chart.id}`}
      className="anchor my-8 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <figcaption id={ids.caption} className="text-base leading-snug font-semibold">
        {chart.title}
      </figcaption>
      <p id={ids.summary} className="mt-1 mb-4 text-sm text-stone-700 dark:text-stone-300">
        {chart.summary}
      </p>
      {chart.kind === 'tiles' ? (
        <Tiles chart={chart} />
      ) : (
        <>
          <Legend chart={chart} t={t} />
          <ChartDrawing chart={chart} lang={lang} />
          <details className="mt-3 text-sm" open={false}>
            <summary className="cursor-pointer font-medium text-[var(--color-accent)]">{t.dataTable}</summary>
            <div className="mt-2">
              <DataTable chart={chart} t={t} />
            </div>
          </details>
        </>
      )}
      {(chart.derived.length > 0 || checks.length > 0) && (
        <div className="mt-4 space-y-1.5 text-sm text-stone-700 dark:text-stone-300">
          {chart.derived.map((metric) => (
            <p key={metric.id}>
              <span aria-hidden="true">* </span>
              <strong className="font-semibold">{derivedHeadline(metric, lang, t.interval)}</strong> {metric.explanation[lang]}
            </p>
          ))}
          {checks.map((check) => (
            <p key={check.id}>
              {check.description[lang]}
              {lang === 'zh' ? '：' : ': '}
              {check.formula} = {check.computed} → {check.ok ? t.checkOk : t.checkFailed}
            </p>
          ))}
        </div>
      )}
      <Corroboration chart={chart.id} lang={lang} />
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
        {t.sources}
        {lang === 'zh' ? '：' : ': '}
        {chart.sources.map((metric, index) => (
          <span key={metric.id}>
            {index > 0 && (lang === 'zh' ? '、' : ', ')}
            <a href={quoteUrl(lang, report, metric)} className="underline underline-offset-2 hover:text-stone-900 dark:hover:text-stone-100">
              {pointLabel(
                points.find((p) => p.id === metric.source.point)!,
                lang,
                report,
              )}{' '}
              “{lang === 'zh' ? metric.source.quote : metric.source.quote_en}”
            </a>{' '}
            <CiteLink lang={lang} id={metric.id} kind="figure" label={metric.label[lang]} />
          </span>
        ))}
      </p>
      <p className="mt-2 text-sm" data-print="no">
        {t.downloads}
        {lang === 'zh' ? '：' : ': '}
        <a href={`/data/charts/${chart.id}.csv`} download className="underline underline-offset-2">
          {t.downloadCsv}
        </a>
        {chart.kind === 'bars' &&
          (['svg', 'png'] as const).map((type) => (
            <span key={type}>
              <span aria-hidden="true"> · </span>
              <a href={chartFileUrl(lang, chart.id, type)} download className="underline underline-offset-2">
                {type === 'svg' ? t.downloadSvg : t.downloadPng}
              </a>
            </span>
          ))}
      </p>
    </figure>
  );
}
