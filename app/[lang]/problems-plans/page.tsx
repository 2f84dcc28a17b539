import { languagePage } from '@/components/LanguagePage';
import { ProblemPlans } from '@/components/plans/ProblemPlans';
import { getProblemLinks } from '@/lib/plans/load';
import { fill } from '@/lib/cite/dictionary';
import { getReport } from '@/lib/content/load';
import type { Lang } from '@/lib/content/types';
import { countWord, problemCount } from '@/lib/site/counts';
import { dictionary } from '@/lib/site/dictionaries';
import { plansUrl } from '@/lib/site/urls';

/** The problems of chapter II beside the plans of chapter III that answer them: our reading. */
const count = (lang: Lang) => ({ count: countWord(problemCount(getReport()), lang) });
const page = languagePage({
  text: (t, lang) => ({ title: t.plans.pageTitle, description: fill(t.plans.pageDescription, count(lang)) }),
  url: plansUrl,
  layout: 'wide',
  currentPageId: 'problems-plans',
  body: (lang, report) => (
    <>
      <p className="mb-8 max-w-[48rem] leading-relaxed">{fill(dictionary(lang).plans.intro, count(lang))}</p>
      <ProblemPlans links={getProblemLinks()} lang={lang} report={report} />
    </>
  ),
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
