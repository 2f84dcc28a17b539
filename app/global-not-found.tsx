import type { Metadata } from 'next';
import { LanguageChoice } from '@/components/LanguageChoice';
import './globals.css';

export const metadata: Metadata = {
  title: '页面不存在 · Page not found',
  description: '此页面不存在。This page does not exist.',
  robots: { index: false },
};

/** The 404 page for any URL outside the two language trees: bilingual, with a way back in. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hans">
      <body className="min-h-screen">
        <LanguageChoice headingLevel={2} intro={{ zh: '页面不存在。', en: 'Page not found.' }} />
      </body>
    </html>
  );
}
