import { LANGS, type Lang } from '../content/types';

export { LANGS, type Lang };

/** The BCP 47 tag for <html lang> and hreflang. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** A calendar date (YYYY-MM-DD) in the reader's language: 2021年4月26日 / April 26, 2021. */
export function formatDate(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A route's `lang` parameter; only zh and en pages are generated, so anything else is a bug. */
export async function langParam(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) throw new Error(`unknown language "${lang}"`);
  return lang;
}
