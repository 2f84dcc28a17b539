import type { Metadata } from 'next';
import { ReportMasthead } from '@/components/report/ReportMasthead';
import { ReaderShell } from '@/components/shell';
import { Contents } from '@/components/shell/Contents';
import { getReport } from '@/lib/content/load';
import { dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { aboutUrl, figuresUrl, fullReportUrl, homeUrl, pageUrl, parallelUrl } from '@/lib/site/urls';
import { JsonLd } from '@/components/report/JsonLd';
import { reportJsonLd } from '@/lib/site/structured-data';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  return pageMetadata(lang, homeUrl(lang), null, dictionary(lang).homeDescription);
}

/** Home: the title block, a short explanation for newcomers, and the contents. */
export default async function HomePage({ params }: Props) {
  const lang = await langParam(params);
  const report = getReport();
  const t = dictionary(lang);
  const button = 'rounded-md px-4 py-2 font-medium';
  return (
    <ReaderShell report={report} lang={lang} path={homeUrl(lang)} layout="home">
      <div className="mx-auto max-w-3xl">
        <ReportMasthead report={report} lang={lang} />
        <section aria-labelledby="what-this-is" className="space-y-3 leading-relaxed">
          <h2 id="what-this-is" className="text-lg font-semibold">
            {t.homeIntroTitle}
          </h2>
          {t.homeIntro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
        <p className="mt-6 flex flex-wrap gap-3">
          <a
            href={pageUrl(lang, report.pages[0].id)}
            data-parallel={parallelUrl(lang, report.pages[0].id)}
            className={`${button} bg-[var(--color-accent)] text-white hover:opacity-90 dark:text-stone-950`}
          >
            {t.startReading}
          </a>
          <a href={fullReportUrl(lang)} className={`${button} border border-stone-300 bg-white hover:border-stone-500 dark:border-stone-700 dark:bg-stone-900`}>
            {t.fullReportLong}
          </a>
          <a href={figuresUrl(lang)} className={`${button} border border-stone-300 bg-white hover:border-stone-500 dark:border-stone-700 dark:bg-stone-900`}>
            {t.figures.pageTitle}
          </a>
          <a href={aboutUrl(lang)} className={`${button} border border-stone-300 bg-white hover:border-stone-500 dark:border-stone-700 dark:bg-stone-900`}>
            {t.about}
          </a>
        </p>
        <section aria-labelledby="contents-heading" className="mt-10">
          <h2 id="contents-heading" className="mb-3 text-lg font-semibold">
            {t.contents}
          </h2>
          <div className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
            <Contents report={report} lang={lang} />
          </div>
        </section>
      </div>
      <JsonLd data={reportJsonLd(report, lang)} />
    </ReaderShell>
  );
}
