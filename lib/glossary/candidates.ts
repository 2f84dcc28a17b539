/**
 * Finds the recurring phrases of the Chinese text that may be terms: the method behind the term list
 * (content/terms.json), rerun by `npm run terms:candidates` and by tests/unit/terms.test.ts.
 *
 * 1. Every heading and point is cut at punctuation, digits and Latin letters into runs of Chinese.
 * 2. Each run is split into words by the ICU dictionary segmenter built into Node (Intl.Segmenter).
 * 3. The words of GENERIC_WORDS (verbs of doing, adverbs, function words, scope words) carry no
 *    term of their own: the run is cut there too, leaving noun-phrase chunks.
 * 4. Every sequence of consecutive words in a chunk (two characters or more) is counted; those met
 *    at least twice are kept, unless a longer one that contains them is met as often (it says more).
 *
 * What comes out is reviewed by hand: each candidate is a term (content/glossary.json or the
 * "terms" of content/terms.json, with its one English rendering) or is listed under "not_terms"
 * with the reason. Terms met once but of art (巡查, 巡察 …) are added by hand.
 */

/** Words after which, and before which, a term cannot run on. Reviewed with the candidates. */
export const GENERIC_WORDS: readonly string[] = [
  // function words and particles
  '的',
  '和',
  '等',
  '与',
  '及',
  '或',
  '对',
  '在',
  '是',
  '为',
  '将',
  '以',
  '向',
  '把',
  '被',
  '就',
  '并',
  '了',
  '着',
  '中',
  '上',
  '下',
  '前',
  '后',
  '各',
  '共',
  '有',
  '还',
  '不',
  '未',
  '但',
  '虽',
  '虽然',
  '仍在',
  '较',
  '多',
  '中的',
  // quantity and scope
  '一些',
  '有些',
  '有的',
  '少数',
  '个别',
  '不少',
  '分别',
  '全部',
  '累计',
  '全年',
  '全年共',
  '首次',
  '多次',
  '全市',
  '我市',
  '全国',
  '全省',
  '各级',
  '全市各级',
  '年度',
  // adverbs
  '率先',
  '在全国',
  '进一步',
  '不断',
  '持续',
  '深入',
  '全面',
  '充分',
  '积极',
  '认真',
  '大力',
  '有序',
  '加快',
  '及时',
  '主动',
  '广泛',
  '科学',
  '有效',
  '努力',
  // verbs of doing
  '推进',
  '推动',
  '加强',
  '加大',
  '强化',
  '开展',
  '落实',
  '完善',
  '健全',
  '建立',
  '出台',
  '发挥',
  '提升',
  '提高',
  '实施',
  '实现',
  '做好',
  '做到',
  '深化',
  '优化',
  '推行',
  '推广',
  '探索',
  '研究',
  '制定',
  '组织',
  '召开',
  '举办',
  '成立',
  '设立',
  '明确',
  '确保',
  '确定',
  '聘任',
  '督促',
  '聚焦',
  '围绕',
  '坚持',
  '贯彻',
  '打造',
  '创建',
  '构建',
  '纳入',
  '列入',
  '被列入',
  '进驻',
  '增至',
  '达到',
  '占到',
  '超过',
  '取得',
  '存在',
  '表现',
  '有待',
  '不够',
  '不足',
  '不高',
  '偏低',
  '缺乏',
  '欠缺',
  '适应',
  '承担',
  '提供',
  '推出',
  '公布',
  '发布',
  '征求',
  '听取',
  '涉及',
  '收到',
  '获得',
  '作出',
  '解决',
  '夯实',
  '压实',
  '运行',
  // general qualifiers
  '主要',
  '重要',
  '重点',
  '重大',
  '有关',
  '相关',
  '一定',
  // enumerators and set phrases of the report's structure
  '一是',
  '二是',
  '三是',
  '四是',
  '以上',
  '如下',
  '过去',
  '一年',
  '下一步',
];

export interface Candidate {
  zh: string;
  /** How many times the phrase is met as a chunk or inside one. */
  count: number;
}

const NOT_CHINESE = /[^\p{Script=Han}]+/u;

/** The noun-phrase chunks of a text: runs of Chinese words between punctuation and generic words. */
export function chunks(text: string, generic: ReadonlySet<string>, segmenter = new Intl.Segmenter('zh', { granularity: 'word' })): string[][] {
  const out: string[][] = [];
  for (const run of text.split(NOT_CHINESE)) {
    let chunk: string[] = [];
    for (const { segment } of segmenter.segment(run)) {
      if (generic.has(segment)) {
        if (chunk.length) out.push(chunk);
        chunk = [];
      } else chunk.push(segment);
    }
    if (chunk.length) out.push(chunk);
  }
  return out;
}

/** The candidate terms of the Chinese texts, most frequent first, then in code-point order. */
export function termCandidates(texts: readonly string[], generic: readonly string[] = GENERIC_WORDS, minCount = 2): Candidate[] {
  const stop = new Set(generic);
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const chunk of chunks(text, stop, segmenter)) {
      for (let start = 0; start < chunk.length; start++) {
        for (let end = start + 1; end <= chunk.length; end++) {
          const phrase = chunk.slice(start, end).join('');
          if ([...phrase].length >= 2) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
        }
      }
    }
  }
  const recurring = [...counts].filter(([, count]) => count >= minCount);
  return recurring
    .filter(([phrase, count]) => !recurring.some(([other, n]) => other !== phrase && n === count && other.includes(phrase)))
    .map(([zh, count]) => ({ zh, count }))
    .sort((a, b) => b.count - a.count || (a.zh < b.zh ? -1 : a.zh > b.zh ? 1 : 0));
}
