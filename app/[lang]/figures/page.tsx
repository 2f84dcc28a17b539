import { FigureChecks } from '@/components/figures/FigureChecks';
import { FiguresTable } from '@/components/figures/FiguresTable';
import { languagePage } from '@/components/LanguagePage';
import { getFigures } from '@/lib/figures/load';
import { exampleNumber, figureRows, topicOptions } from '@/lib/figures/rows';
import { fill } from '@/lib/cite/dictionary';
import { dictionary } from '@/lib/site/dictionaries';
import { figuresUrl } from '@/lib/site/urls';

/** Every figure of the report: searchable, filterable, sortable, each with a permalink and its source. */
const page = languagePage({
  text: (t) => ({ title: t.figures.pageTitle, description: t.figures.pageDescription }),
  url: figuresUrl,
  layout: 'wide',
  currentPageId: 'figures',
  body: (lang, report) => {
    const figures = getFigures();
    const t = dictionary(lang);
    return (
      <>
        <p className="mb-4 max-w-[44rem] leading-relaxed">{t.figures.intro}</p>
        <p className="mb-6 text-sm">
          {t.figures.allData}{' '}
          <a href="/data/metrics.csv" download className="underline">
            metrics.csv
          </a>{' '}
          ·{' '}
          <a href="/data/metrics.json" className="underline">
            metrics.json
          </a>
        </p>
        <FiguresTable
          rows={figureRows(figures, report, lang)}
          topics={topicOptions(figures, lang)}
          text={{ ...t.figures, searchPlaceholder: fill(t.figures.searchPlaceholder, { number: String(exampleNumber(figures)) }), permalink: t.permalink }}
          lang={lang}
        />
        <FigureChecks checks={figures.checks} lang={lang} />
      </>
    );
  },
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
