import type { Metadata } from 'next';
import { LanguageChoice } from '@/components/LanguageChoice';
import { dictionary } from '@/lib/site/dictionaries';

const [zh, en] = [dictionary('zh'), dictionary('en')];

export const metadata: Metadata = {
  title: `${zh.requestErrorTitle} · ${en.requestErrorTitle}`,
  description: `${zh.requestErrorText} ${en.requestErrorText}`,
  // Not a page of the site: the server answers errors with it (deploy/nginx/rules.conf.template), under the address asked for.
  robots: { index: false, follow: true },
  alternates: {},
  openGraph: null,
  twitter: null,
};

/** The bilingual page of every error but 404 (400, 405, 414, 5xx …), sent with the error's own status. */
export default function RequestError() {
  return (
    <LanguageChoice heading={{ zh: `${zh.requestErrorTitle}。`, en: `${en.requestErrorTitle}.` }} note={{ zh: zh.requestErrorText, en: en.requestErrorText }} />
  );
}
