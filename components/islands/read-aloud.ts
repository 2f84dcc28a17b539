import type { Lang } from '../../lib/content/types';
import type { ListenDictionary } from '../../lib/site/dictionaries';
import { speechChunks } from '../../lib/speech/chunks';
import { chooseVoice, SPEECH_LANG } from '../../lib/speech/voices';
import { islandProps } from './shared/props';

/** What the page gives the island: its interface text (components/read-aloud/ReadAloud.tsx). */
export interface ReadAloudProps {
  strings: ListenDictionary;
}

/** A heading or point, as it is read: its words, cut into utterances, and where to show it is being read. */
interface Unit {
  shown: HTMLElement;
  label: string;
  chunks: string[];
}

/** Beside the report's words, but not its words: links, buttons, icons, and the hidden text of popovers. */
const NOT_WORDS = 'a.permalink, a.parallel-link, a.cite-link, button, svg, script, [aria-hidden="true"], [popover]';
const RATE_KEY = 'listen-rate';

/** The words of a heading or point as the report prints them: its text without the interface beside it. */
export function wordsOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll(NOT_WORDS)) skip.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const fill = (template: string, label: string) => template.replace('{label}', label);

/**
 * Read aloud: the page's headings and points (every `[data-listen]` element in `main`, in document
 * order) spoken by the browser's speechSynthesis in a voice for the page's language, one utterance per
 * sentence or so (lib/speech/chunks.ts). The point being read is highlighted (`data-listening`) and
 * kept in view; the bar at the foot of the screen pauses, resumes, stops, moves a point back or on
 * and sets the speed (Escape in it stops); while reading, every point has a "listen from here" button.
 * State changes are said in a polite status region. Nothing here may break the page: without a voice the control hides.
 */
export function mount(root: HTMLElement): void {
  if (root.dataset.listenMounted !== undefined) return;
  root.dataset.listenMounted = '';
  const synth = window.speechSynthesis;
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'zh';
  const voice = synth ? chooseVoice(synth.getVoices(), lang) : undefined;
  if (!synth || !voice) {
    root.hidden = true;
    return;
  }
  const { strings: t } = islandProps<ReadAloudProps>(root);
  const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const start = find<HTMLButtonElement>('[data-listen-action="start"]');
  const bar = find<HTMLElement>('[data-listen-bar]');
  const toggle = find<HTMLButtonElement>('[data-listen-action="toggle"]');
  const now = find<HTMLElement>('[data-listen-now]');
  const status = find<HTMLElement>('[data-listen-status]');
  const rateBox = find<HTMLSelectElement>('[data-listen-rate]');

  let rate = 1;
  try {
    rate = Number(localStorage.getItem(RATE_KEY)) || 1;
  } catch {}
  if ([...rateBox.options].some((option) => Number(option.value) === rate)) rateBox.value = String(rate);
  else rate = Number(rateBox.value);

  let units: Unit[] = [];
  let index = -1;
  let chunk = 0;
  let state: 'idle' | 'playing' | 'paused' = 'idle';
  // Every utterance carries the count at which it was spoken: the end or error of one that was cancelled is ignored.
  let spoken = 0;
  let restartOnResume = false;

  /** Silences the voice; an engine paused when cancelled stays paused (Chrome), and would not say the next utterance. */
  const silence = () => {
    spoken++;
    const paused = synth.paused;
    synth.cancel();
    if (paused) synth.resume();
  };

  const say = (text: string) => {
    // Emptied first, so that the same words said twice are announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  };

  const collect = (): Unit[] =>
    [...document.querySelectorAll<HTMLElement>('main [data-listen]')]
      .map((element) => {
        const words = wordsOf(element);
        return { shown: element.closest<HTMLElement>('.point') ?? element, label: element.dataset.listen || words, chunks: speechChunks(words, lang) };
      })
      .filter((unit) => unit.chunks.length > 0);

  /** Where reading starts: at the point (or heading) the page was opened at (#ch1-6-p2), or else at the top. */
  const place = (): number => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const linked = target ? units.findIndex((unit) => unit.shown.contains(target) || target.contains(unit.shown)) : -1;
    return Math.max(0, linked);
  };

  const keepInView = (element: HTMLElement) => {
    const box = element.getBoundingClientRect();
    const top = (document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 8;
    const bottom = bar.getBoundingClientRect().top - 8;
    if (box.top >= top && box.bottom <= bottom) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: box.height > bottom - top ? 'start' : 'center', behavior: smooth ? 'smooth' : 'auto' });
  };

  const show = () => {
    for (const element of document.querySelectorAll('[data-listening]')) element.removeAttribute('data-listening');
    const unit = units[index];
    unit.shown.setAttribute('data-listening', '');
    now.textContent = fill(t.reading, unit.label);
    keepInView(unit.shown);
  };

  const setToggle = () => {
    const paused = state === 'paused';
    toggle.querySelector('[data-icon="pause"]')?.classList.toggle('hidden', paused);
    toggle.querySelector('[data-icon="play"]')?.classList.toggle('hidden', !paused);
    toggle.querySelector('span')!.textContent = paused ? t.resume : t.pause;
  };

  const speak = () => {
    const utterance = new SpeechSynthesisUtterance(units[index].chunks[chunk]);
    utterance.lang = SPEECH_LANG[lang];
    utterance.voice = voice;
    utterance.rate = rate;
    const mine = ++spoken;
    utterance.addEventListener('end', () => {
      if (mine === spoken && state !== 'idle') advance();
    });
    utterance.addEventListener('error', (event) => {
      // Our own cancel (stop, next, a new speed) interrupts the utterance: not a failure.
      if (mine !== spoken || event.error === 'interrupted' || event.error === 'canceled') return;
      finish(t.failed);
    });
    synth.speak(utterance);
  };

  /** Reads from the start of a unit (cancelling whatever was being said). */
  const go = (to: number, announce: boolean) => {
    silence();
    index = Math.max(0, Math.min(units.length - 1, to));
    chunk = 0;
    state = 'playing';
    restartOnResume = false;
    setToggle();
    show();
    if (announce) say(fill(t.reading, units[index].label));
    speak();
  };

  const advance = () => {
    if (chunk + 1 < units[index].chunks.length) {
      chunk++;
      speak();
    } else if (index + 1 < units.length) {
      go(index + 1, false);
    } else {
      finish(t.finished);
    }
  };

  const hereButtons = () => {
    for (const unit of units) {
      const words = unit.shown.querySelector<HTMLElement>('[data-listen]') ?? unit.shown;
      if (!unit.shown.matches('.point') || words.querySelector('.listen-here')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'listen-here';
      button.dataset.print = 'no';
      button.setAttribute('aria-label', fill(t.fromHere, unit.label));
      button.title = fill(t.fromHere, unit.label);
      button.append(start.querySelector('svg')!.cloneNode(true));
      button.addEventListener('click', () => go(units.indexOf(unit), true));
      words.append(' ', button);
    }
  };

  const begin = () => {
    units = collect();
    if (!units.length) return;
    hereButtons();
    document.documentElement.classList.add('listening');
    bar.hidden = false;
    start.hidden = true;
    go(place(), true);
    toggle.focus();
  };

  /** Back to the start button: nothing highlighted, no bar, no per-point buttons. */
  const finish = (message: string) => {
    state = 'idle';
    silence();
    const hadFocus = bar.contains(document.activeElement) || !!document.activeElement?.matches('.listen-here');
    for (const element of document.querySelectorAll('[data-listening]')) element.removeAttribute('data-listening');
    for (const button of document.querySelectorAll('.listen-here')) button.remove();
    document.documentElement.classList.remove('listening');
    bar.hidden = true;
    start.hidden = false;
    if (hadFocus) start.focus();
    say(message);
  };

  const actions: Record<string, () => void> = {
    start: begin,
    stop: () => finish(t.stopped),
    previous: () => go(index - 1, true),
    next: () => (index + 1 < units.length ? go(index + 1, true) : finish(t.finished)),
    toggle: () => {
      if (state === 'playing') {
        synth.pause();
        state = 'paused';
        say(t.paused);
      } else if (state === 'paused') {
        state = 'playing';
        if (restartOnResume) {
          // The speed changed while paused: say the current sentence again at the new speed.
          restartOnResume = false;
          silence();
          speak();
        } else {
          synth.resume();
          // Some engines (Android) drop the utterance on pause: say it again.
          if (!synth.speaking && !synth.pending) speak();
        }
        say(t.resumed);
      }
      setToggle();
    },
  };
  root.addEventListener('click', (event) => {
    const action = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-listen-action]')?.dataset.listenAction : undefined;
    if (action) actions[action]?.();
  });
  rateBox.addEventListener('change', () => {
    rate = Number(rateBox.value) || 1;
    try {
      localStorage.setItem(RATE_KEY, String(rate));
    } catch {}
    if (state === 'paused') restartOnResume = true;
    if (state !== 'playing') return;
    silence();
    speak();
  });
  // Escape in the controls stops, as it closes a dialog.
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state !== 'idle') actions.stop();
  });
  // Speech would go on after the reader has left the page, and a page restored from the back-forward cache would show a bar that no longer reads.
  addEventListener('pagehide', () => {
    if (state !== 'idle') finish(t.stopped);
  });
}
