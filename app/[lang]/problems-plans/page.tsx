import type { Metadata } from 'next';
import { ProblemPlans } from '@/components/plans/ProblemPlans';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { getReport } from '@/lib/content/load';
import { getProblemLinks } from '@/lib/plans/load';
import { dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { plansUrl } from '@/lib/site/urls';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const t = dictionary(lang).plans;
  return pageMetadata(lang, plansUrl(lang), t.pageTitle, t.pageDescription);
}

/** The four problems of chapter II beside the plans of chapter III that answer them: our reading. */
export default async function ProblemsPlansPage({ params }: Props) {
  const lang = await langParam(params);
  const report = getReport();
  const t = dictionary(lang).plans;
  return (
    <ReaderShell report={report} lang={lang} path={plansUrl(lang)} layout="wide">
      <Breadcrumbs lang={lang} trail={[]} current={t.pageTitle} />
      <h1 className="mb-3 text-2xl font-bold sm:text-3xl">{t.pageTitle}</h1>
      <p className="mb-8 max-w-[48rem] leading-relaxed">{t.intro}</p>
      <ProblemPlans links={getProblemLinks()} lang={lang} report={report} />
    </ReaderShell>
  );
}
