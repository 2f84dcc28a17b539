import { versionString } from '@/lib/cite/dates';
import { citeDictionary, fill } from '@/lib/cite/dictionary';
import type { ContentVersion } from '@/lib/cite/types';
import { changelogUrl } from '@/lib/cite/urls';
import type { Lang } from '@/lib/content/types';

/** "The version this site shows now: 2026.11.27+300a46c8", linking to the changelog: for the about page and footers. */
export function VersionNote({ version, lang, link = true }: { version: ContentVersion; lang: Lang; link?: boolean }) {
  const t = citeDictionary(lang).changelog;
  const [before, after] = fill(t.current, { version: '\u0000' }).split('\u0000');
  return (
    <p className="text-sm">
      {before}
      <code className="font-mono">{versionString(version)}</code>
      {after}
      {link && (
        <>
          {' · '}
          <a href={changelogUrl(lang)} className="underline underline-offset-2">
            {t.title}
          </a>
        </>
      )}
    </p>
  );
}
