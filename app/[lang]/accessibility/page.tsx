import { prosePage } from '@/components/LanguagePage';
import { accessibilityUrl } from '@/lib/site/urls';

/** The accessibility statement: what is tested, how, and the known gaps. */
const page = prosePage('accessibility', (t) => ({ title: t.accessibility, description: t.accessibilityDescription }), accessibilityUrl);

export const generateMetadata = page.generateMetadata;
export default page.Page;
