/**
 * Refusals by names in the figure's words: a standard set, a kind in quotes, a rate of another name, a programme's,
 * a top list's or a quoted name, one market's trade.
 */
import { abbreviates, found, headTerm } from "../coverage.ts";
import type { Fact } from "../facts.ts";
import { namesProgramme } from "../score-table.ts";
import { clauseStartBefore, hanBigrams } from "../../zh/text.ts";
import type { Refusal } from "./types.ts";
import { QUOTED_NAME } from "./shared.ts";
import { TOP_LIST_NAME } from "../../zh/figures.ts";

export const aStandardSetByTheFigure: Refusal = {
  name: "a standard set by the figure",
  cheap: true,
  // "将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准": the figure is the standard set (a line drawn
  // on the metric), not the metric's level, unless the question asks a standard or a line.
  refuses: (a) =>
    SET_AS_STANDARD.test(a.sentence.slice(a.fact.figure.end)) && !/标准|线/.test(a.q.text)
      ? "a standard set at the figure (作为…标准), not the metric's level"
      : null,
};

export const aKindInQuotesAfterTheAskedHead: Refusal = {
  name: "a kind in quotes after the asked head",
  cheap: true,
  // "省本级一般公共预算财政拨款支出“三公”经费2.8亿元": what stands between the asked head (支出) and the
  // figure, a kind named in quotes and its noun (“三公”经费), is what the figure measures. A question naming
  // the kind ("三公经费") is answered.
  refuses: (a) => {
    const head = headTerm(a.q);
    if (!head) return null;
    const before = a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
    const kind = QUOTED_KIND_BEFORE_FIGURE.exec(before);
    if (!kind || !head.alternatives.some((alt) => before.slice(0, kind.index).includes(alt))) return null;
    const quoted = kind[1]!;
    return a.q.text.includes(quoted) ? null : `a kind in quotes after the asked word (“${quoted}”${kind[2]})`;
  },
};

export const aRateOfAnotherName: Refusal = {
  name: "a rate of another name",
  cheap: true,
  // "工业对GDP增长贡献率达66%": a rate its own words name (贡献率) is that rate, not the growth asked; a
  // question naming it (…贡献率, 增长率 as 增速) is answered.
  refuses: (a) => {
    if (a.fact.figure.unitClass !== "percent") return null;
    const lead = a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
    const named = RATE_NAMED.exec(lead);
    if (!named) return null;
    // (…or typed short: 农机化率 for "农作物耕种收综合机械化率从67%提高到73%".)
    const typedRate = TYPED_RATE.exec(a.q.text)?.[0];
    if (typedRate && abbreviates(typedRate, lead, true)) return null;
    // (The rate's own name is after its last 的: "…与GDP的比率从14.7%降至13%左右" is a 比率.)
    const name = named[1]!.replace(/^.*的/, "");
    // (A rate of one character is named with its 率: "涉及行业广泛的税率从17%降至13%" is a 税率, which 税收收入 does not ask.)
    const stem = name.length >= 2 ? name.slice(-2) : `${name}率`;
    // (A share rate answers a share asked: "新能源汽车保有量占有率达10.26%" for 新能源车保有量占比.)
    if (a.q.asksShare && SHARE_RATE_STEM.test(stem)) return null;
    // (The question's own rate may leave out a qualifier: 接种率 for "疫苗全程接种覆盖率超过85%".)
    const asked =
      a.q.text.includes(stem) ||
      a.q.terms.some((t) =>
        t.alternatives.some(
          (alt) => alt.includes(stem) || (alt.length > 1 && stem.includes(alt)) || (alt.length > 2 && alt.endsWith("率") && name.includes(alt.slice(0, -1))),
        ),
      );
    return asked ? null : `a rate of another name (${stem.endsWith("率") ? stem : `${stem}率`})`;
  },
};

export const aProgrammesName: Refusal = {
  name: "a programme's name",
  cheap: true,
  // "支持实施千万吨粮食增产计划": an amount in a programme's name is no statistic (a count may count the
  // programmes: score-table.ts weighs it).
  refuses: (a) => (a.fact.figure.unitClass !== "count" && namesProgramme(a.fact, a.sentence) ? "an amount in a programme's name (…千万吨粮食增产计划)" : null),
};

export const aTopListsName: Refusal = {
  name: "a top list's name",
  cheap: true,
  // "17家企业入围省民营企业100强" for 民企500强有几家: 100强 names a list, it counts or measures nothing; and 17家, in
  // a clause naming another list than the one asked, counts the entrants of that list.
  refuses: (a) => {
    if (a.fact.figure.unit === "" && TOP_LIST_NAME.test(a.fact.figure.text)) return `a top list's name (${a.fact.figure.text})`;
    const asked = a.q.terms.find((t) => t.isFigure && TOP_LIST_NAME.test(t.word));
    if (!asked) return null;
    const clause = a.sentence.slice(...a.fact.clause);
    const named = TOP_LIST_NAME.exec(clause)?.[0];
    return named && !clause.includes(asked.word) ? `entrants of another top list (${named})` : null;
  },
};

export const aKindNamedInQuotes: Refusal = {
  name: "a kind named in quotes",
  cheap: false,
  // "全年安排“三保”支出109.6亿元" for 民生支出: a kind of the metric named in quotes right before its
  // head word is that kind only, and answers a question that names it.
  refuses: (a) => {
    const head = headTerm(a.q);
    if (!head) return null;
    for (const m of a.sentence.slice(a.fact.clause[0], a.fact.figure.start).matchAll(QUOTED_KIND)) {
      const after = a.sentence.slice(a.fact.clause[0] + (m.index ?? 0) + m[0].length);
      if (head.alternatives.some((alt) => after.startsWith(alt)) && !a.q.terms.some((t) => found(t, m[1]!))) {
        return `a kind named in quotes (${m[1]}), not asked`;
      }
    }
    return null;
  },
};

export const aNumberInAQuotedName: Refusal = {
  name: "a number in a quoted name",
  cheap: true,
  // "聚焦“千亿斤江淮粮仓”任务": a number inside quotes with more of the name after it is part of a
  // name (a programme's, a slogan's), not a figure the report states.
  refuses: (a) => (insideQuotedName(a.sentence, a.fact.figure) ? "a number in a quoted name" : null),
};

export const oneMarketsTrade: Refusal = {
  name: "one market's trade",
  cheap: true,
  // "对东盟出口总额为173.45亿元", "对共建“一带一路”国家进出口577.9亿元": trade with one market answers a
  // question that names the market, not 出口总额 or 外贸 (对外贸易 is trade itself).
  refuses: (a) => {
    const trade = MARKET_TRADE.exec(a.sentence.slice(a.fact.clause[0], a.fact.figure.start));
    const market = trade ? (trade[1] ?? trade[2]) : undefined;
    if (market === undefined) return null;
    return hanBigrams(market).some((gram) => a.q.text.includes(gram)) ? null : `one market's trade (${market}), and no market was asked`;
  },
};

/** Whether a figure stands inside a quoted name (QUOTED_NAME) with more of the name (a Han character) after it. */
function insideQuotedName(sentence: string, figure: Fact["figure"]): boolean {
  for (const m of sentence.matchAll(QUOTED_NAME)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (figure.start > start && figure.end < end && /\p{Script=Han}/u.test(sentence.slice(figure.end, end - 1))) return true;
  }
  return false;
}

/**
 * Trade with one market: 对 + the market + 进出口/出口/进口 (not 对外, trade itself); or 同 + the market + 贸易 ("我省同“一带
 * 一路”沿线国家贸易额达135亿元", 甘肃 2017).
 */
const MARKET_TRADE = /对(?!外)([^，,；;。\d]{1,16}?)(?:进出口|出口|进口)|同([^，,；;。\d]{1,16}?)贸易/;

/** A name in quotes: “三保”, 「双减」. */
const QUOTED_KIND = /[“「]([^”」]{2,8})[”」]/g;

/** Right after a figure, in its clause (an aside in brackets aside): what it is set as, a standard or a line. */
const SET_AS_STANDARD = /^(?:[（(][^）)]*[）)])?[^，,；;。]{0,4}作为[^，,；;。]{0,12}(?:标准|线)/;
/** A rate's name before 率 that makes it a share: 占有率 (a market's), 占比率. */
const SHARE_RATE_STEM = /^占[有比]$/;
/** A rate as the question types it: 农机化率, 毛入学率. */
const TYPED_RATE = /\p{Script=Han}{2,6}率/u;
/**
 * A rate named right before its figure, up to six characters before 率: "贡献率达66%" → …贡献; or before the change that
 * reached it ("科技对经济增长的贡献率由2000年的39.8%上升为2005年的45.6%").
 */
const RATE_NAMED = /(\p{Script=Han}{2,6})率(?:(?:由|从)[^，,；;。]*?[为到至](?:\d{4}年的?)?|达到|达|为|是|超过)?$/u;

/** A kind named in quotes and its noun, right before a figure: "…支出“三公”经费" (2.8亿元). */
const QUOTED_KIND_BEFORE_FIGURE = /[“"]([^”"]{1,8})[”"](\p{Script=Han}{1,4})\s*$/u;
