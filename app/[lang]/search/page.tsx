import { languagePage } from '@/components/LanguagePage';
import { SearchResults } from '@/components/search/SearchResults';
import { searchUrl } from '@/lib/site/urls';

/** All results for ?q=, listed by the search-results island; the header box's popup links here. */
const page = languagePage({
  text: (t) => ({ title: t.search.pageTitle, description: t.search.pageDescription }),
  url: searchUrl,
  currentPageId: 'search',
  body: (lang) => <SearchResults lang={lang} />,
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
