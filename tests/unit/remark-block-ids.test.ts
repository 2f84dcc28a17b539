import type { Heading, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/content/markdown';

describe('remark-block-ids', () => {
  it('moves a heading’s trailing {#id} into data.id and hProperties', () => {
    const [heading] = parseMarkdown('## （六）依法化解社会矛盾纠纷 {#ch1-6}\n').children as Heading[];
    expect(heading.data).toEqual({ id: 'ch1-6', hProperties: { id: 'ch1-6' } });
    expect(heading.children).toEqual([expect.objectContaining({ type: 'text', value: '（六）依法化解社会矛盾纠纷' })]);
  });

  it('leaves an empty heading for a section printed without one', () => {
    const [heading] = parseMarkdown('# {#opening}\n').children as Heading[];
    expect(heading.data?.id).toBe('opening');
    expect(heading.children).toEqual([]);
  });

  it('moves a paragraph’s leading {#id} into data.id', () => {
    const [paragraph] = parseMarkdown('{#ch1-6-p2} 二是深化“两高一低”专项整治。\n').children as Paragraph[];
    expect(paragraph.data?.id).toBe('ch1-6-p2');
    expect(paragraph.children).toEqual([expect.objectContaining({ type: 'text', value: '二是深化“两高一低”专项整治。' })]);
  });

  it('keeps a malformed id as written, for the validator to report', () => {
    const [paragraph] = parseMarkdown('{#Bad Id} text\n').children as Paragraph[];
    expect(paragraph.data?.id).toBe('Bad Id');
  });

  it('ignores a marker that is not at the start of a paragraph', () => {
    const [paragraph] = parseMarkdown('text {#x} more\n').children as Paragraph[];
    expect(paragraph.data?.id).toBeUndefined();
  });

  it('does not overwrite an id set by an earlier step', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkBlockIds } = await import('@/lib/content/remark-block-ids');
    const presetId = () => (tree: import('mdast').Root) => {
      (tree.children[0] as Heading).data = { id: 'preset' };
    };
    const processor = unified().use(remarkParse).use(presetId).use(remarkBlockIds);
    const tree = processor.runSync(processor.parse('# Title {#ch9}\n')) as import('mdast').Root;
    expect((tree.children[0] as Heading).data?.id).toBe('preset');
  });
});
