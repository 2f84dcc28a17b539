import type { Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { PageScript } from '@/components/shell/PageScript';
import { HTML_LANG, isLang, LANGS } from '@/lib/site/i18n';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#1c1917' },
  ],
};

/** The root layout of each language tree: it alone knows the language, so it sets <html lang>. */
export default async function LanguageLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <html lang={HTML_LANG[lang]}>
      <body className="min-h-screen">
        <PageScript />
        {children}
      </body>
    </html>
  );
}
