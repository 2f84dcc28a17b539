// Prints the candidate terms of the Chinese text and what was decided for each (npm run terms:candidates).
// The method is in lib/glossary/candidates.ts; tests/unit/terms.test.ts fails while any candidate is undecided.
import { importTs } from '../../lib/build/import-ts.mjs';

const { candidateDecisions } = await importTs('lib/glossary/decisions.ts');
const rows = candidateDecisions();
const width = Math.max(...rows.map((r) => [...r.zh].length));
for (const row of rows) console.log(`${String(row.count).padStart(3)}  ${row.zh}${'\u3000'.repeat(width - [...row.zh].length)}  ${row.decision}`);
const open = rows.filter((r) => r.decision.startsWith('UNDECIDED'));
console.log(`\n${rows.length} candidates: ${rows.length - open.length} decided, ${open.length} undecided`);
process.exitCode = open.length ? 1 : 0;
