import type { Lang } from '../content/types';

/** The no-JavaScript cite page of an id ('report', a point or a figure): every format as text. */
export const citeUrl = (lang: Lang, id: string) => `/${lang}/cite/${id}/`;
/** What the cite dialog fetches for an id: its CiteData, written at build. */
export const citeDataUrl = (id: string) => `/data/cite/${id}.json`;
export const changelogUrl = (lang: Lang) => `/${lang}/changelog/`;
