import { LanguageChoice } from '@/components/LanguageChoice';
import { dictionary } from '@/lib/site/dictionaries';

/** "/": a static export has no server redirect, so the reader picks a language. */
export default function LanguagePicker() {
  return <LanguageChoice heading={{ zh: dictionary('zh').siteName, en: dictionary('en').siteName }} />;
}
