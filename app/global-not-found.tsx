import type { Metadata } from 'next';
import { LanguageChoice } from '@/components/LanguageChoice';
import { dictionary } from '@/lib/site/dictionaries';
import './globals.css';

export const metadata: Metadata = {
  title: `${dictionary('zh').notFoundTitle} · ${dictionary('en').notFoundTitle}`,
  description: '此页面不存在。This page does not exist.',
};

/** The 404 page for any URL outside the two language trees: bilingual, with a way back in. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hans">
      <body className="min-h-screen">
        <LanguageChoice heading={{ zh: `${dictionary('zh').notFoundTitle}。`, en: `${dictionary('en').notFoundTitle}.` }} />
      </body>
    </html>
  );
}
