import { VOICE_LANG } from '@/lib/speech/voices';

/**
 * Offers read aloud (the read-aloud island's 朗读 / Listen) only where the browser has a voice for
 * the page's language: the control is hidden in the HTML and shown once such a voice is listed,
 * including when the browser lists its voices late (`voiceschanged`, as Chrome does).
 */
export function offerReadAloud(doc: Document, win: Window, signal?: AbortSignal) {
  const listen = doc.querySelector<HTMLElement>('[data-island="read-aloud"]');
  const speech = win.speechSynthesis as SpeechSynthesis | undefined;
  const lang = listen?.dataset.lang;
  if (
    !listen ||
    !speech ||
    typeof (win as Window & { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance !== 'function' ||
    (lang !== 'zh' && lang !== 'en')
  )
    return;
  const voice = new RegExp(VOICE_LANG[lang], 'i');
  const offer = () => {
    if (speech.getVoices().some((v) => voice.test(v.lang))) listen.hidden = false;
  };
  offer();
  speech.addEventListener('voiceschanged', offer, { signal });
}
