/** A list's items: a 其中-list's, those a run of figures is paired with (cut and completed), and what each item's figure measures. */
import { extractFigures } from "../../zh/figures.ts";
import { PAIRED_COMPOUNDS } from "../../zh/paired-compounds.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { toSearchForm } from "../../zh/normalize.ts";
import { isDictionaryWord, wordEnds, words } from "../../zh/segment.ts";
import { isSynonymTerm } from "../../zh/synonyms.ts";
import { CLAUSE_TIME_WORDS, YEAR_NUMBER, YEARS_COUNTED } from "../../zh/years.ts";
import type { Fact } from "./types.ts";
import { BASE_LEAD, CHANGE_VERB, GOES_ON_ABOUT_ITEM, PER_WHOM_OR_WHEN } from "./shared.ts";

/** Time words that may open the lead of a 分别 list without being one of its items. */
const LIST_LEAD_TIME = new RegExp(`${YEAR_NUMBER}年|${CLAUSE_TIME_WORDS}`, "g");
/** A scope word opening a list's first item ("全县存、贷款余额分别达到249亿元、108亿元"): the place's, not the item's. */
const LIST_LEAD_SCOPE = new RegExp(`^(?:${alternation("scope-words")})`);
/** 其中 opening a list's first item ("其中鄱阳湖、洞庭湖还湖面积分别达到…"): the breakdown's mark, not the item's. */
const LIST_LEAD_BREAKDOWN = /^其中[，,：:]?/;

/**
 * The items of a 其中-list are distinct parts ("其中：教师4616人次、校(园)长169人次、线上培训19553人次"):
 * a word in one item's label is not another item's metric.
 */
export function separateListItems(sentence: string, facts: Fact[]): void {
  const items = facts.filter((f) => f.isItem && !f.listItem);
  // The figures of one clause are one item ("其中高速公路由4771公里增加到2.52万公里"), and so is a
  // clause that goes on about the item before it ("非税收入30.5亿元，为调整预算的116.7%，同比增长42%"):
  // its siblings are the other items' clauses.
  const itemOf = new Map<Fact, number>();
  let item = -1;
  let clauseStart = -1;
  for (const f of items) {
    if (f.clause[0] !== clauseStart && !(item >= 0 && GOES_ON_ABOUT_ITEM.test(sentence.slice(f.clause[0], f.figure.start)))) item++;
    clauseStart = f.clause[0];
    itemOf.set(f, item);
  }
  if (item < 1) return;
  const label = (f: Fact): [number, number] => [f.segment[0], f.figure.start];
  items.forEach((f) => {
    f.listItem = { own: label(f), siblings: items.filter((g) => itemOf.get(g) !== itemOf.get(f)).map(label) };
  });
}

/** How a run of a list's figures was counted, said right before 分别: 年均, 平均, 累计, 实际, 同比. */
const RUN_MANNER = /(?:年均|平均每年|平均|累计|共计|实际|同比)+$/;

/** Where a clause's subject ends: at its first figure, or the change verb (年均增长) or level mark before it. */
const SUBJECT_END = new RegExp(`(?:年均|平均每年|平均)?(?:${CHANGE_VERB}|达到|达|为)?\\d`);

/**
 * The subjects of the `count` clauses right before the last break, when each is a subject of two characters or more
 * followed by its own figure ("…，社会消费品零售总额年均增长19.9%，"); null when any is not.
 */
function subjectsOfClausesBefore(sentence: string, breaks: readonly number[], count: number): Array<[number, number]> | null {
  if (breaks.length < count + 1) return null;
  const subjects: Array<[number, number]> = [];
  for (let k = breaks.length - 1 - count; k < breaks.length - 1; k++) {
    const [start, end] = [breaks[k]!, breaks[k + 1]! - 1];
    const clause = sentence.slice(start, end);
    const m = SUBJECT_END.exec(clause);
    // One figure a clause: a clause that is a list of its own ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨") is no item.
    if (!m || (clause.match(/\d+(?:\.\d+)?/g) ?? []).length !== 1 || !/^\p{Script=Han}{2,}$/u.test(clause.slice(0, m.index))) return null;
    subjects.push([start, start + m.index]);
  }
  return subjects;
}

/**
 * Each figure's list item among the items before `at`. `respectively` (分别 said so): the list may
 * be in the clause before ("农村…收入和城镇…收入，2000年分别达到…"), and one item may name several
 * things (城乡低保标准); without it, the list must be right before the figures, as many items as figures.
 */
export function pairWithList(sentence: string, at: number, figures: Fact[], respectively: boolean): void {
  const breaks = [0, ...[...sentence.slice(0, at).matchAll(/[，,；;：:。]/g)].map((b) => (b.index ?? 0) + 1)];
  let listStart = breaks.at(-1)!;
  // The clause of 分别 may open with its comparison base ("…双下降，比上年分别下降3.14%和4.66%"): no item.
  const ownLead = sentence.slice(listStart, at).replace(LIST_LEAD_TIME, "").replace(BASE_LEAD, "");
  // "城乡低保标准提高到每月815元和615元": a compound naming as many things as there are figures pairs
  // them as 分别 would.
  const pairs = respectively || PAIRED_COMPOUNDS.some(([compound, parts]) => ownLead.includes(compound) && parts.length === figures.length);
  if (!/[、和及与]/.test(ownLead)) {
    if (!pairs) return;
    if (ownLead.replace(/[^\p{Script=Han}]/gu, "").length <= 2 && breaks.length > 1) {
      // "全社会固定资产投资年均增长17.4%，社会消费品零售总额年均增长19.9%，2011年分别达到4502亿元和2830亿元": as many
      // clauses before, each a subject and its figure, are the items: each subject is one.
      const subjects = respectively ? subjectsOfClausesBefore(sentence, breaks, figures.length) : null;
      if (subjects) {
        figures.forEach((f, i) => {
          f.listItem = { own: subjects[i]!, siblings: subjects.filter((_, k) => k !== i) };
        });
        return;
      }
      listStart = breaks.at(-2)!;
    }
  }
  // Items are joined by 、 和 及 与; when that gives more items than figures, 和 and the like are
  // inside the items' names ("信息传输软件和信息技术服务业、租赁和商务服务业…分别增长10.9%、10.4%").
  // Words right before 分别 say how the run was counted, not what its last item names ("…农村居民人均纯收入年均分别
  // 增长8.8%、9.9%": 年均 is every item's).
  const itemsEnd = at - (RUN_MANNER.exec(sentence.slice(listStart, at))?.[0].length ?? 0);
  let items = listItems(sentence, listStart, itemsEnd, /[、和及与]/g);
  if (items.length !== figures.length) {
    const byComma = listItems(sentence, listStart, itemsEnd, /、/g);
    if (byComma.length === figures.length) items = byComma;
  }
  if (items.length === 1 && pairs) {
    // One item naming several things: "城乡低保标准分别提高13.1%和17.7%".
    const text = sentence.slice(...items[0]!);
    const pair = PAIRED_COMPOUNDS.find(([c, parts]) => text.includes(c) && parts.length === figures.length);
    if (pair) {
      const start = items[0]![0] + text.indexOf(pair[0]);
      const span: [number, number] = [start, start + pair[0].length];
      figures.forEach((f, i) => {
        // Its part is the item as it names this thing: 城乡居民人均可支配收入 → 农村居民人均可支配收入.
        const part = text.replace(pair[0], pair[1][i]!);
        const pairPart = { part: pair[1][i]!, others: pair[1].filter((_, k) => k !== i) };
        f.listItem = { own: span, siblings: [span], part, label: listedMetric(sentence, listStart, span, pair[1][i]!, figures[0]!, f), pairPart };
      });
    }
    return;
  }
  if (items.length !== figures.length) return;
  // The second and the last item as printed, before their shared part is trimmed: shorter items share it.
  const nextItem = sentence.slice(...items[1]!);
  const lastItem = sentence.slice(...items.at(-1)!);
  const perUnitLead = trimSharedParts(sentence, items);
  const lead = perUnitLead || sharedLead(sentence, items);
  // "中、高等职业教育在校生分别达到2000万人和861万人": a one-character item shares the rest of the next
  // one's first word and what follows (中等职业教育在校生), as in 大、中城市 or 中、小学; so does a
  // two-character one ("城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%": 城镇常住居民人均可支配收入),
  // and each item before the last of a longer list ("改造老旧供热、燃气、排水管网800公里、600公里、300公里":
  // 燃气管网).
  const withoutLead = (text: string) => text.replace(LIST_LEAD_TIME, "").replace(LIST_LEAD_BREAKDOWN, "").replace(LIST_LEAD_SCOPE, "");
  const owns = items.map((item) => withoutLead(sentence.slice(...item)));
  const shared = items.length > 2 ? sharedTail(owns.slice(0, -1), lastItem) : null;
  // The last item as printed, where trimming left less of it ("城镇、农村常住居民人均可支配收入…": 农村常住居民人均可支配收入):
  // only for items alike (城镇、农村), whose shared part is surely the rest ("全国和自由贸易试验区负面清单条数" is not 全国 and 自由贸易).
  const lastPrinted = withoutLead(lastItem);
  const completedItems = owns.map((own, i) => {
    const completed =
      i === items.length - 1
        ? lastPrinted.length > own.length && lastPrinted.startsWith(own) && owns.every((other) => other.length === own.length)
          ? lastPrinted
          : null
        : ((i === 0 ? completedItem(own, nextItem) : null) ?? (shared !== null ? own + shared : null));
    return lead ? lead + (completed ?? own) : completed;
  });
  figures.forEach((f, i) => {
    const region: [number, number] = [items[0]![0], items.at(-1)![1]];
    const completed = completedItems[i];
    const own = completed ?? sentence.slice(...items[i]!);
    const label = listedMetric(sentence, listStart, region, own, figures[0]!, f);
    f.listItem = { own: items[i]!, siblings: items.filter((_, k) => k !== i), label, ...(completed ? { part: completed } : {}) };
    // "分别压减51%、72%": 72% stands alone after its 、 but has the run's clause, subject and verb.
    if (i > 0) {
      f.clause = [figures[0]!.clause[0], f.clause[1]];
      f.parentClause = figures[0]!.parentClause;
    }
  });
}

/**
 * The qualifier the first item opens with that every item shares: "限上住宿业、餐饮业营业额" is
 * 限上住宿业 and 限上餐饮业, as the first item's end and the next item's first word are alike (住宿业,
 * 餐饮业: as long, the same last character). The first item is cut to its own word, and the qualifier
 * returned ("" when there is none).
 */
function sharedLead(sentence: string, items: Array<[number, number]>): string {
  const [first, next] = [items[0]!, items[1]!];
  const firstText = sentence.slice(...first);
  // As many characters as the next item's first word (jieba cuts 住宿业 as 住宿 + 业, 餐饮业 whole).
  const nextWord = words(toSearchForm(sentence.slice(...next)))[0] ?? "";
  const own = firstText.slice(-nextWord.length);
  if (nextWord.length < 2 || !/^\p{Script=Han}+$/u.test(own) || own.at(-1) !== nextWord.at(-1) || own === nextWord)
    return leadNamingNext(sentence, items, nextWord);
  // …starting where a word starts: 规模以上工业、建筑业 shares no 规模以 (上工业 is no word's start).
  if (!wordEnds(toSearchForm(firstText)).includes(firstText.length - own.length)) return "";
  const lead = firstText
    .slice(0, firstText.length - own.length)
    .replace(/^[^\p{Script=Han}]*(?:其中)?/u, "")
    .replace(LIST_LEAD_TIME, "");
  if (!/^\p{Script=Han}{2,}$/u.test(lead)) return "";
  items[0] = [first[1] - own.length, first[1]];
  return lead;
}

/**
 * The first item's opening word(s) when with the next item's first word they make a term of their own
 * (a dictionary or synonym-data word): "粮食播种面积、产量稳定在35万亩、15万吨左右" is 粮食播种面积 and
 * 粮食产量. The first item is cut after the lead, and the lead returned ("" when there is none).
 */
function leadNamingNext(sentence: string, items: Array<[number, number]>, nextWord: string): string {
  const first = items[0]!;
  const firstText = sentence.slice(...first);
  if (nextWord.length < 2 || !/^\p{Script=Han}+$/u.test(firstText)) return "";
  for (const end of wordEnds(toSearchForm(firstText))) {
    const lead = firstText.slice(0, end);
    if (end >= firstText.length || lead.length < 2) continue;
    const term = toSearchForm(lead + nextWord);
    if (!isSynonymTerm(term) && !isDictionaryWord(term)) continue;
    items[0] = [first[0] + end, first[1]];
    return lead;
  }
  return "";
}

/**
 * A first item with what it shares of the next: "中" of 中、高等职业教育 → 中等职业教育 (one character
 * takes the rest of the next item's first word); "城镇" of 城镇、农村常住居民人均可支配收入 →
 * 城镇常住居民人均可支配收入, "二氧化硫" of 二氧化硫、氮氧化物排放量 → 二氧化硫排放量 (a one-word item
 * stands for the next item's first word when that is a word as long: 农村, 氮氧化物; not 自由 of
 * 自由贸易试验区 for 全国). Null for any other item.
 */
function completedItem(first: string, next: string): string | null {
  if (/^\p{Script=Han}$/u.test(first) && /^\p{Script=Han}{2}/u.test(next)) return first + next.slice(1);
  if (!/^\p{Script=Han}{2,}$/u.test(first) || next.length <= first.length) return null;
  const firstWords = wordEnds(toSearchForm(first));
  const nextWords = wordEnds(toSearchForm(next));
  // The next item opens with a word as long as the first, or with the first's pair ("城镇、农村居民人均可支配
  // 收入分别增长4.3%、8.1%": 城镇 and 农村 are 城乡's parts, though jieba cuts 农村居民 as one word).
  const paired = PAIRED_COMPOUNDS.some(([, parts]) => parts.includes(first) && parts.includes(next.slice(0, first.length)));
  const parallel = nextWords[0] === first.length || paired;
  return firstWords.length === 1 && parallel && /^\p{Script=Han}+$/u.test(next.slice(0, first.length)) ? first + next.slice(first.length) : null;
}

/**
 * What the items before the last of a list of three or more share of it, when they are all as
 * long as each other and the last is longer: "供热、燃气、排水管网" → 管网. Null for any other list.
 */
function sharedTail(before: readonly string[], last: string): string | null {
  const length = before[0]!.length;
  const parallel = before.every((item) => item.length === length && /^\p{Script=Han}+$/u.test(item));
  return parallel && last.length > length && /^\p{Script=Han}+$/u.test(last) ? last.slice(length) : null;
}

/** A count of years opening a list item ("五年淘汰落后炼铁产能…"): the span, not the metric. */
const LEADING_YEARS_COUNTED = new RegExp(`^${YEARS_COUNTED}`);

/**
 * What one figure of a list measures, for the reply's first line: the list's words with the item's
 * own in place of the whole list ("高技术制造业、装备制造业增加值年均分别增长" → 高技术制造业增加值年均增长
 * for 10.6%), without 分别 and a time word between the list and its figures.
 */
function listedMetric(sentence: string, listStart: number, region: [number, number], item: string, first: Fact, own: Fact): string {
  // Items that are another run's labelled figures ("五年淘汰落后炼铁产能1亿吨、…，今年力争分别淘汰3000万吨…"):
  // the item without its figure and its span of years names the metric.
  const figures = extractFigures(item);
  if (figures.length > 0) return figures.reduce((text, f) => text.replace(f.text, ""), item).replace(LEADING_YEARS_COUNTED, "");
  // Only the figures' own clause after a list in a clause before ("…双下降，比上年分别下降": 比上年下降).
  const tail = sentence
    .slice(region[1], first.figure.start)
    .replace(/^.*[，,；;：:]/, "")
    .replace(/\d{4}年(?:底|末)?/g, "")
    .replace(/分别/g, "");
  // A figure printing its own per whom and when ("每人每月510元和每人每年3500元") is counted so, not as the first is.
  const ownPer = own !== first ? PER_BEFORE_FIGURE.exec(sentence.slice(0, own.figure.start))?.[0] : undefined;
  const counted = ownPer ? tail.replace(PER_BEFORE_FIGURE, "") + ownPer : tail;
  // A completed item (供热管网 of 供热、燃气、排水管网) already holds what follows the list, or its start
  // (普通教育支出 of "普通教育、职业教育、特殊教育支出分别较上年增长": 较上年增长 is left).
  return sentence.slice(listStart, region[0]) + item + counted.slice(overlap(item, counted));
}
/** Per whom and when, right before a figure: 每人每月, 每户. */
const PER_BEFORE_FIGURE = new RegExp(`(?:${PER_WHOM_OR_WHEN})+$`);

/** The length of the longest end of `a` that `b` starts with. */
function overlap(a: string, b: string): number {
  for (let k = Math.min(a.length, b.length); k > 0; k--) if (a.endsWith(b.slice(0, k))) return k;
  return 0;
}

/** How many last characters of an inner item say how the list's items end (收入 of 财税总收入). */
const PARALLEL_END_CHARS = 2;

/**
 * The first item carries the list's shared head ("全年中央财政用于科技") and the last its shared tail
 * ("文化事业的支出"): only as much of them as an inner item is long, to the edge of a word, is the item. With two items
 * there is no inner one: the last, when more than twice the first's length, is cut to it
 * ("城镇和农村人均住房面积": 农村, and 人均住房面积 is both's; not "农村居民人均纯收入和城镇居民人均
 * 可支配收入"); the first, when more than half as long again as the last, is its last word
 * ("单位国内生产总值能耗和二氧化碳排放": 能耗, and 单位国内生产总值 is both's; not "信息传输软件和
 * 信息技术服务业、租赁和商务服务业增加值"). Returns a per-unit phrase so cut off, which every item shares ("" when none).
 */
function trimSharedParts(sentence: string, items: Array<[number, number]>): string {
  const first = items[0]!;
  const last = items.at(-1)!;
  const lengths = items.map(([a, b]) => b - a);
  if (items.length > 2) {
    // Cut at a word's edge: "二氧化碳排放量" after "能耗" keeps 二氧化碳, not 二氧.
    const width = Math.max(...lengths.slice(1, -1));
    const firstEnds = [0, ...wordEnds(toSearchForm(sentence.slice(...first)))];
    const keepFrom = firstEnds.filter((end) => end <= first[1] - first[0] - width).at(-1) ?? 0;
    items[0] = [first[0] + keepFrom, first[1]];
    // Parallel items end alike: "地区生产总值、工业总产值、财税总收入、地方财政一般预算收入相继跨过" is 地方财政一般预算收入,
    // as 财税总收入 ends; else the last is as long as an inner item, to a word's edge.
    const lastText = sentence.slice(...last);
    const parallelEnd = items
      .slice(1, -1)
      .map(([a, b]) => sentence.slice(Math.max(a, b - PARALLEL_END_CHARS), b))
      .map((end) => (end.length === PARALLEL_END_CHARS ? lastText.indexOf(end) + end.length : -1))
      .find((end) => end > PARALLEL_END_CHARS);
    const keepTo = parallelEnd ?? wordEnds(toSearchForm(lastText)).find((end) => end >= width) ?? width;
    items[items.length - 1] = [last[0], Math.min(last[1], last[0] + keepTo)];
    return "";
  }
  const [firstLength, lastLength] = lengths as [number, number];
  // Parallel items end alike: "高技术制造业、装备制造业增加值年均" is 装备制造业, and 增加值年均 is both's.
  const firstLastWord = words(toSearchForm(sentence.slice(...first))).at(-1) ?? "";
  const parallelEnd = firstLastWord.length >= 2 ? toSearchForm(sentence.slice(...last)).indexOf(firstLastWord) : -1;
  if (parallelEnd >= 0) items[1] = [last[0], last[0] + parallelEnd + firstLastWord.length];
  else if (lastLength > 2 * firstLength) {
    // To the edge of a word: "全国和自由贸易试验区负面清单条数" is 自由贸易, not 自由.
    const keepTo = wordEnds(toSearchForm(sentence.slice(...last))).find((end) => end >= firstLength) ?? firstLength;
    items[1] = [last[0], last[0] + keepTo];
  } else if (2 * firstLength > 3 * lastLength) {
    const lastWord = words(toSearchForm(sentence.slice(...first))).at(-1);
    if (lastWord && sentence.slice(...first).endsWith(lastWord)) {
      items[0] = [first[1] - lastWord.length, first[1]];
      // A per-unit phrase cut off is both items' ("每平方公里土地生产总值和财政收入分别达到2.5亿元和7000万元":
      // 每平方公里土地财政收入 too): the list's shared lead.
      const cut = sentence.slice(first[0], items[0][0]);
      if (PER_UNIT_LEAD.test(cut)) return cut.replace(/^[^\p{Script=Han}]*/u, "");
    }
  }
  return "";
}

/** A per-unit phrase (word-classes per-unit-words, per-land-words; 每百户, 每万人) opening a list's first item. */
const PER_UNIT_LEAD = new RegExp(`${anyOf(["per-unit-words", "per-land-words"])}|每[百千万]?[人户]`);

/** The items of the list between `listStart` and 分别 at `at`, cut at `separators`; the last ends at its clause. */
function listItems(sentence: string, listStart: number, at: number, separators: RegExp): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let start = listStart;
  for (const sep of sentence.slice(listStart, at).matchAll(separators)) {
    const end = listStart + (sep.index ?? 0);
    items.push([start, end]);
    start = end + 1;
  }
  // The last item ends at its clause ("…可支配收入，2000年分别达到").
  const clauseEnd = sentence.slice(start, at).search(/[，,；;：:]/);
  items.push([start, clauseEnd < 0 ? at : start + clauseEnd]);
  return items;
}
