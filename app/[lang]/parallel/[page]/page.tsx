import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ParallelSection } from '@/components/parallel/ParallelSection';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { PrevNext } from '@/components/shell/PrevNext';
import { ReadingMode } from '@/components/shell/ReadingMode';
import { getReport } from '@/lib/content/load';
import { GlossaryPopovers } from '@/components/glossary/GlossaryTerm';
import { annotations, termMarksIn } from '@/lib/site/annotations';
import { dictionary } from '@/lib/site/dictionaries';
import { isLang, LANGS } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { headingLevel, pageTitle } from '@/lib/site/navigation';
import { fullReportUrl, pageById, pageUrl, parallelUrl } from '@/lib/site/urls';
import { JsonLd } from '@/components/report/JsonLd';
import { reportJsonLd } from '@/lib/site/structured-data';

type Props = { params: Promise<{ lang: string; page: string }> };

export const dynamicParams = false;

/** Every section page, and "full" for the whole report. */
export function generateStaticParams() {
  return LANGS.flatMap((lang) => [...getReport().pages.map((page) => page.id), 'full'].map((page) => ({ lang, page })));
}

async function resolve(params: Props['params']) {
  const { lang, page: pageId } = await params;
  const report = getReport();
  const page = pageId === 'full' ? null : pageById(report, pageId);
  if (!isLang(lang) || (pageId !== 'full' && !page)) notFound();
  const t = dictionary(lang);
  const title = page ? `${pageTitle(page, lang)} · ${t.parallel.titleSuffix}` : t.parallel.full;
  return { lang, report, page, pageId, title };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, pageId, title } = await resolve(params);
  return pageMetadata(lang, parallelUrl(lang, pageId), title, dictionary(lang).parallel.description);
}

/** Chinese and English side by side, for one section page or the whole report. */
export default async function ParallelPage({ params }: Props) {
  const { lang, report, page, pageId, title } = await resolve(params);
  const sections = page ? page.sections : report.sections;
  const notes = { zh: annotations(report, 'zh', { quotes: false }), en: annotations(report, 'en', { quotes: false }) };
  const index = page ? report.pages.indexOf(page) : -1;
  const neighbour = (offset: number) => {
    const other = page ? report.pages[index + offset] : undefined;
    return other ? { label: pageTitle(other, lang), href: parallelUrl(lang, other.id) } : undefined;
  };
  return (
    <ReaderShell report={report} lang={lang} path={parallelUrl(lang, pageId)} layout="wide" quotable qr>
      <Breadcrumbs
        lang={lang}
        trail={page ? [{ label: pageTitle(page, lang), href: pageUrl(lang, page.id) }] : [{ label: dictionary(lang).fullReport, href: fullReportUrl(lang) }]}
        current={dictionary(lang).parallel.parallel}
      />
      <ReadingMode
        lang={lang}
        current="parallel"
        zhHref={page ? pageUrl('zh', page.id) : fullReportUrl('zh')}
        enHref={page ? pageUrl('en', page.id) : fullReportUrl('en')}
        parallelPage={pageId}
      />
      <h1 className="sr-only">{title}</h1>
      {sections.map((section) => (
        <ParallelSection
          key={section.id}
          section={section}
          lang={lang}
          report={report}
          headingLevel={page ? ((headingLevel(page, section) + 1) as 2 | 3) : ((section.level + 1) as 2 | 3)}
          notes={notes}
        />
      ))}
      {page && <PrevNext lang={lang} previous={neighbour(-1)} next={neighbour(1)} />}
      <GlossaryPopovers marks={termMarksIn(notes.zh, sections)} annotations={notes.zh} />
      <GlossaryPopovers marks={termMarksIn(notes.en, sections)} annotations={notes.en} />
      <JsonLd data={reportJsonLd(report, lang)} />
    </ReaderShell>
  );
}
