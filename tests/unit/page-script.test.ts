// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installGlossary } from '@/components/shell/page-script/glossary';
import { ISLAND_ATTEMPTS, type IslandModule, installIslands } from '@/components/shell/page-script/islands';
import { currentPlace, fragmentId, installPlaceKeeping } from '@/components/shell/page-script/place';
import { installPrintMargins } from '@/components/shell/page-script/print';
import { installQueryEcho } from '@/components/shell/page-script/query';
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

describe('an island that fails', () => {
  const manifest = { search: '/_islands/search-1.js', table: '/_islands/table-1.js', cite: '/_islands/cite-1.js' };
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const focus = (element: Element) => element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  /** A loader whose imports fail, then succeed, as `outcomes` says, one per import. */
  const flaky = (...outcomes: ('fail' | 'ok' | 'mount throws')[]) => {
    const mounts: HTMLElement[] = [];
    const load = vi.fn(async (url: string): Promise<IslandModule> => {
      const outcome = outcomes.shift() ?? 'ok';
      if (outcome === 'fail') throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
      return {
        mount: (element) => {
          if (outcome === 'mount throws') throw new Error('/data/search.json: HTTP 503');
          mounts.push(element);
        },
      };
    });
    return { load, mounts };
  };
  const searchForm = () => {
    doc.body.innerHTML = [
      '<form data-island="search" data-island-on="intent" action="/zh/search/"><input name="q">',
      '<p data-island-message hidden>即时搜索未能载入</p><div data-island-live>controls</div>',
      // A nested island's parts are its own.
      '<div data-island="table" data-island-on="visible"><p data-island-message hidden>table</p><div data-island-live>table controls</div></div>',
      '</form>',
    ].join('');
    return doc.querySelector('form')!;
  };
  const visibleText = (root: Element) =>
    [...root.querySelectorAll<HTMLElement>('[data-island-message], [data-island-live]')].filter((e) => !e.hidden).map((e) => e.textContent);
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // Visible islands stay unseen here: only intents start them.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        unobserve() {}
      },
    );
  });

  it('is marked failed, shows its message and hides its live controls, leaving nested islands alone', async () => {
    const form = searchForm();
    const { load } = flaky('fail');
    installIslands(doc, window, manifest, load, signal);
    focus(form.querySelector('input')!);
    expect(form.dataset.islandState).toBe('loading');
    await flush();
    expect(form.dataset.islandState).toBe('failed');
    expect(visibleText(form)).toEqual(['即时搜索未能载入', 'table controls']);
    expect(console.error).toHaveBeenCalledWith(new TypeError('Failed to fetch dynamically imported module: /_islands/search-1.js'));
  });

  it('is tried once more, quietly, on the next intent, and mounts: its message goes, its controls come back', async () => {
    const form = searchForm();
    const { load, mounts } = flaky('fail', 'ok');
    installIslands(doc, window, manifest, load, signal);
    focus(form.querySelector('input')!);
    await flush();
    form.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: '复' }));
    // Quiet: still marked failed, its message still shown, while the retry loads.
    expect(form.dataset.islandState).toBe('failed');
    expect(visibleText(form)).toContain('即时搜索未能载入');
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
    expect(mounts).toEqual([form]);
    expect(form.dataset.islandState).toBe('mounted');
    expect(visibleText(form)).toEqual(['controls', 'table controls']);
  });

  it(`gives up after ${ISLAND_ATTEMPTS} tries: the page stays as it is without JavaScript`, async () => {
    const form = searchForm();
    const { load } = flaky('fail', 'fail', 'ok');
    installIslands(doc, window, manifest, load, signal);
    for (let i = 0; i < 4; i++) {
      focus(form.querySelector('input')!);
      await flush();
    }
    expect(load).toHaveBeenCalledTimes(ISLAND_ATTEMPTS);
    expect(form.dataset.islandState).toBe('failed');
    // Nothing stops the form: it submits to the results page as it would without JavaScript.
    const submit = new Event('submit', { cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
  });

  it('counts a mount that throws (its data did not load) as a failure, and retries it', async () => {
    doc.body.innerHTML =
      '<section data-island="search" data-island-on="visible"><p role="status" data-island-live>prompt</p><p data-island-message hidden>搜索功能未能载入</p><input></section>';
    const section = doc.querySelector('section')!;
    const { load, mounts } = flaky('mount throws', 'ok');
    // A browser without IntersectionObserver starts visible islands at once.
    vi.stubGlobal('IntersectionObserver', undefined);
    installIslands(doc, window, manifest, load, signal);
    await flush();
    expect(section.dataset.islandState).toBe('failed');
    expect(visibleText(section)).toEqual(['搜索功能未能载入']);
    expect(console.error).toHaveBeenCalledWith(new Error('/data/search.json: HTTP 503'));
    // A visible island has no trigger left but the reader's intent.
    section.querySelector('input')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    await flush();
    expect(mounts).toEqual([section]);
    expect(visibleText(section)).toEqual(['prompt']);
  });

  it('lets a click through to its link once a click island has failed for good', async () => {
    doc.body.innerHTML = '<a href="/zh/cite/x/" data-island="cite" data-island-on="click">Cite</a>';
    const link = doc.querySelector('a')!;
    const assign = vi.fn();
    const win = { ...window, location: { ...window.location, assign } } as unknown as Window;
    const { load } = flaky('fail', 'fail');
    installIslands(doc, win, manifest, load, signal);
    expect(click(link)).toBe(false);
    await flush();
    expect(assign).toHaveBeenCalledTimes(1);
    expect(click(link)).toBe(false);
    await flush();
    expect(assign).toHaveBeenCalledTimes(2);
    // Given up: the loader holds nothing back (the last listener stands in for the browser, which jsdom cannot be).
    let prevented: boolean | undefined;
    doc.addEventListener('click', (event) => ((prevented = event.defaultPrevented), event.preventDefault()), { signal });
    click(link);
    expect(prevented).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the results page’s box', () => {
  it('shows the query the page was opened with, however it is written, cut to the longest query', () => {
    const page = (search: string) => {
      doc.body.innerHTML = '<input name="q" data-query-param="q"><input name="other">';
      installQueryEcho(doc, { search }, signal);
      return [...doc.querySelectorAll('input')].map((input) => input.value);
    };
    expect(page('?q=%E5%A4%8D%E8%AE%AE')).toEqual(['复议', '']);
    expect(page('?q=3%2C662+cases')).toEqual(['3,662 cases', '']);
    expect(page('?q=%E0%A4%A')).toEqual(['\ufffd%A', '']);
    expect(page('?q=%ED%A0%80x')).toEqual(['\ufffd\ufffd\ufffdx', '']);
    expect(page('')).toEqual(['', '']);
    expect(page(`?q=${'复'.repeat(5000)}`)[0]).toHaveLength(200);
  });
});

describe('hostile fragments and queries (fast-check)', () => {
  it('a fragment of any characters and escapes is an id or none, never an error, wherever it is read', () => {
    doc.body.innerHTML = '<header></header><div class="point" id="p1"><p>One</p></div>';
    const escapes = fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^(%[0-9A-Fa-f]{0,2}|[a-z#%-]){0,12}$/));
    fc.assert(
      fc.property(escapes, fc.integer({ min: 0, max: 2000 }), (hash, scrollY) => {
        const id = fragmentId(`#${hash}`);
        expect(typeof id).toBe('string');
        expect(() => currentPlace(doc, { location: { hash: `#${hash}` } as Location, scrollY, innerHeight: 800 })).not.toThrow();
      }),
    );
  });

  it('a query of any characters is read without error, never longer than the box holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        doc.body.innerHTML = '<input data-query-param="q">';
        installQueryEcho(doc, { search: `?q=${raw}` }, signal);
        expect(doc.querySelector('input')!.value.length).toBeLessThanOrEqual(200);
      }),
    );
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
