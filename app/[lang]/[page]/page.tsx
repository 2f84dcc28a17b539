import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReportMasthead } from '@/components/report/ReportMasthead';
import { PrintLinks } from '@/components/report/PrintLinks';
import { SectionView } from '@/components/report/SectionView';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { PrevNext } from '@/components/shell/PrevNext';
import { ReadingMode } from '@/components/shell/ReadingMode';
import { ReadAloud } from '@/components/read-aloud/ReadAloud';
import { PlansLink } from '@/components/plans/PlansLink';
import { getReport } from '@/lib/content/load';
import { GlossaryPopovers } from '@/components/glossary/GlossaryTerm';
import { annotations, termMarksIn } from '@/lib/site/annotations';
import { isLang, LANGS } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { headingLevel, neighbours, pageDescription, pageTitle, pageTrail } from '@/lib/site/navigation';
import { pageById, pageUrl } from '@/lib/site/urls';
import { JsonLd } from '@/components/report/JsonLd';
import { reportJsonLd } from '@/lib/site/structured-data';

type Props = { params: Promise<{ lang: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => getReport().pages.map((page) => ({ lang, page: page.id })));
}

async function resolve(params: Props['params']) {
  const { lang, page: pageId } = await params;
  const report = getReport();
  const page = pageById(report, pageId);
  if (!isLang(lang) || !page) notFound();
  return { lang, report, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, page } = await resolve(params);
  return pageMetadata(lang, pageUrl(lang, page.id), pageTitle(page, lang), pageDescription(page, lang));
}

/** A section page: one sub-section (or chapter), with the opening and closing placed at either end. */
export default async function SectionPage({ params }: Props) {
  const { lang, report, page } = await resolve(params);
  const { previous, next } = neighbours(report, page, lang);
  const opensReport = report.pages[0] === page;
  const notes = annotations(report, lang, { charts: true });
  return (
    <ReaderShell report={report} lang={lang} path={pageUrl(lang, page.id)} currentPageId={page.id} quotable qr>
      <Breadcrumbs lang={lang} trail={pageTrail(report, page, lang)} current={pageTitle(page, lang)} />
      <ReadingMode lang={lang} current={lang} zhHref={pageUrl('zh', page.id)} enHref={pageUrl('en', page.id)} parallelPage={page.id}>
        <ReadAloud lang={lang} />
      </ReadingMode>
      {opensReport && <ReportMasthead report={report} lang={lang} />}
      {page.sections.map((section) => (
        <SectionView
          key={section.id}
          section={section}
          lang={lang}
          report={report}
          headingLevel={opensReport ? 2 : headingLevel(page, section)}
          annotations={notes}
          parallelPage={page.id}
        />
      ))}
      {page.sections.some((s) => s.chapter === 2 || s.chapter === 3) && <PlansLink lang={lang} />}
      <PrevNext lang={lang} previous={previous} next={next} />
      <PrintLinks sections={page.sections} lang={lang} report={report} />
      <GlossaryPopovers marks={termMarksIn(notes, page.sections)} annotations={notes} />
      <JsonLd data={reportJsonLd(report, lang)} />
    </ReaderShell>
  );
}
