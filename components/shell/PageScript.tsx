import { islandManifest } from '@/lib/site/islands';
import { VOICE_LANG } from '@/lib/speech/voices';

/**
 * The site's one inline script, first in <body> so it runs before the page paints:
 * - restores the reader's text size (before paint, so the page does not jump) and wires the
 *   text-size buttons (`data-text-size`);
 * - keeps the reader's place across a language or reading-mode switch: as a `data-carry-place`
 *   link is pointed at, focused or clicked, its href gets the linked point (if on screen) or else
 *   the first point on screen;
 * - opens a glossary term's explanation in place instead of following its link to the glossary;
 * - remembers the reading mode chosen (`data-mode` links) and, for the parallel view, points the
 *   contents and home links (`data-parallel`) at it.
 * - loads the page's islands (components/islands): an island's bundle is imported when its element
 *   (`data-island`) comes near the viewport, is first focused or touched, or is first clicked, as its
 *   `data-island-on` says, and its `mount(element, event)` is called once. A button pressed inside an
 *   `intent` island before its code has arrived is pressed again once it has (or has failed to load).
 * - gives the print stylesheet the page's title, URL and today's date for each sheet's margins.
 * - offers read aloud (the read-aloud island's 朗读 / Listen) only where the browser has a voice for
 *   the page's language: the control is hidden in the HTML and shown here once such a voice is listed.
 * It is delegated from the document and pages ship no framework runtime: this is all the script a
 * text page runs.
 */
const SOURCE = `(() => {
  const root = document.documentElement;
  root.classList.add('js');
  // The printed sheets' header and footer (the @page rules in globals.css).
  const printed = { title: document.title, url: location.origin + location.pathname, date: new Date().toLocaleDateString(root.lang) };
  for (const [key, value] of Object.entries(printed)) root.style.setProperty('--print-' + key, JSON.stringify(value));
  let mode = null;
  try { mode = localStorage.getItem('reading-mode'); } catch {}
  const applyMode = () => {
    if (mode !== 'parallel') return;
    for (const link of document.querySelectorAll('a[data-parallel]')) link.href = link.dataset.parallel;
  };
  document.addEventListener('DOMContentLoaded', applyMode);
  document.addEventListener('click', (event) => {
    const link = mode === 'parallel' && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && event.target instanceof Element && event.target.closest('a[data-parallel]');
    if (!link) return;
    event.preventDefault();
    location.assign(link.dataset.parallel);
  }, true);
  const applySize = (size) => {
    if (size && size !== '0') root.dataset.textSize = size; else delete root.dataset.textSize;
    for (const button of document.querySelectorAll('button[data-text-size]')) button.setAttribute('aria-pressed', String(button.dataset.textSize === (size || '0')));
  };
  let stored = null;
  try { stored = localStorage.getItem('text-size'); } catch {}
  applySize(stored);
  document.addEventListener('DOMContentLoaded', () => applySize(root.dataset.textSize));
  document.addEventListener('click', (event) => {
    const term = event.target instanceof Element && event.target.closest('a[data-term-popover]');
    const popover = term && document.getElementById(term.dataset.termPopover);
    if (popover && popover.showPopover && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      popover.showPopover();
      popover.querySelector('a, button')?.focus();
      popover.addEventListener('toggle', (e) => { if (e.newState === 'closed') term.focus(); }, { once: true });
      return;
    }
    const button = event.target instanceof Element && event.target.closest('button[data-text-size]');
    if (!button) return;
    applySize(button.dataset.textSize);
    try { localStorage.setItem('text-size', button.dataset.textSize); } catch {}
  });

  const place = () => {
    // A linked point stays the place while it is on screen, or while the reader is back at the top
    // (where the switch is); once they read on, the place is the point they are looking at.
    const hash = decodeURIComponent(location.hash.slice(1));
    const target = hash ? document.getElementById(hash) : null;
    const linked = target ? '#' + (target.closest('.point[id]')?.id ?? hash) : '';
    if (target) {
      const box = target.getBoundingClientRect();
      if (box.bottom > 0 && box.top < innerHeight) return linked;
    }
    if (scrollY < 8) return linked;
    // The first point with a few lines showing below the sticky header.
    const top = (document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 24;
    for (const point of document.querySelectorAll('.point[id]')) {
      if (point.getBoundingClientRect().bottom > top) return '#' + point.id;
    }
    return '';
  };
  const carry = (event) => {
    const link = event.target instanceof Element && event.target.closest('a[data-carry-place]');
    if (!link) return;
    link.href = link.dataset.carryPlace + place();
    if (event.type === 'click' && link.dataset.mode) {
      mode = link.dataset.mode;
      try { localStorage.setItem('reading-mode', mode); } catch {}
    }
  };
  for (const type of ['pointerdown', 'focusin', 'mouseover', 'click']) document.addEventListener(type, carry, true);

  const islands = __ISLANDS__;
  const started = new WeakMap();
  const mounted = new WeakSet();
  const start = (element, event) => {
    if (started.has(element)) return;
    const url = islands[element.dataset.island];
    const loading = url ? import(url).then((module) => module.mount(element, event)) : Promise.reject(new Error('no island named ' + element.dataset.island));
    started.set(element, loading.then(() => mounted.add(element), (error) => {
      console.error(error);
      // An island that cannot load must not swallow the click that asked for it: a link goes where it leads.
      if (event?.type === 'click' && element instanceof HTMLAnchorElement) location.assign(element.href);
    }));
  };
  const closest = (event, on) => event.target instanceof Element ? event.target.closest('[data-island-on="' + on + '"]') : null;
  for (const type of ['focusin', 'pointerdown', 'mouseover', 'keydown']) {
    document.addEventListener(type, (event) => { const element = closest(event, 'intent'); if (element) start(element, event); }, true);
  }
  document.addEventListener('click', (event) => {
    const element = closest(event, 'intent');
    const button = element && !mounted.has(element) && event.isTrusted && event.target.closest('button');
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    start(element, event);
    started.get(element).then(() => button.click());
  }, true);
  document.addEventListener('click', (event) => {
    const element = closest(event, 'click');
    if (!element || mounted.has(element) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    start(element, event);
  }, true);
  document.addEventListener('DOMContentLoaded', () => {
    const near = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        start(entry.target);
      }
    }, { rootMargin: '400px 0px' });
    for (const element of document.querySelectorAll('[data-island-on="visible"]')) near.observe(element);
    const listen = document.querySelector('[data-island="read-aloud"]');
    const speech = window.speechSynthesis;
    if (!listen || !speech || typeof SpeechSynthesisUtterance !== 'function') return;
    const voice = new RegExp(__VOICE_LANG__[listen.dataset.lang], 'i');
    const offer = () => { if (speech.getVoices().some((v) => voice.test(v.lang))) listen.hidden = false; };
    offer();
    speech.addEventListener('voiceschanged', offer);
  });
})();`;

export function PageScript() {
  return <script data-page-script dangerouslySetInnerHTML={{ __html: SOURCE.replace('__ISLANDS__', JSON.stringify(islandManifest())).replace('__VOICE_LANG__', () => JSON.stringify(VOICE_LANG)) }} />;
}
