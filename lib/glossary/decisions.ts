import { getReport } from '../content/load';
import type { Report } from '../content/types';
import { termCandidates } from './candidates';
import { getGlossary, type Glossary } from './load';
import { loadTerms, type TermList } from './terms';

export interface CandidateDecision {
  zh: string;
  count: number;
  /** "glossary: …", "term: …", "not a term: …" or "UNDECIDED". */
  decision: string;
}

/** The Chinese the method reads: every heading and point. */
export const chineseTexts = (report: Report) => report.sections.flatMap((s) => [...(s.heading ? [s.heading.zh] : []), ...s.points.map((p) => p.text.zh)]);

/** Each candidate of the method with what was decided for it (npm run terms:candidates prints these). */
export function candidateDecisions(
  report: Report = getReport(),
  glossary: Glossary = getGlossary(),
  list: TermList = loadTerms(report, glossary),
): CandidateDecision[] {
  const glossaryTerms = new Map(glossary.terms.map((t) => [t.zh, t]));
  const listed = new Map(list.terms.map((t) => [t.zh, t]));
  const reasons = new Map(list.notTerms.flatMap((group) => group.zh.map((zh) => [zh, group.why] as const)));
  return termCandidates(chineseTexts(report)).map(({ zh, count }) => {
    const inGlossary = glossaryTerms.get(zh);
    const term = listed.get(zh);
    const decision = inGlossary ? `glossary: ${inGlossary.en}` : term ? `term: ${term.en}` : reasons.has(zh) ? `not a term: ${reasons.get(zh)}` : 'UNDECIDED';
    return { zh, count, decision };
  });
}
