// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installGlossary } from '@/components/shell/page-script/glossary';
import { type IslandModule, installIslands } from '@/components/shell/page-script/islands';
import { currentPlace, fragmentId, installPlaceKeeping } from '@/components/shell/page-script/place';
import { installPrintMargins } from '@/components/shell/page-script/print';
import { offerReadAloud } from '@/components/shell/page-script/read-aloud';
import { installReadingMode } from '@/components/shell/page-script/reading-mode';
import { installTextSize } from '@/components/shell/page-script/text-size';

/**
 * The page script's parts (components/shell/page-script/), each installed on jsdom's document.
 * Every listener hangs on the document; each test's go when its AbortSignal is aborted.
 */
const doc = document;
let controller: AbortController;
let signal: AbortSignal;
beforeEach(() => {
  doc.title = 'A page';
  doc.body.innerHTML = '';
  doc.documentElement.removeAttribute('data-text-size');
  localStorage.clear();
  controller = new AbortController();
  signal = controller.signal;
});
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const click = (element: Element, init: MouseEventInit = {}) =>
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
/** jsdom lays nothing out: give an element the box a browser would. */
const boxAt = (element: Element, top: number, bottom: number) =>
  vi
    .spyOn(element, 'getBoundingClientRect')
    .mockReturnValue({ top, bottom, left: 0, right: 100, width: 100, height: bottom - top, x: 0, y: top, toJSON: () => ({}) });

describe('the island loader', () => {
  const manifest = { cite: '/_islands/cite-1.js', search: '/_islands/search-1.js', table: '/_islands/table-1.js' };
  const loader = () => {
    const mounts: { url: string; element: HTMLElement; event?: Event }[] = [];
    const load = vi.fn(async (url: string): Promise<IslandModule> => ({ mount: (element, event) => mounts.push({ url, element, event }) }));
    return { mounts, load };
  };
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('loads an intent island on its first focus or touch, once', async () => {
    doc.body.innerHTML = '<form data-island="search" data-island-on="intent"><input></form>';
    const { mounts, load } = loader();
    installIslands(doc, window, manifest, load, signal);
    const input = doc.querySelector('input')!;
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    input.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(mounts.map((m) => [m.url, m.element.dataset.island, m.event?.type])).toEqual([['/_islands/search-1.js', 'search', 'focusin']]);
  });

  it('presses again, once the code has arrived, a button pressed inside an intent island before it had', async () => {
    doc.body.innerHTML = '<div data-island="search" data-island-on="intent"><button type="button">Listen</button></div>';
    const pressed: string[] = [];
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    installIslands(
      doc,
      window,
      manifest,
      async () => {
        await arrived;
        return { mount: () => pressed.push('mounted') };
      },
      signal,
    );
    const button = doc.querySelector('button')!;
    button.addEventListener('click', () => pressed.push('click'));
    expect(click(button)).toBe(false);
    expect(pressed).toEqual([]);
    arrive();
    await flush();
    expect(pressed).toEqual(['mounted', 'click']);
    // Mounted: the button is the island's now, pressed once per click.
    click(button);
    expect(pressed).toEqual(['mounted', 'click', 'click']);
  });

  it('holds back the first click of a click island until it is mounted, then lets clicks through', async () => {
    // No href: jsdom cannot follow links, and the click this test lets through would try.
    doc.body.innerHTML = '<a data-island="cite" data-island-on="click">Cite</a>';
    const { mounts, load } = loader();
    installIslands(doc, window, manifest, load, signal);
    const link = doc.querySelector('a')!;
    expect(click(link)).toBe(false);
    await flush();
    expect(mounts).toHaveLength(1);
    expect(mounts[0].event?.type).toBe('click');
    // Mounted: the island handles clicks itself now.
    expect(click(link)).toBe(true);
    // A click that opens a new tab is the browser's.
    expect(click(doc.createElement('a'), { ctrlKey: true })).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('follows the link when a click island cannot load, and says why in the console', async () => {
    doc.body.innerHTML = '<a href="/zh/cite/x/" data-island="cite" data-island-on="click">Cite</a>';
    const assign = vi.fn();
    const win = { ...window, location: { ...window.location, assign } } as unknown as Window;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    installIslands(doc, win, manifest, () => Promise.reject(new Error('offline')), signal);
    click(doc.querySelector('a')!);
    await flush();
    expect(assign).toHaveBeenCalledWith(new URL('/zh/cite/x/', location.href).href);
    expect(error).toHaveBeenCalledWith(new Error('offline'));
  });

  it('loads a visible island when it comes within 400 px of the viewport', async () => {
    doc.body.innerHTML = '<table data-island="table" data-island-on="visible"></table><div data-island="nope" data-island-on="visible"></div>';
    const observed: Element[] = [];
    let notify: IntersectionObserverCallback = () => {};
    const options: (IntersectionObserverInit | undefined)[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: IntersectionObserverCallback, init?: IntersectionObserverInit) {
          notify = callback;
          options.push(init);
        }
        observe = (element: Element) => observed.push(element);
        unobserve = vi.fn();
      },
    );
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { mounts, load } = loader();
    installIslands(doc, window, manifest, load, signal);
    // jsdom's document has finished loading; a page's is still loading when the script runs, and waits for DOMContentLoaded.
    expect(options).toEqual([{ rootMargin: '400px 0px' }]);
    expect(observed.map((e) => (e as HTMLElement).dataset.island)).toEqual(['table', 'nope']);
    notify(
      observed.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry),
      {} as IntersectionObserver,
    );
    await flush();
    expect(mounts.map((m) => m.url)).toEqual(['/_islands/table-1.js']);
    // An island the manifest does not know is an error, not a request for "undefined".
    expect(error).toHaveBeenCalledWith(new Error('no island named nope'));
  });

  it('never takes an inherited property for an island', async () => {
    doc.body.innerHTML = '<div data-island="constructor" data-island-on="intent"></div>';
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { load } = loader();
    installIslands(doc, window, manifest, load, signal);
    doc.querySelector('div')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await flush();
    expect(load).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith(new Error('no island named constructor'));
  });
});

describe('the reader’s place', () => {
  const page = () => {
    doc.body.innerHTML =
      '<header></header><div class="point" id="p1"><p>One <span id="fig-a">9.8%</span></p></div><div class="point" id="p2"><p>Two</p></div><a data-carry-place="/en/ch1-6/" href="/en/ch1-6/">English</a>';
    boxAt(doc.querySelector('header')!, 0, 56);
  };
  const at = (hash: string, scrollY: number, innerHeight = 800) => ({ location: { hash } as Location, scrollY, innerHeight });

  it('reads a fragment as an id, and a malformed one as none', () => {
    expect(fragmentId('#ch1-6-p2')).toBe('ch1-6-p2');
    expect(fragmentId('#%E6%9D%AD')).toBe('杭');
    expect(fragmentId('#%E0%A4%A')).toBe('');
    expect(fragmentId('')).toBe('');
  });

  it('is the linked point while it is on screen, or while the reader is at the top', () => {
    page();
    boxAt(doc.getElementById('fig-a')!, 100, 120);
    expect(currentPlace(doc, at('#fig-a', 500))).toBe('#p1');
    boxAt(doc.getElementById('fig-a')!, -900, -880);
    expect(currentPlace(doc, at('#fig-a', 0))).toBe('#p1');
  });

  it('is otherwise the first point with lines showing below the header', () => {
    page();
    boxAt(doc.getElementById('p1')!, -400, 60);
    boxAt(doc.getElementById('p2')!, 60, 300);
    expect(currentPlace(doc, at('', 600))).toBe('#p2');
    expect(currentPlace(doc, at('#%E0%A4%A', 600))).toBe('#p2');
    expect(currentPlace(doc, at('', 0))).toBe('');
  });

  it('goes with a language or reading-mode link as it is pointed at, and a mode is remembered when chosen', () => {
    page();
    boxAt(doc.getElementById('p1')!, -400, 60);
    boxAt(doc.getElementById('p2')!, 60, 300);
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(600);
    const modes: string[] = [];
    installPlaceKeeping(doc, window, (mode) => modes.push(mode), signal);
    const link = doc.querySelector('a')!;
    link.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(link.getAttribute('href')).toBe('/en/ch1-6/#p2');
    link.dataset.mode = 'parallel';
    link.addEventListener('click', (event) => event.preventDefault());
    click(link);
    expect(modes).toEqual(['parallel']);
    expect(localStorage.getItem('reading-mode')).toBe('parallel');
  });
});

describe('the reading mode', () => {
  it('sends a reader who chose the parallel view to it from the contents', () => {
    localStorage.setItem('reading-mode', 'parallel');
    doc.body.innerHTML = '<a href="/zh/ch1-6/" data-parallel="/zh/parallel/ch1-6/">六</a>';
    const assign = vi.fn();
    installReadingMode(doc, { assign }, signal);
    const link = doc.querySelector('a')!;
    expect(click(link)).toBe(false);
    expect(assign).toHaveBeenCalledWith('/zh/parallel/ch1-6/');
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(link.getAttribute('href')).toBe('/zh/parallel/ch1-6/');
  });

  it('leaves the links alone for a reader who did not, and follows a change of mind', () => {
    doc.body.innerHTML = '<a href="/zh/ch1-6/" data-parallel="/zh/parallel/ch1-6/">六</a>';
    const assign = vi.fn();
    const setMode = installReadingMode(doc, { assign }, signal);
    const link = doc.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    click(link);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(assign).not.toHaveBeenCalled();
    expect(link.getAttribute('href')).toBe('/zh/ch1-6/');
    setMode('parallel');
    click(link);
    expect(assign).toHaveBeenCalledWith('/zh/parallel/ch1-6/');
  });
});

describe('the text size', () => {
  const buttons = () => {
    doc.body.innerHTML = ['0', '1', '2', '3'].map((size) => `<button data-text-size="${size}">${size}</button>`).join('');
    return [...doc.querySelectorAll('button')];
  };

  it('is restored before the buttons exist, then marked on them', () => {
    localStorage.setItem('text-size', '2');
    const root = doc.documentElement;
    installTextSize(root, doc, signal);
    expect(root.dataset.textSize).toBe('2');
    const all = buttons();
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(all.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false']);
  });

  it('is set and remembered by a button; the reader’s own size leaves no attribute', () => {
    const root = doc.documentElement;
    installTextSize(root, doc, signal);
    const all = buttons();
    click(all[3]);
    expect(root.dataset.textSize).toBe('3');
    expect(localStorage.getItem('text-size')).toBe('3');
    click(all[0]);
    expect(root.hasAttribute('data-text-size')).toBe(false);
    expect(all[0].getAttribute('aria-pressed')).toBe('true');
  });

  it('works when storage refuses', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const root = doc.documentElement;
    installTextSize(root, doc, signal);
    const all = buttons();
    click(all[1]);
    expect(root.dataset.textSize).toBe('1');
  });
});

describe('glossary terms and print margins', () => {
  it('opens a term’s explanation in place and returns focus to the term when it closes', () => {
    doc.body.innerHTML = '<a href="/zh/glossary/#x" data-term-popover="pop-x">复议</a><div id="pop-x" popover><button>关闭</button></div>';
    const popover = doc.getElementById('pop-x')!;
    const shown = vi.fn();
    Object.assign(popover, { showPopover: shown });
    installGlossary(doc, signal);
    const term = doc.querySelector('a')!;
    expect(click(term)).toBe(false);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(doc.activeElement).toBe(popover.querySelector('button'));
    const toggle = new Event('toggle');
    Object.assign(toggle, { newState: 'closed' });
    popover.dispatchEvent(toggle);
    expect(doc.activeElement).toBe(term);
    // With a modifier key, the link opens the glossary as links do (the last listener stands in for the browser, which jsdom cannot be).
    let prevented: boolean | undefined;
    doc.addEventListener('click', (event) => ((prevented = event.defaultPrevented), event.preventDefault()), { signal });
    click(term, { metaKey: true });
    expect(prevented).toBe(false);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('gives the printed sheets the title, the URL without its query and fragment, and the date', () => {
    const root = doc.documentElement;
    root.lang = 'en';
    installPrintMargins(root, doc, { origin: 'https://example.org', pathname: '/en/ch1-6/' } as Location);
    expect(JSON.parse(root.style.getPropertyValue('--print-title'))).toBe('A page');
    expect(JSON.parse(root.style.getPropertyValue('--print-url'))).toBe('https://example.org/en/ch1-6/');
    expect(JSON.parse(root.style.getPropertyValue('--print-date'))).toMatch(/\d/);
  });
});

describe('offering read aloud', () => {
  const speech = (langs: string[]) => {
    const target = new EventTarget() as EventTarget & { getVoices: () => { lang: string }[] };
    let voices = langs.map((lang) => ({ lang }));
    target.getVoices = () => voices;
    return { target, list: (more: string[]) => ((voices = more.map((lang) => ({ lang }))), target.dispatchEvent(new Event('voiceschanged'))) };
  };
  const page = (lang: string) => {
    doc.body.innerHTML = `<div data-island="read-aloud" data-lang="${lang}" hidden></div>`;
    return doc.querySelector<HTMLElement>('[data-island="read-aloud"]')!;
  };
  const withSpeech = (target: EventTarget | undefined) =>
    ({ speechSynthesis: target, SpeechSynthesisUtterance: target ? function Utterance() {} : undefined }) as unknown as Window;

  it('shows 朗读 where a Mandarin voice is listed, and Listen where an English one is', () => {
    const zh = page('zh');
    offerReadAloud(doc, withSpeech(speech(['en-US', 'zh_CN']).target), signal);
    expect(zh.hidden).toBe(false);
    const en = page('en');
    offerReadAloud(doc, withSpeech(speech(['en-GB']).target), signal);
    expect(en.hidden).toBe(false);
  });

  it('keeps it hidden with no speech synthesis, no voice, or only a voice of another language or Cantonese', () => {
    for (const [lang, win] of [
      ['zh', withSpeech(undefined)],
      ['zh', withSpeech(speech([]).target)],
      ['zh', withSpeech(speech(['en-US', 'yue-HK']).target)],
      ['en', withSpeech(speech(['zh-CN']).target)],
    ] as const) {
      const element = page(lang);
      offerReadAloud(doc, win, signal);
      expect(element.hidden, `${lang}`).toBe(true);
    }
  });

  it('shows it when the browser lists its voices late', () => {
    const element = page('zh');
    const late = speech([]);
    offerReadAloud(doc, withSpeech(late.target), signal);
    expect(element.hidden).toBe(true);
    late.list(['zh-CN']);
    expect(element.hidden).toBe(false);
  });
});
