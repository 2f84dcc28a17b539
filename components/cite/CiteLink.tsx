import { citeDictionary } from '@/lib/cite/dictionary';
import type { CiteTarget } from '@/lib/cite/types';
import { citeDataUrl, citeUrl } from '@/lib/cite/urls';
import type { Lang } from '@/lib/content/types';
import { CITE } from './classes';

/**
 * "Cite" for the report, a point or a figure: a real link to its cite page (every format as text,
 * without JavaScript); with JavaScript the cite island opens the dialog in place on the first click.
 * `label` is what is cited as the reader sees it (一（六）“二是”, a figure's name), for screen readers.
 * `inText`: the link sits inside the report's own text (a point), whose copy must hold only the report's words.
 */
export function CiteLink({
  lang,
  id,
  kind,
  label,
  className = `${CITE.trigger} text-sm`,
  inText = false,
}: {
  lang: Lang;
  id: string;
  kind: CiteTarget['kind'];
  label?: string;
  className?: string;
  inText?: boolean;
}) {
  const t = citeDictionary(lang);
  const name = kind === 'report' ? t.citeReport : kind === 'point' ? t.citePoint : t.citeFigure;
  return (
    <a
      href={citeUrl(lang, id)}
      className={className}
      data-island="cite"
      data-island-on="click"
      data-cite-src={citeDataUrl(id)}
      data-lang={lang}
      aria-label={label ? `${name}${lang === 'zh' ? '：' : ': '}${label}` : name}
      // Inside a point's paragraph the word is drawn by CSS (.cite-link[data-text]::after), so that
      // copying the paragraph copies the report's words only; the link is named by aria-label.
      {...(inText ? { 'data-text': t.cite } : {})}
    >
      {inText ? null : t.cite}
    </a>
  );
}
