import { closestTo, isPlainClick } from './storage';

/** Island name → the URL of its bundle (public/_islands/manifest.json). */
export type IslandManifest = Record<string, string>;
export interface IslandModule {
  mount(element: HTMLElement, event?: Event): unknown;
}
/** How a bundle is loaded: `import(url)` in the browser; tests give their own. */
export type IslandImport = (url: string) => Promise<IslandModule>;

const INTENT_EVENTS = ['focusin', 'pointerdown', 'mouseover', 'keydown'];

/**
 * Loads the page's islands (components/islands): an element with `data-island="<name>"` gets its
 * bundle imported, and its `mount(element, event)` called once, when it comes within 400 px of the
 * viewport (`data-island-on="visible"`), is first focused, touched, hovered or keyed
 * (`intent`), or is first clicked (`click`, whose default is held back until it is mounted).
 */
export function installIslands(doc: Document, win: Window, manifest: IslandManifest, load: IslandImport, signal?: AbortSignal) {
  const started = new WeakMap<HTMLElement, Promise<void>>();
  const mounted = new WeakSet<HTMLElement>();
  const pressingAgain = new WeakSet<HTMLButtonElement>();
  const start = (element: HTMLElement, event?: Event) => {
    if (started.has(element)) return;
    const name = element.dataset.island ?? '';
    const url = Object.hasOwn(manifest, name) ? manifest[name] : undefined;
    const loading = url ? load(url).then((module) => module.mount(element, event)) : Promise.reject(new Error(`no island named ${name}`));
    started.set(
      element,
      loading.then(
        () => void mounted.add(element),
        (error) => {
          console.error(error);
          // An island that cannot load must not swallow the click that asked for it: a link goes where it leads.
          if (event?.type === 'click' && element instanceof HTMLAnchorElement) win.location.assign(element.href);
        },
      ),
    );
  };
  for (const type of INTENT_EVENTS) {
    doc.addEventListener(
      type,
      (event) => {
        const element = closestTo(event, '[data-island-on="intent"]');
        if (element) start(element, event);
      },
      { capture: true, signal },
    );
  }
  // A button pressed inside an intent island before its code has arrived is pressed again once it
  // has (or has failed to load, when the button does what it does without the island).
  doc.addEventListener(
    'click',
    (event) => {
      const element = closestTo(event, '[data-island-on="intent"]');
      const button = element && !mounted.has(element) ? closestTo<HTMLButtonElement>(event, 'button') : null;
      if (!element || !button || pressingAgain.has(button)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      start(element, event);
      void started.get(element)?.then(() => {
        pressingAgain.add(button);
        button.click();
        pressingAgain.delete(button);
      });
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'click',
    (event) => {
      const element = closestTo(event, '[data-island-on="click"]');
      if (!element || mounted.has(element) || !isPlainClick(event)) return;
      event.preventDefault();
      start(element, event);
    },
    { capture: true, signal },
  );
  const observe = () => {
    const visible = doc.querySelectorAll<HTMLElement>('[data-island-on="visible"]');
    // A browser without IntersectionObserver loads them all now rather than never.
    if (typeof IntersectionObserver !== 'function') return visible.forEach((element) => start(element));
    const near = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          near.unobserve(entry.target);
          start(entry.target as HTMLElement);
        }
      },
      { rootMargin: '400px 0px' },
    );
    for (const element of visible) near.observe(element);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', observe, { signal });
  else observe();
  return { started };
}
