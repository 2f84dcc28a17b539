/**
 * A plain link to the same page in the other language. Without JavaScript it lands on the
 * section; with it, PageScript adds the reader's place when the link is used.
 */
export function LanguageSwitch({ href, hrefLang, lang, short, children }: { href: string; hrefLang: string; lang: string; short: string; children: string }) {
  return (
    <a
      href={href}
      data-carry-place={href}
      hrefLang={hrefLang}
      lang={lang}
      aria-label={children}
      className="shrink-0 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium whitespace-nowrap hover:border-stone-500 hover:bg-white dark:border-stone-700 dark:hover:border-stone-500 dark:hover:bg-stone-900"
    >
      <span className="sm:hidden">{short}</span>
      <span className="hidden sm:inline">{children}</span>
    </a>
  );
}
