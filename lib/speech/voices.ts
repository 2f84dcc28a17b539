import type { Lang } from '../content/types';

/** What the read-aloud island needs of a SpeechSynthesisVoice (so that this file runs in Node too). */
export interface Voice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * A voice's language that can read the page's: BCP 47 (zh-CN) or, on Android, with an underscore
 * (zh_CN). Mandarin voices may say cmn. Cantonese (yue) is not a voice for this text. Regular
 * expression sources, because the page script (components/shell/PageScript.tsx) tests the same rule
 * before any island loads, to decide whether to offer read aloud at all.
 */
export const VOICE_LANG: Record<Lang, string> = { zh: '^(zh|cmn)([-_]|$)', en: '^en([-_]|$)' };

/** The language an utterance is tagged with: the report is Mandarin as written in mainland China. */
export const SPEECH_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Preferred regions, best first: Mandarin of the mainland before Taiwan and Hong Kong; any English. */
const REGIONS: Record<Lang, RegExp[]> = {
  zh: [/^(zh|cmn)[-_](hans[-_])?cn$/i, /^(zh|cmn)([-_]hans)?$/i, /^(zh|cmn)[-_](hans|sg)/i, /^(zh|cmn)[-_](hant[-_])?tw$/i],
  en: [/^en[-_](gb|us)$/i, /^en$/i],
};

/** The voices that can read the language at all. */
export function voicesFor<V extends Voice>(voices: readonly V[], lang: Lang): V[] {
  const pattern = new RegExp(VOICE_LANG[lang], 'i');
  return voices.filter((voice) => pattern.test(voice.lang));
}

/**
 * The voice to read the page with: of the voices for its language, the best region, then one on
 * the device (a network voice can stall or cut long text), then the browser's default; undefined
 * if there is none.
 */
export function chooseVoice<V extends Voice>(voices: readonly V[], lang: Lang): V | undefined {
  const rank = (voice: V) => {
    const region = REGIONS[lang].findIndex((pattern) => pattern.test(voice.lang));
    return [region === -1 ? REGIONS[lang].length : region, voice.localService ? 0 : 1, voice.default ? 0 : 1];
  };
  const compare = (a: number[], b: number[]) => a.findIndex((value, i) => value !== b[i]);
  return voicesFor(voices, lang)
    .map((voice) => ({ voice, rank: rank(voice) }))
    .sort((a, b) => {
      const at = compare(a.rank, b.rank);
      return at === -1 ? 0 : a.rank[at] - b.rank[at];
    })[0]?.voice;
}

/** The reading speeds offered (the utterance's rate; 1 is the voice's normal speed). */
export const LISTEN_SPEEDS = [0.75, 1, 1.25, 1.5] as const;
