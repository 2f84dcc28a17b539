import { LanguageChoice } from '@/components/LanguageChoice';

/** "/": a static export has no server redirect, so the reader picks a language. */
export default function LanguagePicker() {
  return <LanguageChoice headingLevel={1} />;
}
