import { setIslandState } from '../../islands/shared/state';
import { closestTo, isPlainClick } from './storage';

/** Island name → the URL of its bundle (public/_islands/manifest.json). */
export type IslandManifest = Record<string, string>;
export interface IslandModule {
  /** Sets the island up; throws (or rejects) when it cannot work, e.g. without the data it needs. */
  mount(element: HTMLElement, event?: Event): unknown;
}
/** How a bundle is loaded: `import(url)` in the browser; tests give their own. */
export type IslandImport = (url: string) => Promise<IslandModule>;

const INTENT_EVENTS = ['focusin', 'pointerdown', 'mouseover', 'keydown'];
/** The first try and one quiet retry; after that an island stays as it is without JavaScript. */
export const ISLAND_ATTEMPTS = 2;

/**
 * Loads the page's islands (components/islands): an element with `data-island="<name>"` gets its
 * bundle imported, and its `mount(element, event)` called once, when it comes within 400 px of the
 * viewport (`data-island-on="visible"`), is first focused, touched, hovered or keyed
 * (`intent`), or is first clicked (`click`, whose default is held back until it is mounted).
 *
 * An island whose bundle or mount fails is marked `data-island-state="failed"`, which shows its
 * message and hides its live controls (components/islands/shared/state.ts), so the reader gets the
 * page as it is without JavaScript and a word on why; a click island's link is followed. It is tried
 * once more, quietly (still marked failed until it mounts), on the reader's next intent on it.
 */
export function installIslands(doc: Document, win: Window, manifest: IslandManifest, load: IslandImport, signal?: AbortSignal) {
  const attempts = new WeakMap<HTMLElement, number>();
  const pending = new WeakSet<HTMLElement>();
  const mounted = new WeakSet<HTMLElement>();
  /** The try in flight, settled (mounted or failed) when it ends. */
  const trying = new WeakMap<HTMLElement, Promise<void>>();
  const pressingAgain = new WeakSet<HTMLButtonElement>();
  /** Tried and failed as often as it may be: it is what it is without JavaScript. */
  const givenUp = (element: HTMLElement) => !pending.has(element) && (attempts.get(element) ?? 0) >= ISLAND_ATTEMPTS;
  const start = (element: HTMLElement, event?: Event) => {
    const tried = attempts.get(element) ?? 0;
    if (mounted.has(element) || pending.has(element) || tried >= ISLAND_ATTEMPTS) return;
    attempts.set(element, tried + 1);
    pending.add(element);
    if (tried === 0) setIslandState(element, 'loading');
    const name = element.dataset.island ?? '';
    const url = Object.hasOwn(manifest, name) ? manifest[name] : undefined;
    const loading = url ? load(url).then((module) => module.mount(element, event)) : Promise.reject(new Error(`no island named ${name}`));
    const settled = loading
      .then(
        () => {
          mounted.add(element);
          setIslandState(element, 'mounted');
        },
        (error: unknown) => {
          console.error(error);
          setIslandState(element, 'failed');
          // An island that cannot load must not swallow the click that asked for it: a link goes where it leads.
          if (event?.type === 'click' && element instanceof HTMLAnchorElement) win.location.assign(element.href);
        },
      )
      .finally(() => pending.delete(element));
    trying.set(element, settled);
  };
  for (const type of INTENT_EVENTS) {
    doc.addEventListener(
      type,
      (event) => {
        // A failed island of any kind is retried on intent: a visible one has no other trigger left.
        const element = closestTo(event, '[data-island-on="intent"], [data-island-state="failed"]');
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
      const button = element && !mounted.has(element) && !givenUp(element) ? closestTo<HTMLButtonElement>(event, 'button') : null;
      if (!element || !button || pressingAgain.has(button)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      start(element, event);
      void trying.get(element)?.then(() => {
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
      if (!element || mounted.has(element) || givenUp(element) || !isPlainClick(event)) return;
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
}
