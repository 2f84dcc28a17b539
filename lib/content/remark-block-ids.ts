import type { Heading, Paragraph, Root } from 'mdast';

declare module 'mdast' {
  interface HeadingData {
    id?: string;
  }
  interface ParagraphData {
    id?: string;
  }
}

/** A heading ends with its id: `## （六）依法化解社会矛盾纠纷 {#ch1-6}`. */
const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
/** A point starts with its id: `{#ch1-6-p2} 二是……`. */
const POINT_ID = /^\{#([^}]*)\}\s*/;

/**
 * Moves explicit `{#id}` markers out of the text of top-level headings and paragraphs
 * into `data.id` (and `data.hProperties.id`, so HTML gets the same id).
 * Ids already set by an earlier step are kept. Malformed ids are carried as written:
 * the content validator reports them with a fix.
 */
export default function remarkBlockIds() {
  return (tree: Root) => {
    for (const node of tree.children) {
      if (node.type === 'heading') takeId(node, 'end', HEADING_ID);
      else if (node.type === 'paragraph') takeId(node, 'start', POINT_ID);
    }
  };
}

function takeId(node: Heading | Paragraph, at: 'start' | 'end', pattern: RegExp) {
  if (node.data?.id !== undefined) return;
  const child = at === 'start' ? node.children[0] : node.children.at(-1);
  if (child?.type !== 'text') return;
  const match = pattern.exec(child.value);
  if (!match) return;
  child.value = child.value.replace(pattern, '');
  if (child.value === '') node.children = node.children.filter((c) => c !== child);
  node.data = { ...node.data, id: match[1], hProperties: { ...node.data?.hProperties, id: match[1] } };
}
