/**
 * Refusals by what was added against what stands: an increment for a total or a whole, a planned increment, a level
 * reached for an increment.
 */
import { found, headTerm } from "../coverage.ts";
import { isIncrementUnasked } from "../adjustments/increments.ts";
import { wordClass } from "../../zh/word-classes.ts";
import { clauseStartBefore } from "../../zh/text.ts";
import { BUILT_ASKED, INCREMENT, REACHED_VERB } from "../../zh/change-grammar.ts";
import type { Refusal } from "./types.ts";
import { LEVEL_REACHED_LEAD } from "./shared.ts";

export const incrementForATotal: Refusal = {
  name: "increment for a total",
  cheap: true,
  // "病床将增设6万张，总数达到33.9万张", "新认定高新技术企业52家，总数达到164家": what was added is no
  // total (总数) asked, unless the question names the adding too. A list shares its verb ("争取新增省级
  // “专精特新”企业5家、高新技术企业5家"): the words from the comma before the figure are read, up to a
  // total word of the figure's own ("新增国家高新技术企业32户、总量达到96户": 96户 is the total).
  // The parts of an increment are increments too: "新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦".
  refuses: (a) => {
    if (!TOTAL_ASKED.test(a.q.text) || INCREMENT.test(a.q.text)) return null;
    const lead = a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
    const partOfAdded = PART_LEAD.test(lead) && a.fact.parentClause !== null && addedBefore(a.sentence.slice(...a.fact.parentClause));
    return addedBefore(lead) || partOfAdded ? "an increment, and a total was asked" : null;
  },
};

export const incrementForAStock: Refusal = {
  name: "increment for a stock",
  cheap: false,
  // "拉萨常住人口多少万" against "新增城镇常住人口近10万人": what a year added to a stock ([stock-nouns]: a population, a
  // balance) never says how large it stands, when the question asks no adding and no change.
  refuses: (a) => {
    const head = headTerm(a.q);
    if (!head || a.q.asksChange || !head.alternatives.some((alt) => STOCK_NOUNS.some((noun) => alt.endsWith(noun)))) return null;
    return isIncrementUnasked({ q: a.q, fact: a.fact, coverage: a.coverage!, sentence: a.sentence }) ? "an increment, and a stock was asked" : null;
  },
};

export const plannedIncrementForALevel: Refusal = {
  name: "planned increment for a level",
  cheap: false,
  // "新建改建高速公路通车里程约3万公里" (a five-year plan) for 2020年高速公路通车里程: what was to be
  // added is twice not the level that was reached.
  refuses: (a) =>
    a.fact.kind === "target" &&
    a.q.wantedKind !== "target" &&
    !a.q.asksChange &&
    INCREMENT.test(a.coverage!.subjectWords) &&
    !INCREMENT.test(a.q.text) &&
    !BUILT_ASKED.test(a.q.text)
      ? "a planned increment, and a level was asked"
      : null,
};

export const incrementForAWhole: Refusal = {
  name: "increment for a whole",
  cheap: false,
  // "全国农村公路总里程多少" against "新建改建高速公路6000多公里、农村公路30多万公里": what a year added (the run's verb
  // governs every item) is not the whole length asked; nor are the parts an increment lists ("新增发电装机容量4.45亿千瓦，
  // 其中水电9601万千瓦、核电384万千瓦" for 核电装机总规模).
  refuses: (a) => {
    const run = a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
    const whole = a.fact.isItem && a.fact.parentClause ? a.sentence.slice(...a.fact.parentClause) : "";
    return WHOLE_ASKED.test(a.q.text) &&
      !INCREMENT.test(a.q.text) &&
      !BUILT_ASKED.test(a.q.text) &&
      INCREMENT.test(whole + run) &&
      !LEVEL_REACHED_LEAD.test(run)
      ? "what was added, and the whole was asked"
      : null;
  },
};

export const levelReachedForAnIncrement: Refusal = {
  name: "level reached for an increment",
  cheap: false,
  // "十三五期间新建高铁多少公里" against "高铁营业里程达到3万公里": a level reached is no amount added (新建, 新增), unless
  // what reaches it is the amount added ("增加的新工人将达到84万人").
  refuses: (a) => {
    const lead = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
    const addedNamed = a.q.terms.some((t) => t.alternatives.some((alt) => INCREMENT.test(alt)) && found(t, lead));
    return a.fact.role === "level" && INCREMENT.test(a.q.text) && !INCREMENT.test(a.coverage!.subjectWords) && !addedNamed && LEVEL_REACHED_LEAD.test(lead)
      ? "a level reached, and an increment was asked"
      : null;
  },
};

/** Whether an increment verb governs the end of these words, with no total word after it. */
function addedBefore(words: string): boolean {
  const verbs = [...words.matchAll(INCREMENT_ALL)];
  return verbs.length > 0 && !TOTAL_ASKED.test(words.slice(verbs.at(-1)!.index!)) && !REACHED_AFTER_ADDED.test(words);
}
/** The increment's own figure, then the level it came to: "新增规上工业企业48户、达到339户" (339户 is the total). */
const REACHED_AFTER_ADDED = new RegExp(String.raw`\d\p{Script=Han}{0,3}[、，,]?${REACHED_VERB}$`, "u");
const INCREMENT_ALL = new RegExp(INCREMENT.source, "g");
/** A clause giving the parts of the figure before: "其中水电9601万千瓦、核电384万千瓦". */
const PART_LEAD = /^\s*其中/;

/** Nouns of what stands at a point in time (word-classes.txt [stock-nouns]). */
const STOCK_NOUNS: readonly string[] = wordClass("stock-nouns");

/** A total asked by name: 总数, 总量 ("病床总数多少张"). */
const TOTAL_ASKED = /总数|总量/;

/** The whole of a stock asked: 总里程, 总长度, 总规模, 总面积. */
const WHOLE_ASKED = /总(?:里程|长度|长|规模|面积)/;
