import type { Root } from 'hast';
import { type Components, toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/** Renders sanitised HTML-tree nodes (a point's inline text, a prose page) as React elements. */
export function Hast({ nodes, components }: { nodes: Root['children']; components?: Partial<Components> }) {
  return toJsxRuntime({ type: 'root', children: nodes }, { Fragment, jsx, jsxs, components });
}
