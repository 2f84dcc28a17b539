import { prosePage } from '@/components/LanguagePage';
import { translationUrl } from '@/lib/site/urls';

/** Translation notes: how the English was made and the choices that matter. */
const page = prosePage('translation', (t) => ({ title: t.translationNotes, description: t.translationDescription }), translationUrl);

export const generateMetadata = page.generateMetadata;
export default page.Page;
