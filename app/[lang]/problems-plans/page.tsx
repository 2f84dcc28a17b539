import { languagePage } from '@/components/LanguagePage';
import { ProblemPlans } from '@/components/plans/ProblemPlans';
import { getProblemLinks } from '@/lib/plans/load';
import { dictionary } from '@/lib/site/dictionaries';
import { plansUrl } from '@/lib/site/urls';

/** The four problems of chapter II beside the plans of chapter III that answer them: our reading. */
const page = languagePage({
  text: (t) => ({ title: t.plans.pageTitle, description: t.plans.pageDescription }),
  url: plansUrl,
  layout: 'wide',
  currentPageId: 'problems-plans',
  body: (lang, report) => (
    <>
      <p className="mb-8 max-w-[48rem] leading-relaxed">{dictionary(lang).plans.intro}</p>
      <ProblemPlans links={getProblemLinks()} lang={lang} report={report} />
    </>
  ),
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
