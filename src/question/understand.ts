import type { UnitClass } from "../zh/units.ts";
import type { Question, QueryTerm } from "./types.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { taggedWords } from "../zh/segment.ts";
import { synonymsOf } from "../zh/synonyms.ts";
import { planYears, PLAN_PERIOD } from "../zh/plan-periods.ts";
import { wordList } from "../zh/word-lists.ts";

export type { Question, QueryTerm } from "./types.ts";

/**
 * A question parsed into what to look for: metric words (each with its synonyms), the year it is
 * about or the report it names, whether a target or an actual is wanted, and what kind of unit
 * the answer should carry. Pure apart from jieba.
 */

function changeWordNamesMetric(text: string, terms: readonly QueryTerm[]): boolean {
  const matches = [...text.matchAll(new RegExp(CHANGE_WORDS.source, "g"))];
  const last = matches.at(-1);
  if (!last) return false;
  const rest = text.slice((last.index ?? 0) + last[0].length).replace(/^的/, "");
  return terms.some((t) => !t.isPlace && !CHANGE_WORDS.test(t.word) && rest.startsWith(t.word));
}

/** The asking words, for the dictionary an index carries (segment.ts). */
export function questionWords(): string[] {
  return [...QUESTION_WORDS];
}

/** Longest question we read; anything longer is cut (a question is a line, not an essay). */
export const MAX_QUESTION_CHARS = 200;

const QUESTION_WORDS = new Set(wordList("question-words"));

const REPORT_YEAR = /((?:19|20)\d\d)\s*年?\s*(?:的)?\s*(?:政府工作)?(?:报告|工作报告)/;
const YEAR_RANGE = /((?:19|20)\d\d)\s*年?\s*(?:到|至|-|—|~)\s*((?:19|20)\d\d)\s*年?/;
const DATA_YEAR = /((?:19|20)\d\d)\s*年?\s*(?:底|末|初|全年)?/;
const COUNTED_AFTER_MEASURE = /((?:多少|几)(?:万|亿)?[头只台座条张本件匹艘架株棵个所项户辆套家名位])(?=\p{Script=Han})/gu;
const COMPARISON_BASE = /(?:比|较)\s*(?:19|20)\d\d\s*年?/g;
// "提高到多少" asks for the new level, not the change: a change word followed by 到/至 is not one.
const CHANGE_WORDS = /(增长|增加|增产|提高|上涨|涨|下降|降低|减少|扩大|上升)(?![到至])|涨了|增速|增幅|涨幅/;
const SHARE_WORDS = /占|比重|比例|份额/;
const TOTAL_WORDS = /一共|总共|共有|共计|合计|总计|总数|共(?=多少|几)/;
const PLACE_WORDS = new Set(["全国", "我国", "全市", "我市", "全省", "我省", "全县"]);
/** A figure with its unit typed in the question ("60岁", "4万亿") is part of the metric's name. */
const NUMBER_TERM = /\d+(?:\.\d+)?(?:万亿|亿|万)?(?:岁|元|人|个|项|倍|万亿|亿|万)/g;
const LATIN_TERM = /\d*[a-z][a-z0-9&]*/g;
/** Asking words that jieba may glue to a metric word ("控制目标"): cut them off it. */
const ASKING_AFFIX = /^(实际|多少|几)|(目标|多少|是多少)$/g;

/** "多少人", "几所", "多少亿元": the unit the asker expects. */
const ASKED_UNIT: Array<[RegExp, UnitClass[]]> = [
  [/(多少|几)(个)?百分点/, ["points", "percent"]],
  [/(多少|几)(万亿|亿|万)?(美元|元|钱)|多少钱/, ["money"]],
  [/(多少|几)(万|亿)?人次/, ["person-times"]],
  [/(多少|几)(万|亿)?(人|名|位)/, ["people", "count"]],
  // 个 is the everyday measure word for anything, people too ("有几个老师").
  [/(多少|几)(万|亿)?个/, ["count", "people"]],
  [/(多少|几)(万|亿)?(所|项|户|辆|套|家|座|批|件|条|篇|次)/, ["count"]],
  [/(多少|几)(万)?(公里|千米|米)/, ["length"]],
  [/(多少|几)(万|亿)?(吨|斤|公斤)/, ["mass"]],
  [/(多少|几)倍/, ["times"]],
];

/** What the head of a metric implies about its unit: 率 is a percentage, 支出 money. */
const METRIC_CLASSES: Array<[RegExp, UnitClass[]]> = [
  [/(率|比重|比例|强度|幅度|增速|涨幅|增幅|份额)$/, ["percent", "points"]],
  [/(人数|人口|学生|毕业生|教师|职工|人员|党员|学员|农民|在校生|老人)$/, ["people", "count"]],
  [/(产量|产能)$/, ["mass", "count"]],
  [/(里程|长度)$/, ["length"]],
  [/(发电量|用电量|电量)$/, ["energy"]],
  [/(支出|收入|投资|资金|经费|支付|赤字|国债|债券|债务|专项债|总值|生产总值|gdp|gnp|工资|养老金|助学金|补助|税|减税|退税|贷款|额度|储备|投入|总额|标准|限额|负担|出口|进口|外贸|余额|存款)$/, ["money"]],
];

export function parseQuestion(raw: string): Question {
  let text = toSearchForm(raw.slice(0, MAX_QUESTION_CHARS)).replace(/\s+/g, " ").trim();
  const original = text;

  let reportYear: number | null = null;
  const rm = REPORT_YEAR.exec(text);
  if (rm) {
    reportYear = Number(rm[1]);
    text = text.replace(rm[0], " ");
  }
  // "多少头猪": the measure word goes with 多少 (an asking word), not with the thing counted.
  text = text.replace(COUNTED_AFTER_MEASURE, "$1 ");
  // "比1964年增长几倍": a comparison base is not the year asked about.
  text = text.replace(COMPARISON_BASE, " ");
  let dataYear: number | null = null;
  let multiYear = false;
  const range = YEAR_RANGE.exec(text);
  if (range) {
    dataYear = Number(range[2]);
    multiYear = true;
    text = text.replace(range[0], " ");
  } else {
    const dm = DATA_YEAR.exec(text);
    if (dm) {
      dataYear = Number(dm[1]);
      text = text.replace(dm[0], " ");
    }
  }

  const terms: QueryTerm[] = [];
  const period = PLAN_PERIOD.exec(text);
  const periodYears = period?.[1] ? planYears(period[1]) : null;
  if (period?.[1]) {
    terms.push({ ...term(period[1]), isPeriod: true });
    multiYear = true;
    text = text.replace(period[0], " ");
  }

  // 目标/计划/预算 ask for a target only as words of their own: 一般公共预算 is a name.
  const typed = taggedWords(text).map((t) => t.word);
  const wantedKind = typed.some((w) => /^(目标|预期|计划|预算|拟|打算|规划)$|(目标|计划)$/.test(w))
    ? "target"
    : typed.some((w) => w.startsWith("实际"))
      ? "actual"
      : null;
  const mentionsChange = CHANGE_WORDS.test(text);
  const asksShare = SHARE_WORDS.test(text);
  if (/累计|共计|合计|五年/.test(text)) multiYear = true;
  const asksTotal = TOTAL_WORDS.test(text);

  const wantedClasses = new Set<UnitClass>();
  // The first (most specific) unit the question asks for: 多少人次 is not 多少人.
  const asked = ASKED_UNIT.find(([re]) => re.test(text));
  asked?.[1].forEach((c) => wantedClasses.add(c));

  for (const m of text.match(NUMBER_TERM) ?? []) terms.push(term(m));
  text = text.replace(NUMBER_TERM, " ");
  for (const m of text.match(LATIN_TERM) ?? []) terms.push(term(m));
  text = text.replace(LATIN_TERM, " ");

  const tagged = taggedWords(text);
  for (let i = 0; i < tagged.length; i++) {
    let { word, tag } = tagged[i]!;
    // "海东" + "市" is one place, 海东市.
    if (tag === "ns" && /^[市省县州]$/.test(tagged[i + 1]?.word ?? "")) word += tagged[++i]!.word;
    word = word.replace(ASKING_AFFIX, "");
    if (!word || QUESTION_WORDS.has(word) || terms.some((t) => t.word === word)) continue;
    terms.push(term(word, tag === "ns" || PLACE_WORDS.has(word)));
  }
  // A change is asked ("GDP增长多少", "增加多少专项债务限额") unless the change word runs straight
  // into another metric word: 增长 in 经济增长贡献率 is part of the metric's name.
  const asksChange = mentionsChange && !changeWordNamesMetric(text, terms);
  // Single characters left over ("毛" of 毛入学率 when jieba splits it) only narrow the match.
  const metricTerms = terms.filter((t) => !t.isPlace);
  const head = metricTerms[metricTerms.length - 1]?.word ?? "";
  if (wantedClasses.size === 0) {
    for (const [re, classes] of METRIC_CLASSES) {
      if (re.test(head) || (asksShare && re === METRIC_CLASSES[0]![0])) classes.forEach((c) => wantedClasses.add(c));
    }
    if (asksShare) ["percent", "points"].forEach((c) => wantedClasses.add(c as UnitClass));
  }
  if (asksChange && wantedClasses.size > 0) {
    // "提高多少" of a money metric may be answered by an amount or by a rate.
    wantedClasses.add("percent");
    wantedClasses.add("points");
  }

  return {
    text: original,
    terms,
    reportYear,
    dataYear,
    period: periodYears,
    multiYear,
    wantedKind,
    wantedClasses: [...wantedClasses],
    asksChange,
    asksShare,
    asksTotal,
  };
}

function term(word: string, isPlace = false): QueryTerm {
  const alternatives = synonymsOf(word);
  // "钢产量" is printed "钢…万吨": the unit says 产量, so the product alone names the metric.
  const product = /^(.+?)(总)?产量$/.exec(word)?.[1];
  if (product) alternatives.push(product);
  return { word, alternatives, isPlace, isPeriod: false };
}
