import { languagePage } from '@/components/LanguagePage';
import { Changelog } from '@/components/version/Changelog';
import { citeDictionary } from '@/lib/cite/dictionary';
import { changelogUrl } from '@/lib/cite/urls';
import { getChangelog, getVersion } from '@/lib/version/load';

/** Changelog: every release of the content and every correction to the translation. */
const page = languagePage({
  text: (_t, lang) => ({ title: citeDictionary(lang).changelog.title, description: citeDictionary(lang).changelog.description }),
  url: changelogUrl,
  body: (lang, report) => <Changelog changelog={getChangelog()} version={getVersion()} report={report} lang={lang} />,
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
