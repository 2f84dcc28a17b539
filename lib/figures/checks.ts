import type { RateCheckSpec } from './derive';

/** Where the report's own arithmetic can be checked: a stated rate next to its parts. */
export const RATE_CHECKS: RateCheckSpec[] = [
  {
    id: 'people-mediation-success-rate-check',
    part: 'people-mediation-cases-successful',
    whole: 'people-mediation-cases-received',
    rate: 'people-mediation-success-rate',
    description: {
      zh: '人民调解成功率：成功调解案件数 ÷ 收到案件数，与报告所述的99.42%是否一致',
      en: 'People’s mediation success rate: cases settled ÷ cases received, against the stated 99.42%',
    },
  },
];
