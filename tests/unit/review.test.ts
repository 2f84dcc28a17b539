import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getReport } from '@/lib/content/load';
import { loadReview } from '@/lib/version/review';

describe('the blind review of the English (content/review/2026-12.json)', () => {
  const review = loadReview(getReport(), 'content/review/2026-12.json');

  it('grades every heading and point before the corrections: 40 A, 8 B, 2 C, no D', () => {
    expect(review.blocks).toHaveLength(50);
    expect(review.counts.before).toEqual({ A: 40, B: 8, C: 2, D: 0 });
  });

  it('grades the corrected English in a second blind review: 48 A, 2 B; both B blocks corrected since', () => {
    expect(review.counts.after).toEqual({ A: 48, B: 2, C: 0, D: 0 });
    const english = new Map(getReport().sections.flatMap((s) => s.points.map((p) => [p.id, p.text.en] as const)));
    const below = review.blocks.filter((b) => b.after !== 'A');
    expect(below.map((b) => b.id)).toEqual(['ch1-1-p2', 'ch1-4-p2']);
    for (const block of below) {
      expect(block.after_changes.length, block.id).toBeGreaterThan(0);
      for (const issue of block.after_issues) expect(english.get(block.id), `${block.id}: “${issue.en}”`).not.toContain(issue.en);
    }
  });

  it('records a change for every block graded below A, and the words the reviewer faulted are gone from its English', () => {
    const report = getReport();
    const english = new Map(report.sections.flatMap((s) => [[s.id, s.heading?.en ?? ''] as const, ...s.points.map((p) => [p.id, p.text.en] as const)]));
    const below = review.blocks.filter((b) => b.before !== 'A');
    expect(below.map((b) => b.id)).toEqual([
      'opening-p1',
      'ch1-1-p2',
      'ch1-2-p4',
      'ch1-4-p2',
      'ch1-5',
      'ch1-5-p1',
      'ch1-5-p3',
      'ch1-6-p1',
      'ch1-6-p2',
      'ch3-3-p1',
    ]);
    for (const block of below) {
      expect(block.changes.length, block.id).toBeGreaterThan(0);
      for (const issue of block.issues) expect(english.get(block.id), `${block.id}: “${issue.en}”`).not.toContain(issue.en);
    }
  });

  it('is the blind review as delivered, with what became of each inconsistency it found', () => {
    const blind = JSON.parse(readFileSync('content/review/2026-12.json', 'utf8'));
    expect(blind.inconsistencies.map((i: { zh: string }) => i.zh)).toContain('巡查 / 巡察 / 督察');
    for (const item of review.inconsistencies) expect(item.resolved.length).toBeGreaterThan(10);
  });
});
