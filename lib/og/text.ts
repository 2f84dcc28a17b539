import type { Lang } from '../content/types';

/** Interface text of the share cards and the figure share pages, one typed dictionary per language. */
export interface ShareText {
  /** The translation notice on every English card; empty in Chinese. */
  unofficial: string;
  /** Punctuation: a colon, and a remark in parentheses after a link. */
  colon: string;
  aside: (text: string) => string;
  /** The card's alt text: what the picture shows. */
  cardAlt: (subject: string) => string;
  figure: {
    /** Breadcrumb and heading context of a figure's own page. */
    stated: string;
    period: string;
    inTheText: string;
    readInContext: string;
    inTable: string;
    asData: string;
    original: string;
    implies: string;
    shareImage: string;
    shareImageNote: string;
    description: (label: string, value: string, where: string) => string;
  };
}

const zh: ShareText = {
  unofficial: '',
  colon: '：',
  aside: (text) => `（${text}）`,
  cardAlt: (subject) => `分享图：${subject}`,
  figure: {
    stated: '报告所述数值',
    period: '时期',
    inTheText: '报告原文',
    readInContext: '在报告中阅读这句话',
    inTable: '在全部数据中查看',
    asData: '下载全部数据（JSON）',
    original: '中文原文',
    implies: '由此推算',
    shareImage: '分享图片',
    shareImageNote: '在社交媒体或聊天中分享本页链接时显示的图片。',
    description: (label, value, where) => `${label}：${value}。见报告${where}。`,
  },
};

const en: ShareText = {
  unofficial: 'Unofficial translation; the Chinese text is authoritative',
  colon: ': ',
  aside: (text) => ` (${text})`,
  cardAlt: (subject) => `Share card: ${subject}`,
  figure: {
    stated: 'Figure stated in the report',
    period: 'Period',
    inTheText: 'In the report',
    readInContext: 'Read this sentence in the report',
    inTable: 'See it among all the figures',
    asData: 'All figures as data (JSON)',
    original: 'The Chinese original',
    implies: 'What it implies',
    shareImage: 'Share image',
    shareImageNote: 'The picture shown when this page’s link is shared on social media or in a chat.',
    description: (label, value, where) => `${label}: ${value}. Stated in the report, ${where}.`,
  },
};

export function shareText(lang: Lang): ShareText {
  return lang === 'zh' ? zh : en;
}
