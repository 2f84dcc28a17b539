import { z } from 'zod';
import { QUALIFIERS, UNITS } from '../figures/types';

/** Text in both languages, neither empty: the shape of every bilingual field in content/. */
export const bilingual = z.strictObject({ zh: z.string().trim().min(1), en: z.string().trim().min(1) });

/**
 * The fields every figure has, the report's own (content/metrics.json) and another source's
 * (content/corroboration.json): what it counts, its value, unit, period and how exact it is.
 */
export const figureFields = {
  id: z.string(),
  topic: z.string().min(1),
  label: bilingual,
  value: z.number(),
  unit: z.enum(UNITS),
  period: z.string().trim().min(1),
  qualifier: z.enum(QUALIFIERS),
  change_of: z.string().optional(),
};
