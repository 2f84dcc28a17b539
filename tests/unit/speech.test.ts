import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { CHUNK_MAX, speechChunks } from '@/lib/speech/chunks';
import { chooseVoice, voicesFor, type Voice } from '@/lib/speech/voices';

const report = getReport();
const points = report.sections.flatMap((s) => s.points);
const squash = (text: string) => text.replace(/\s+/g, '');

describe('speechChunks: the utterances a point is read in', () => {
  it('keep every word of every point, in order, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const point of points) expect(squash(speechChunks(point.text[lang], lang).join('')), `${point.id} (${lang})`).toBe(squash(point.text[lang]));
    }
  });

  it('cut only where a sentence or clause ends, and stay within the limit wherever the text allows', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const point of points) {
        for (const chunk of speechChunks(point.text[lang], lang)) {
          if (chunk.length > CHUNK_MAX[lang]) {
            // Only a clause with no place to cut may be longer.
            expect(chunk.slice(0, -1), `${point.id} (${lang}): "${chunk}"`).not.toMatch(lang === 'zh' ? /[。！？；，：]/ : /[.!?;,:][”’"')\]]*\s/);
          }
          expect(chunk).toBe(chunk.trim());
        }
      }
    }
  });

  it('read a short text whole, and a long one sentence by sentence, a long sentence clause by clause', () => {
    expect(speechChunks('以上报告，请予审议。', 'zh')).toEqual(['以上报告，请予审议。']);
    expect(speechChunks('I. Main measures and results', 'en')).toEqual(['I. Main measures and results']);
    const [a, b, c] = ['一', '二', '三'].map((character, i) => character.repeat(28) + '。。；'[i]);
    expect(speechChunks(a + b + c, 'zh')).toEqual([a + b, c]);
    const long = `${'甲'.repeat(40)}，${'乙'.repeat(40)}，${'丙'.repeat(10)}。`;
    expect(speechChunks(long, 'zh')).toEqual([`${'甲'.repeat(40)}，`, `${'乙'.repeat(40)}，${'丙'.repeat(10)}。`]);
  });

  it('never cut inside a number: 9.8%, 3,662, 43.79%', () => {
    const en = 'The loss rate was 9.8%, down 6.64 percentage points. '.repeat(5) + 'We received 3,662 cases, and 43.79% were corrected.';
    const chunks = speechChunks(en, 'en');
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk).not.toMatch(/^\d|[\d][.,]$/);
    expect(chunks.join(' ')).toBe(en.trim());
  });
});

describe('voices', () => {
  const voice = (lang: string, name = lang, localService = true, isDefault = false): Voice => ({ lang, name, localService, default: isDefault });

  it('are chosen for the page language: Mandarin of the mainland first, then Taiwan, Hong Kong; never Cantonese or another language', () => {
    const all = [voice('zh-HK'), voice('yue'), voice('en-US'), voice('zh-TW'), voice('zh_CN', 'android'), voice('fr-FR')];
    expect(chooseVoice(all, 'zh')?.name).toBe('android');
    expect(chooseVoice([voice('zh-HK'), voice('zh-TW')], 'zh')?.lang).toBe('zh-TW');
    expect(chooseVoice([voice('cmn-Hans-CN')], 'zh')?.lang).toBe('cmn-Hans-CN');
    expect(chooseVoice([voice('yue-HK'), voice('en-GB')], 'zh')).toBeUndefined();
    expect(voicesFor(all, 'zh').map((v) => v.lang)).toEqual(['zh-HK', 'zh-TW', 'zh_CN']);
  });

  it('prefer a voice on the device, then the default, for English', () => {
    const remote = voice('en-US', 'Google US English', false, false);
    const local = voice('en-US', 'espeak', true, false);
    expect(chooseVoice([remote, local], 'en')).toBe(local);
    expect(chooseVoice([voice('en-AU', 'au'), voice('en-GB', 'gb', true, true), voice('en-US', 'us')], 'en')?.name).toBe('gb');
    expect(chooseVoice([voice('en-IN', 'in')], 'en')?.name).toBe('in');
    expect(chooseVoice([voice('zh-CN'), voice('de-DE')], 'en')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
  });
});
