import type { ReactNode } from 'react';
import { scriptJson } from './shared/props';

export type IslandTrigger = 'visible' | 'intent' | 'click';

/**
 * The static markup of an island: the page script loads `components/islands/<name>` when the
 * trigger happens (near the viewport, first focus or touch, or first click) and calls its
 * `mount(element)`; React islands hydrate `[data-island-root]`, which holds exactly the
 * server-rendered component. Props the island needs travel as JSON in a script element the browser never runs.
 */
export function Island({
  name,
  on,
  props,
  className,
  children,
}: {
  name: string;
  on: IslandTrigger;
  props?: unknown;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div data-island={name} data-island-on={on} className={className}>
      {props !== undefined && <script type="application/json" data-island-props dangerouslySetInnerHTML={{ __html: scriptJson(props) }} />}
      <div data-island-root>{children}</div>
    </div>
  );
}
