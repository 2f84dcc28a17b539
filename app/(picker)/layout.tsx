import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_ORIGIN } from '@/lib/site/config';
import { pickerPreview } from '@/lib/site/metadata';
import '../globals.css';

const title = '杭州市2020年法治政府建设情况报告 · Hangzhou Law-Based Government Report 2020';
const description =
  '杭州市人民政府关于2020年法治政府建设情况的报告，中英文对照。The Hangzhou Municipal People’s Government’s 2020 report on building a law-based government, in Chinese and English.';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_ORIGIN),
  title,
  description,
  alternates: { canonical: '/', languages: { 'zh-Hans': '/zh/', en: '/en/', 'x-default': '/' } },
  ...pickerPreview(title, description),
};

export const viewport: Viewport = { colorScheme: 'light dark' };

/** The root layout of the language picker at "/", the one page that is in both languages at once. */
export default function PickerLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hans">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
