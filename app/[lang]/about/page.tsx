import { VersionNote } from '@/components/version/VersionNote';
import { getVersion } from '@/lib/version/load';
import { prosePage } from '@/components/LanguagePage';
import { aboutUrl } from '@/lib/site/urls';

/** About: the source, what we supplied, how ids and links work; and the content version shown now. */
const page = prosePage(
  'about',
  (t) => ({ title: t.about, description: t.aboutDescription }),
  aboutUrl,
  (lang) => <VersionNote version={getVersion()} lang={lang} />,
);

export const generateMetadata = page.generateMetadata;
export default page.Page;
