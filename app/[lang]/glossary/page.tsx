import { GlossaryList } from '@/components/glossary/GlossaryList';
import { languagePage } from '@/components/LanguagePage';
import { getGlossary } from '@/lib/glossary/load';
import { dictionary } from '@/lib/site/dictionaries';
import { glossaryUrl } from '@/lib/site/urls';

/** Every term with its Chinese, pinyin, our rendering, a plain explanation and where it is first met. */
const page = languagePage({
  text: (t) => ({ title: t.glossary.pageTitle, description: t.glossary.pageDescription }),
  url: glossaryUrl,
  currentPageId: 'glossary',
  body: (lang, report) => (
    <>
      <p className="mb-8 leading-relaxed">{dictionary(lang).glossary.intro}</p>
      <GlossaryList glossary={getGlossary()} lang={lang} report={report} />
    </>
  ),
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
