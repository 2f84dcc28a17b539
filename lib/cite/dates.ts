import type { AccessDate, ContentVersion, Lang } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`"${iso}" is not an ISO date (YYYY-MM-DD)`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A date in running text: 2021年4月26日 / April 26, 2021. Written out, so Node and every browser agree. */
export function longDate(iso: string, lang: Lang): string {
  const [year, month, day] = parts(iso);
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** GB/T 7714 writes dates as ISO 8601 (GB/T 7408). */
export function gbtDate(iso: string): string {
  parts(iso);
  return iso;
}

/** CSL-JSON and RIS want the date's numbers. */
export function dateParts(iso: string): [number, number, number] {
  return parts(iso);
}

/** Today in the reader's time zone, ISO: what the browser passes as the access date. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Where the access date goes when it is not known (the page was read without JavaScript): an
 * honest slot for the reader to fill in, never a made-up date. 'bare' for styles that bracket it.
 */
export function accessedSlot(lang: Lang, frame: 'bare' | 'framed'): string {
  const text = lang === 'zh' ? '请填写阅读日期' : 'add the date you read it';
  return frame === 'bare' ? text : `[${text}]`;
}

export const isAccessDate = (value: AccessDate): boolean => value === null || ISO_DATE.test(value);

/** One string for a version everywhere it is shown: release, then the content hash as build metadata. */
export const versionString = (version: ContentVersion) => `${version.release}+${version.hash}`;

/** A figure's period: 2020 → 2020年; "cumulative to 2020" → 截至2020年累计. */
export function period(value: string, lang: Lang): string {
  const cumulative = /^cumulative to (\d{4})$/.exec(value);
  if (cumulative) return lang === 'zh' ? `截至${cumulative[1]}年累计` : value;
  return lang === 'zh' && /^\d{4}$/.test(value) ? `${value}年` : value;
}
