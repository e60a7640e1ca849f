/**
 * Adjustments of an increment: the very increment verb or the adverb of once more asked (新建, 再开工), and what was
 * added when the level is asked.
 */
import { wordClass } from "../../zh/word-classes.ts";
import { BUILT_ASKED, INCREMENT } from "../../zh/change-grammar.ts";
import { clauseStartBefore } from "../../zh/text.ts";
import { extractFigures } from "../../zh/figures.ts";
import { isWord } from "../../zh/segment.ts";
import type { Adjustment, ScoreInputs } from "../score-table.ts";
import { TOTAL_OWN, when } from "./shared.ts";

/** A figure's own words that state the level a quantity reached: 达到, 增至, 提高到. */
const LEVEL_REACHED_OWN = /达到|增至|增加到|提高到|上升到|升至/;
/** Verbs that make a figure an increment (新增, 新建, 改建): word-classes.txt's increment-verbs. */
const INCREMENT_VERBS: readonly string[] = wordClass("increment-verbs");

/** An adverb of once more and the verb after it, as a question types them: 再开工, 又新增 (not 再生: a word of its own). */
const AGAIN_ASKED = /[再又]([\p{Script=Han}]{2})/u;

/** The verb a question asks done once more ("今年再开工多少个"), with its adverb: "再开工", or "". */
function againAsked(question: string): string {
  const m = AGAIN_ASKED.exec(question);
  return m && !isWord(m[0].slice(0, 2)) ? m[0] : "";
}

/**
 * A clause opening with an increment verb whose object is the figure, however long the object's list: "新开通和恢复了沈阳至
 * 福冈、新加坡、釜山等5条国际航线，使沈阳的国际航线达到19条" (沈阳 2004) added 5条. Only the clause's first figure, or
 * an item of the run of items it opens (a list's items are one clause here).
 */
function opensWithIncrement(s: Pick<ScoreInputs, "fact" | "sentence">): boolean {
  const before = s.sentence.slice(clauseStartBefore(s.sentence, s.fact.figure.start), s.fact.figure.start);
  // (Each figure before closing an item of the run: "新增“四上”企业260家、高新技术企业136家", 益阳 2022; not an item of its
  // own total or level: "新增发电装机4178万千瓦、总装机达9157万千瓦", 湖南 2026.)
  const figures = extractFigures(before);
  const item = figures.length > 0 ? before.slice(figures.at(-1)!.end + 1) : "";
  return INCREMENT_OPENS.test(before) && figures.every((f) => before[f.end] === "、") && !TOTAL_OWN.test(item) && !REACHES.test(item);
}
/** An item's verb to the level it reached: 达, 达到, 增至. */
const REACHES = /达|至/;
const INCREMENT_OPENS = new RegExp(`^\\s*(?:${INCREMENT.source})`);

export const incrementVerbAsAsked: Adjustment = {
  name: "increment verb as asked",
  weight: 0.25,
  why: "1956年新建多少个大型水利工程 against '将要新建…等24个大型水利工程，续建…等18个大型水利工程': the figure whose own clause has the very increment verb asked",
  value: (s) => {
    // (Its words since the last comma: a list of names cut by 、 is no clause of its own.)
    const own = s.sentence.slice(clauseStartBefore(s.sentence, s.fact.figure.start), s.fact.figure.start);
    return when(INCREMENT_VERBS.some((v) => s.q.text.includes(v) && own.includes(v)));
  },
};

export const incrementNotAsked: Adjustment = {
  name: "increment not asked",
  weight: -1.5,
  why: "新增地铁线路长度22.4公里 when the length is asked: what was added is not the level",
  // Not a total or a level reached that the figure's own words name after the increment ("新增上市公司45家、总量达1224家",
  // "新增新能源装机规模994.8万千瓦、达到1501万千瓦": 规模 after 新增 is the increment's); nor for what was built in a
  // year asked ("深圳19年建了多少个公园": "新建公园117个、总数达1090个").
  value: (s) => when(isIncrementUnasked(s)),
};

/** Whether the figure is what was added (its words or its clause's opening verb say 新增), and the question asks no adding. */
export function isIncrementUnasked(s: Pick<ScoreInputs, "q" | "fact" | "coverage" | "sentence">): boolean {
  return (
    (INCREMENT.test(s.coverage.subjectWords) || opensWithIncrement(s)) &&
    !INCREMENT.test(s.q.text) &&
    !((TOTAL_OWN.test(s.coverage.ownWords) || LEVEL_REACHED_OWN.test(s.coverage.ownWords)) && !INCREMENT.test(s.coverage.ownWords)) &&
    !(s.q.dataYear !== null && BUILT_ASKED.test(s.q.text))
  );
}

export const againAskedAdjustment: Adjustment = {
  name: "again asked",
  weight: 1.5,
  why: '再开工多少个 against "已开工的57个项目要加快建设，今年再开工27个项目": the figure the very adverb and verb asked lead is the one asked',
  value: (s) => {
    const again = againAsked(s.q.text);
    return when(again !== "" && s.coverage.ownWords.includes(again));
  },
};
