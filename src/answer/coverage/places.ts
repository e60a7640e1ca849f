/**
 * The texts a fact is read against (FactTexts), and the places in them a question word may be found for a figure, each
 * with its weight (placesOf): its own words and clause, the parent clause, the sentence before, the titles over it, the
 * clause after that goes on about it, the paragraph.
 */
import { blankInclusionAsides } from "../../zh/text.ts";
import { partNames } from "../../zh/paired-compounds.ts";
import { anyOf } from "../../zh/word-classes.ts";
import { extractFigures } from "../../zh/figures.ts";
import type { Fact } from "../facts.ts";
import { YEAR_BEFORE_OPENING } from "../../zh/change-grammar.ts";
import { NAMES_NO_SUBJECT, PLACE_WEIGHTS } from "./shared.ts";
import type { QueryTerm } from "../../question/types.ts";
import { found } from "./naming.ts";

/** A sentence that opens with 其中 lists the parts of the total the sentence before it states. */
export function listsPartsOfPrevious(sentence: string): boolean {
  return /^\s*其中/.test(sentence);
}

/** The texts a fact is read against (search form, same offsets as printed). */
export interface FactTexts {
  /** The search-form sentence, what is deducted and reasons in brackets blanked (reading-context.ts withoutExclusions). */
  sentence: string;
  /** The same with nothing blanked: how the figures were counted (扣除价格因素) is there. */
  printedSentence: string;
  previousSentence: string;
  headings: string;
  /** The paragraph's run-in title ("2．政府性基金预算。"), for a sentence after it. */
  runInTitle: string;
  /** The title of the section the paragraph stands in, its innermost heading ("1．市级一般公共预算草案"). */
  sectionTitle: string;
  paragraph: string;
  /** Whether the whole report is about a place (names it often, or in its title). */
  reportIsAbout: (place: string) => boolean;
  /** The report's issuer in search form ("上海市普陀区人民政府万里街道办事处"): a word of it names every figure of the report. */
  issuer: string;
}

export interface Places {
  own: Array<[string, number]>;
  /**
   * Text and weight; "before" marks the sentence before the figure, "parent" the clause whose subject it inherits,
   * "section" the title of the section it stands in.
   */
  context: Array<[string, number, ("before" | "parent" | "section")?]>;
}

/** An aside in brackets holding a figure. */
const FIGURES_ASIDE = /[（(][^（）()]*\d[^（）()]*[)）]/g;

/**
 * A paired compound's part as its item names it, under each of the part's names: "城镇低保标准", "城市低保标准"… of
 * "城乡低保标准分别提高13.1%和17.7%" (part-aliases.txt); none for another item.
 */
export function itemAsNamed(fact: Fact): string[] {
  const item = fact.listItem;
  if (item?.part === undefined) return [];
  if (!item.pairPart) return [item.part];
  const part = item.pairPart.part;
  return partNames(part).map((name) => item.part!.replace(part, name));
}

export function placesOf(fact: Fact, parentClause: [number, number] | null, t: FactTexts, asksTotalWith: boolean, head: QueryTerm | undefined): Places {
  // What a total includes is not what it is ("市级（含…盐南高新区，下同）…108.12亿元" is not 盐南高新区's).
  let s = asksTotalWith ? t.sentence : blankInclusionAsides(t.sentence, fact.figure.start);
  // Nor is a breakdown in brackets after it, whose figures are its parts' ("专项债券1793950万元（新增专项
  // 债券1465650万元，再融资专项债券328300万元）": 新增 names the part, not the total).
  // (A question saying what is included, 不含辽滨, reads what the aside says it leaves out.)
  if (!asksTotalWith) s = s.replace(FIGURES_ASIDE, (m, at: number) => (at >= fact.figure.end ? " ".repeat(m.length) : m));
  const own: Array<[string, number]> = [];
  if (fact.listItem) {
    // The siblings' words belong to the siblings' figures: blank them out for this one.
    for (const [a, b] of fact.listItem.siblings) s = s.slice(0, a) + " ".repeat(b - a) + s.slice(b);
    if (fact.listItem.part === undefined) own.push([s.slice(fact.listItem.own[0], fact.listItem.own[1]), PLACE_WEIGHTS.segment]);
    for (const item of itemAsNamed(fact)) own.push([item, PLACE_WEIGHTS.segment]);
  }
  return {
    own: [...own, [s.slice(fact.segment[0], fact.segment[1]), PLACE_WEIGHTS.segment], [s.slice(fact.clause[0], fact.clause[1]), PLACE_WEIGHTS.clause]],
    context: [
      [parentClause ? s.slice(parentClause[0], parentClause[1]) : "", PLACE_WEIGHTS.parentClause, "parent"],
      [s.slice(0, fact.figure.start), PLACE_WEIGHTS.sentenceBefore, "before"],
      // A short sentence ("总建设规模14.3万平方米,总投资6.5亿元。") goes on about the one before.
      // So does one that lists the parts of the one before ("全市共有在校生77.90万人。其中，高等学校13.5万人").
      // So does one opening with the other side of a budget, its figure straight after ("…一般公共预算收入2205.2亿元，…。支出
      // 2103.8亿元，…": 深圳 2025).
      // (Not a short sentence naming its own subject after one stating a figure of its own: "地区生产总值恢复到上年的95%以上。
      // 进出口逆势增长8.8%。", 湖北 2021, is 进出口's growth, no GDP's.)
      [
        t.previousSentence,
        goesOnAboutPrevious(s, fact, t.previousSentence, head) || listsPartsOfPrevious(s) || OTHER_SIDE_OPENS.test(s)
          ? PLACE_WEIGHTS.parentClause
          : PLACE_WEIGHTS.previousSentence,
      ],
      [t.headings, PLACE_WEIGHTS.heading],
      // "2．政府性基金预算。收入预算安排222.4亿元，…": the run-in title names what its paragraph's sentences speak of.
      [t.runInTitle, PLACE_WEIGHTS.parentClause],
      // "钢铁工业，1979年钢产量比上年增加270万吨，而能源消耗总量…比上年降低了100万吨" (gwr-1980): a sentence opening with a
      // name and a comma says what all its figures are of, as a run-in title does.
      [topicOpening(s, fact), PLACE_WEIGHTS.parentClause],
      // "1．市级一般公共预算草案 … 支出预算337.4亿元": so does the title of the section it stands in, of which budget
      // and whose (termMatch: the section's own subject, 固定资产投资, would make its parts, 工业投资, the whole).
      [t.sectionTitle, PLACE_WEIGHTS.sectionTitle, "section"],
      [trailingClause(s, fact), PLACE_WEIGHTS.trailingClause],
      [sharedPredicate(s, fact), PLACE_WEIGHTS.trailingClause],
      // "对义务教育阶段教师实行绩效工资制度，…，中央财政为此将投入120亿元": 为此 names the sentence before as its purpose.
      [FOR_THIS.test(s.slice(fact.clause[0], fact.figure.start)) ? s.slice(0, fact.clause[0]) : "", PLACE_WEIGHTS.trailingClause],
      [afterFigure(s, fact), PLACE_WEIGHTS.sentenceAfter],
      [t.paragraph, PLACE_WEIGHTS.paragraph],
    ],
  };
}

/** A sentence this short may go on about the one before it ("总建设规模14.3万平方米,总投资6.5亿元。"). */
const SHORT_SENTENCE_CHARS = 30;

/**
 * A short sentence going on about the one before: that one states no figure, or this one names nothing before its figure,
 * or it names the metric asked and the one before what it is of ("…中央省级教育建设项目56项…。总建设规模14.3万平方米").
 * Not one naming another metric after a figure of the one asked ("地区生产总值恢复到上年的95%以上。进出口逆势增长8.8%。").
 */
function goesOnAboutPrevious(s: string, fact: Fact, previous: string, head: QueryTerm | undefined): boolean {
  if (s.length > SHORT_SENTENCE_CHARS) return false;
  const lead = s
    .slice(0, fact.figure.start)
    .replace(NAMES_NO_SUBJECT, "")
    .replace(/[^\p{Script=Han}]/gu, "");
  // (Reading the sentence before for figures, the dearest test, last.)
  return lead === "" || head === undefined || found(head, s) || extractFigures(previous).length === 0;
}

/**
 * A name of two to six characters opening the sentence before a comma or colon ("钢铁工业，", "原煤："), with no figure;
 * its year may come first ("一九五八年的工业总产值，拟定为…"), or 对于 ("对于少数民族地区，本年预算共支出…", gwr-1956).
 */
const TOPIC_OPENING = /^\s*(?:对于|关于|至于)?(?:[一二三四五六七八九〇○零\d]{4}年的?)?(\p{Script=Han}{2,6})[，,：:]/u;

/** The sentence's opening name, when the figure stands after it. */
function topicOpening(s: string, fact: Fact): string {
  const m = TOPIC_OPENING.exec(s);
  return m && m[0].length <= fact.clause[0] ? m[1]! : "";
}

/**
 * The rest of the sentence after the figure, up to a 其中 that opens its parts: "公路通车里程…176万公里，
 * 其中高速公路…2.52万公里" — the parts' words (高速公路) do not name the whole.
 */
function afterFigure(s: string, fact: Fact): string {
  const after = s.slice(fact.figure.end);
  const parts = after.search(/[，,；;：:]其中/);
  return parts < 0 ? after : after.slice(0, parts);
}

/** A clause going on about the figure before it: "用于市属学校…", "主要用于…", "重点用于职工分流安置" (gwr-2016). */
const FOLLOW_ON = new RegExp(`^(?:主要|重点|专门|全部)?${anyOf("follow-on-verbs")}`);
/** "为此", "对此": the figure is for what the sentence said before. */
const FOR_THIS = /为此|对此/;
/** A clause that compares the figure before it with a year before: "比上年增加167亿元", "增长12%". */
const COMPARISON_CLAUSE = new RegExp(`^${YEAR_BEFORE_OPENING}?${anyOf(["change-verbs", "increment-verbs"])}[^，,；;。]{0,12}$`);

export function trailingClause(s: string, fact: Fact): string {
  let start = fact.clause[1] + 1;
  let end = s.slice(start).search(/[，,；;。！？]/);
  // Past a clause that only compares the figure with a year before ("832亿元，比上年增加167亿元，支持卫生
  // 事业改革和发展"): the clause after it goes on about the figure.
  if (end >= 0 && COMPARISON_CLAUSE.test(s.slice(start, start + end)) && /[，,]/.test(s[start + end] ?? "")) {
    start += end + 1;
    end = s.slice(start).search(/[，,；;。！？]/);
  }
  const clause = s.slice(start, end < 0 ? s.length : start + end);
  // Only a clause that goes on about the figure ("用于市属学校…", "惠及500多万学生"), not one
  // with a subject of its own.
  return /\d/.test(clause) || !FOLLOW_ON.test(clause) ? "" : clause;
}

/**
 * What a list of figures does, said once after its last ("已有25个省（自治区、直辖市）、2133个县（市、区）初步建立了
 * 农村最低生活保障制度"): for a figure whose item the next, opening with a figure, follows after 、.
 */
export function sharedPredicate(s: string, fact: Fact): string {
  if (s[fact.clause[1]] !== "、") return "";
  const rest = s.slice(fact.clause[1] + 1);
  const end = rest.search(/[，,；;。！？]/);
  const run = end < 0 ? rest : rest.slice(0, end);
  const figures = extractFigures(run);
  return figures.length > 0 && figures[0]!.start === 0 ? run.slice(figures.at(-1)!.end) : "";
}

/** A sentence opening with a budget's revenue or spending and its figure, no name of whose: "支出2103.8亿元，…". */
const OTHER_SIDE_OPENS = /^\s*(?:收入|支出)(?=\s*[\d约近])/;

/** The clause the figure's clause takes its subject from, or "". */
export function parentClauseText(places: Places): string {
  return places.context.find(([, , kind]) => kind === "parent")?.[0] ?? "";
}
