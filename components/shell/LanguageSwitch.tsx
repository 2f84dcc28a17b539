'use client';

import type { MouseEvent, FocusEvent, PointerEvent } from 'react';

type Interaction = MouseEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement> | PointerEvent<HTMLAnchorElement>;

/**
 * A plain link to the same page in the other language. Without JavaScript it lands on the
 * section; with it, the link also carries the reader's place: the linked point, or else the
 * first point or heading on screen.
 */
export function LanguageSwitch({ href, hrefLang, lang, label, children }: { href: string; hrefLang: string; lang: string; label: string; children: string }) {
  const carryPlace = (event: Interaction) => {
    event.currentTarget.href = href + currentAnchor();
  };
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      lang={lang}
      aria-label={label}
      onPointerDown={carryPlace}
      onFocus={carryPlace}
      onMouseEnter={carryPlace}
      onClick={carryPlace}
      className="shrink-0 whitespace-nowrap rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:border-stone-500 hover:bg-white dark:border-stone-700 dark:hover:border-stone-500 dark:hover:bg-stone-900"
    >
      {children}
    </a>
  );
}

function currentAnchor(): string {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  const target = hash ? document.getElementById(hash) : null;
  if (target && isOnScreen(target)) return `#${hash}`;
  if (window.scrollY < 8) return '';
  const points = Array.from(document.querySelectorAll<HTMLElement>('.point[id]'));
  const first = points.find((point) => point.getBoundingClientRect().bottom > 0);
  return first ? `#${first.id}` : '';
}

function isOnScreen(element: HTMLElement): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
