import { prosePage } from '@/components/LanguagePage';
import { aboutUrl } from '@/lib/site/urls';

/** About: the source, what we supplied, how ids and links work. */
const page = prosePage('about', (t) => ({ title: t.about, description: t.aboutDescription }), aboutUrl);

export const generateMetadata = page.generateMetadata;
export default page.Page;
