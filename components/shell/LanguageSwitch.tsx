/**
 * A plain link to the same page in the other language. Without JavaScript it lands on the
 * section; with it, CarryPlaceScript adds the reader's place (see below) when the link is used.
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

/**
 * Keeps the reader's place across a language switch: as a `data-carry-place` link is pointed at,
 * focused or clicked, its href gets the linked point (if on screen) or else the first point on
 * screen. Inline and delegated from the document, so it works before (and without) hydration.
 */
const CARRY_PLACE = `(() => {
  const place = () => {
    const hash = decodeURIComponent(location.hash.slice(1));
    const target = hash && document.getElementById(hash);
    if (target) {
      const box = target.getBoundingClientRect();
      if (box.bottom > 0 && box.top < innerHeight) return '#' + hash;
    }
    if (scrollY < 8) return '';
    // The first point with a few lines showing below the sticky header.
    const top = (document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 24;
    for (const point of document.querySelectorAll('.point[id]')) {
      if (point.getBoundingClientRect().bottom > top) return '#' + point.id;
    }
    return '';
  };
  const carry = (event) => {
    const link = event.target instanceof Element && event.target.closest('a[data-carry-place]');
    if (link) link.href = link.dataset.carryPlace + place();
  };
  for (const type of ['pointerdown', 'focusin', 'mouseover', 'click']) document.addEventListener(type, carry, true);
})();`;

export function CarryPlaceScript() {
  return <script dangerouslySetInnerHTML={{ __html: CARRY_PLACE }} />;
}
