import type { Element } from 'hast';
import type { Lang } from '@/lib/content/types';
import { getReport } from '@/lib/content/load';
import { bareChartFile, chartFile } from '@/lib/figures/chart-files';
import { PAGE_LAYOUTS } from '@/lib/figures/chart-layout';
import { chartSvg } from '@/lib/figures/chart-svg';
import { chartData, chartSource, getCharts, type ChartData, figureTextIds } from '@/lib/figures/charts';
import { chartDataHash, type DrawnChart, type DrawnFile } from '@/lib/figures/drawn';
import { getFigures } from '@/lib/figures/load';
import { SITE_ORIGIN } from '@/lib/site/config';
import { dictionary } from '@/lib/site/dictionaries';
import { LANGS } from '@/lib/site/i18n';
import { chartUrl } from '@/lib/site/urls';
import { getVersion } from '@/lib/version/load';
import { chartDrawer } from './draw';

/** A chart's picture as a file in one language, and every character it prints (for the font check). */
export interface ChartFile {
  chart: ChartData;
  lang: Lang;
  svg: string;
}

/**
 * Every bar chart, drawn by Recharts once per language and layout (lib/build/draw-charts.mjs runs
 * this before `next build`): the page drawings (narrow and wide, coloured by CSS), the file
 * (SVG, and the source of the PNG) and the share-card picture.
 */
export async function drawAllCharts(origin = SITE_ORIGIN): Promise<{ drawn: DrawnFile; files: ChartFile[] }> {
  const report = getReport();
  const figures = getFigures();
  const version = getVersion();
  const drawer = await chartDrawer();
  const drawn: DrawnFile = { pages: {}, cards: {} };
  const files: ChartFile[] = [];
  try {
    for (const spec of getCharts().filter((c) => c.kind === 'bars')) {
      for (const lang of LANGS) {
        const chart = chartData(spec, figures, report, lang);
        const ids = figureTextIds(chart.id);
        const pages = {} as Record<(typeof PAGE_LAYOUTS)[number], Element>;
        for (const layout of PAGE_LAYOUTS)
          pages[layout] = chartSvg(await drawer.draw(chart, layout, lang), {
            mode: 'inline',
            layout,
            labelledBy: ids.caption,
            markIds: `chart-${chart.id}-${layout}-mark`,
          });
        const entry: DrawnChart = { dataHash: chartDataHash(chart), ...pages };
        drawn.pages[chart.id] = { ...drawn.pages[chart.id], [lang]: entry };

        const t = dictionary(lang).figures;
        const text = {
          lang,
          title: chart.title,
          summary: chart.summary,
          legend: chart.rows.some((row) => Object.values(row.cells).some((c) => c.derived)) ? ([t.legendStated, t.legendDerived] as [string, string]) : null,
          source: chartSource(chart, report, lang),
          link: `${origin}${chartUrl(lang, report, chart)} · ${t.fileVersion} ${version.release}+${version.hash}`,
        };
        files.push({
          chart,
          lang,
          svg: chartFile(chartSvg(await drawer.draw(chart, 'download', lang), { mode: 'standalone', layout: 'download' }), text).markup,
        });
        drawn.cards[chart.id] = {
          ...drawn.cards[chart.id],
          [lang]: bareChartFile(chartSvg(await drawer.draw(chart, 'card', lang), { mode: 'standalone', layout: 'card' }), lang),
        };
      }
    }
  } finally {
    drawer.close();
  }
  return { drawn, files };
}
