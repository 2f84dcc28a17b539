import type { Metadata } from 'next';
import { ReportMasthead } from '@/components/report/ReportMasthead';
import { PrintLinks } from '@/components/report/PrintLinks';
import { SectionView } from '@/components/report/SectionView';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { ReadingMode } from '@/components/shell/ReadingMode';
import { ReadAloud } from '@/components/read-aloud/ReadAloud';
import { getReport } from '@/lib/content/load';
import { GlossaryPopovers } from '@/components/glossary/GlossaryTerm';
import { annotations, termMarksIn } from '@/lib/site/annotations';
import { dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { fullReportUrl } from '@/lib/site/urls';
import { JsonLd } from '@/components/report/JsonLd';
import { reportJsonLd } from '@/lib/site/structured-data';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const t = dictionary(lang);
  return pageMetadata(lang, fullReportUrl(lang), t.fullReport, t.fullDescription);
}

/** The whole report on one page, for reading through and printing; same anchors as the section pages. */
export default async function FullReportPage({ params }: Props) {
  const lang = await langParam(params);
  const report = getReport();
  const notes = annotations(report, lang);
  return (
    <ReaderShell report={report} lang={lang} path={fullReportUrl(lang)} currentPageId="full" quotable qr>
      <Breadcrumbs lang={lang} trail={[]} current={dictionary(lang).fullReport} />
      <ReadingMode lang={lang} current={lang} zhHref={fullReportUrl('zh')} enHref={fullReportUrl('en')} parallelPage="full">
        <ReadAloud lang={lang} />
      </ReadingMode>
      <ReportMasthead report={report} lang={lang} />
      {report.sections.map((section) => (
        <SectionView
          key={section.id}
          section={section}
          lang={lang}
          report={report}
          headingLevel={section.level === 1 ? 2 : 3}
          annotations={notes}
          parallelPage="full"
        />
      ))}
      <PrintLinks sections={report.sections} lang={lang} report={report} />
      <GlossaryPopovers marks={termMarksIn(notes, report.sections)} annotations={notes} />
      <JsonLd data={reportJsonLd(report, lang)} />
    </ReaderShell>
  );
}
