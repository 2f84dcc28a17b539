import { versionString } from '@/lib/cite/dates';
import { citeDictionary } from '@/lib/cite/dictionary';
import { citationExports } from '@/lib/cite/exports';
import { citations } from '@/lib/cite/styles';
import type { CiteData, Part } from '@/lib/cite/types';
import type { Lang } from '@/lib/content/types';
import { CITE } from './classes';

/**
 * Every citation format of one id as text, for the cite page. The access date is unknown on the
 * server, so each citation shows an honest slot to fill in; the cite-page island replaces this
 * block with the same formats dated today, with Copy and Download buttons.
 */
export function CiteFormats({ data, lang }: { data: CiteData; lang: Lang }) {
  const t = citeDictionary(lang);
  const { target } = data;
  // JSON in a non-executable script: "<" escaped so the text cannot close the element.
  const props = JSON.stringify(data).replace(/</g, '\\u003c');
  return (
    <div data-island="cite-page" data-island-on="visible" data-lang={lang} className="max-w-[46rem]">
      <script type="application/json" data-island-props="" dangerouslySetInnerHTML={{ __html: props }} />
      <div data-cite-static>
        {target.figure && (
          <>
            <h2 className={CITE.heading}>{t.figureHeading}</h2>
            <p className={CITE.figure}>
              {target.figure.label[lang]}
              {lang === 'zh' ? '：' : ': '}
              {target.figure.value[lang]}
            </p>
          </>
        )}
        <p className={CITE.accessed}>
          {t.accessedUnknown} {t.version}: <code className="font-mono">{versionString(data.work.version)}</code>.
        </p>
        <h2 className={CITE.heading}>{t.stylesHeading}</h2>
        <ul className={CITE.list}>
          {citations(data, lang, null).map((citation) => (
            <li key={citation.style} className={CITE.item}>
              <h3 className={CITE.name}>{t.styles[citation.style]}</h3>
              <p className={CITE.hint}>{t.styleHints[citation.style]}</p>
              <p className={CITE.text} data-style={citation.style}>
                <Parts parts={citation.parts} />
              </p>
            </li>
          ))}
        </ul>
        {target.quote && (
          <>
            <h2 className={CITE.heading}>{t.quoteHeading}</h2>
            <div className={CITE.quotes}>
              {(['zh', 'en'] as const).map((quoteLang) => (
                <figure key={quoteLang}>
                  <figcaption className={CITE.caption}>{t.quoteLang[quoteLang]}</figcaption>
                  <blockquote className={CITE.blockquote} lang={quoteLang === 'zh' ? 'zh-Hans' : 'en'} cite={target.url[quoteLang]}>
                    {target.quote![quoteLang]}
                  </blockquote>
                </figure>
              ))}
            </div>
          </>
        )}
        <h2 className={CITE.heading}>{t.exportsHeading}</h2>
        <p className={CITE.hint}>{t.exportsHint}</p>
        <ul className={CITE.list}>
          {citationExports(data, lang, null).map((file) => (
            <li key={file.format} className={CITE.item}>
              <h3 className={CITE.name} id={`export-${file.format}`}>
                {t.exports[file.format]}
              </h3>
              {/* A scrolling block must be reachable by keyboard (axe: scrollable-region-focusable); it is named by its heading. */}
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
              <pre className={CITE.export} data-export={file.format} tabIndex={0} aria-labelledby={`export-${file.format}`}>
                {file.text}
              </pre>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Parts({ parts }: { parts: Part[] }) {
  return parts.map((part, index) => {
    if (typeof part === 'string') return part;
    const text = part.lang ? <span lang={part.lang}>{part.text}</span> : part.text;
    return part.italic ? <i key={index}>{text}</i> : <span key={index}>{text}</span>;
  });
}
