/**
 * Refusals of another part than the one asked: of a pair (城乡, 收支), one part for the pair, a numbered item, a whole of
 * parts listed.
 */
import type { QueryTerm } from "../../question/types.ts";
import { found } from "../coverage.ts";
import { extractFigures } from "../../zh/figures.ts";
import { clauseStartBefore, partStartBefore } from "../../zh/text.ts";
import { SCOPE_WORD_PATTERN } from "../../zh/places.ts";
import { toSearchForm } from "../../zh/normalize.ts";
import { PAIRED_COMPOUNDS, partNames } from "../../zh/paired-compounds.ts";
import { synonymsOf } from "../../zh/synonyms.ts";
import type { Refusal } from "./types.ts";

/** A numbered line, phase or unit: 2号线, 三期工程, 1号机组, 3号 (group 1 the number, group 2 what is numbered). */
const NUMBERED_ITEM = /(\d+|[一二三四五六七八九十]+)(号线|期工程|号机组|号)/g;

/** A whole defined by its parts listed: "包括國防費和行政管理費所佔的比重", "包括A、B在内". Group 1: the list. */
const PARTS_LISTED = /包括([^，,。；;]{2,30}?[和及与、][^，,。；;]{2,30}?)(?:在内|所占|所佔|的|等)/;
/** …or by its parts summed right before it: "国务院的部委和直属机构、办事机构共59个" (gwr-1993). Group 1: the list. */
const PARTS_SUMMED = /([^，,。；;：:]{2,40}?[和及与、][^，,。；;：:]{2,40}?)(?:共|合计|总计|一共|总共)(?:有|达|计|为)?$/;
const PART_JOINER = /[和及与、]/;

/** Whether a text names a part of a pair under any of its names (part-aliases.txt: 城镇 as 城市…). */
const namesPart =
  (text: string) =>
  (part: string): boolean =>
    partNames(part).some((name) => text.includes(name));

export const anotherPartOfAPair: Refusal = {
  name: "another part of a pair",
  cheap: true,
  // "城乡低保标准提高到不低于740元/月和485元/月": 485元 is 农村's, and "城市低保标准" asks 城镇's; a part is
  // never read as another part, however the rest of its words match.
  refuses: (a) => {
    const pair = a.fact.listItem?.pairPart;
    if (!pair) return null;
    const text = toSearchForm(a.q.text);
    const names = namesPart(text);
    return !names(pair.part) && pair.others.some(names) ? `another part of ${pair.part}'s pair asked` : null;
  },
};

export const anotherNumberedItem: Refusal = {
  name: "another numbered item",
  cheap: true,
  // "南宁地铁2号线完成投资多少" against "轨道交通1号线完成投资32.58亿元，2号线顺利开工": a line, phase or unit numbered
  // otherwise in the figure's own clause is another one.
  refuses: (a) => {
    const asked = [...a.q.text.matchAll(NUMBERED_ITEM)];
    if (asked.length === 0) return null;
    const own = [...a.sentence.slice(a.fact.clause[0], a.fact.figure.start).matchAll(NUMBERED_ITEM)];
    return own.some((o) => asked.some((q) => q[2] === o[2] && q[1] !== o[1]) && !asked.some((q) => q[0] === o[0]))
      ? "another numbered item (1号线 for 2号线)"
      : null;
  },
};

export const onePartForTheWhole: Refusal = {
  name: "one part for the whole",
  cheap: false,
  // "广东去年进出口增长多少" against "…积极培育外贸新业态，…市场采购出口增长23%": a figure whose own words name one part of the
  // pair asked (出口 of 进出口), and neither the pair nor another name of it, measures that part. (Not a figure a sentence
  // gives one part of a pair it names, "城乡居民收入分别达…": see anotherPartOfAPair.)
  refuses: (a) => {
    if (a.fact.listItem?.pairPart) return null;
    const text = toSearchForm(a.q.text);
    const own = a.coverage!.ownWords;
    for (const [compound, parts] of PAIRED_COMPOUNDS) {
      const wholeNames = [compound, ...synonymsOf(compound)];
      const asked = wholeNames.find((name) => text.includes(name));
      if (asked === undefined || wholeNames.some((name) => own.includes(name))) continue;
      // (A part the question asks on its own is asked: 农业 of "农业占工农业总产值比重".)
      const outside = text.replaceAll(asked, " ");
      if (parts.some(namesPart(outside))) continue;
      const named = parts.filter(namesPart(own));
      if (named.length === 1) return `its own words name ${named[0]}, and ${asked} was asked`;
    }
    return null;
  },
};

export const theWholeForAPart: Refusal = {
  name: "the whole for a part",
  cheap: false,
  // "98年国有单位固定资产投资增长多少" against "…国有单位固定资产投资增长显著加快，全年增长19·5%，全社会固定资产投资增长
  // 14·1%" (gwr-1999): a figure whose own words put the whole (全社会, 全国, 全省) right before the metric asked measures the
  // whole, when the sentence names the part asked right before the same metric elsewhere (国有单位固定资产投资).
  refuses: (a) => {
    const own = a.coverage!.ownWords;
    const sentence = toSearchForm(a.sentence);
    const words = a.q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && !t.isFigure);
    for (const [i, term] of words.entries()) {
      const wholeBefore = term.alternatives.some((alt) => {
        const at = own.indexOf(alt);
        return at > 0 && WHOLE_BEFORE_NOUN.test(own.slice(0, at));
      });
      if (!wholeBefore) continue;
      const partOf = (t: QueryTerm) => t.alternatives.some((p) => term.alternatives.some((alt) => sentence.includes(p + alt)));
      const part = words.slice(0, i).find((t) => !found(t, own) && partOf(t));
      if (part) return `its own words name the whole's ${term.word}, and ${part.word}'s was asked`;
    }
    return null;
  },
};

export const anotherPartInItsOwnWords: Refusal = {
  name: "another part in its own words",
  cheap: false,
  // "省本级一般公共预算收入312.1亿元，支出1388亿元" for 省本级…支出: a figure whose own words name the other
  // part of a pair (收入 of 收支, 进口 of 进出口) and not the part asked measures that other part, however
  // much of the rest of the question the sentence shares.
  refuses: (a) => {
    const text = toSearchForm(a.q.text);
    // A part named only inside a compound is not asked: 农业 of 工农业 (the question's compound is skipped below).
    const outsideCompounds = PAIRED_COMPOUNDS.reduce((t, [compound]) => t.replaceAll(compound, " "), text);
    for (const [compound, parts] of PAIRED_COMPOUNDS) {
      if (text.includes(compound)) continue;
      const names = namesPart;
      const asked = parts.filter(names(outsideCompounds));
      if (asked.length !== 1) continue;
      const own = a.coverage!.ownWords.replaceAll(compound, "");
      const other = parts.find((part) => part !== asked[0] && names(own)(part));
      if (other && !names(own)(asked[0]!)) return `its own words name ${other}, and ${asked[0]} was asked`;
      if (a.fact.listItem?.pairPart || names(own)(asked[0]!)) continue;
      // "外贸进出口总额由…增加到2002年的6208亿美元" for 外贸出口: the compound names both parts, not the one asked; so
      // does the subject it inherits ("在工业农业总产值方面：一九五三年比一九五二年增长百分之十四点四" for 工业总产值).
      if (a.coverage!.subjectWords.includes(compound)) return `its own words name ${compound}, and ${asked[0]} was asked`;
      const whole = wholeNamed(a.coverage!.ownWords, compound, text, partNames(asked[0]!));
      if (whole) return `its own words name the whole (${whole}), and ${asked[0]} was asked`;
    }
    return null;
  },
};

export const aWholeOfPartsListed: Refusal = {
  name: "a whole of parts listed",
  cheap: false,
  // "國家機構經費，包括國防費和行政管理費所佔的比重…百分之三十點七" for 国防费: a whole its own words define by
  // listing its parts measures them together, not the one part asked (the report goes on "其中國防費…"); so does a sum
  // of them ("国务院的部委和直属机构、办事机构共59个" for 直属和办事机构).
  refuses: (a) => {
    // In its clause or the clauses leading to it with no other figure between: "…，包括A和B所佔的比重，已從…降低到X".
    const ownStart = clauseStartBefore(a.sentence, a.fact.figure.start);
    const lead = a.sentence.slice(partStartBefore(a.sentence, a.fact.figure.start), ownStart);
    const before = toSearchForm(lead + a.sentence.slice(ownStart, a.fact.figure.start));
    // (A sum asked, 一共多少, is the sum's.)
    const summed = a.q.asksTotal ? null : PARTS_SUMMED.exec(before);
    const m = PARTS_LISTED.exec(before) ?? summed;
    const listed = m?.[1];
    if (!m || !listed || (m.index < lead.length && extractFigures(lead.slice(m.index)).length > 0)) return null;
    // A sum's parts follow their owner's last 的, which owns them all and is no part itself (国务院的部委和直属机构、办事机构:
    // 部委, 直属机构, 办事机构; 国营企业和国家机关所支付的劳动保险基金、医药费…: 劳动保险基金, 医药费…).
    const parts = (m === summed ? listed.slice(listed.lastIndexOf("的") + 1) : listed).split(PART_JOINER).filter(Boolean);
    const asked = (part: string) => a.q.terms.some((t) => !t.isPlace && !t.isShape && found(t, part));
    const some = parts.filter(asked);
    // (Of a sum, only when the question names several parts itself: "保障性住房、棚户区改造住房共1000万套" is what 保障房 means.)
    const fewest = m === summed ? 2 : 1;
    return parts.length > 1 && some.length >= fewest && some.length < parts.length ? `a whole of ${listed}, and ${some.join("、")} alone was asked` : null;
  },
};

/** A whole a part of a paired compound belongs to: the compound itself (城乡), or a scope (全国, 全省). */
const WHOLE_BEFORE_NOUN = new RegExp(`(?:${SCOPE_WORD_PATTERN}|全体|全社会)$`);

/**
 * The whole the figure's own words name where the question names one part of it: "全国居民人均可支配收入
 * 实际增长8%" for 城镇居民人均可支配收入 (the noun after the part asked, 居民, after a scope or the compound).
 */
function wholeNamed(own: string, compound: string, question: string, partNamesAsked: readonly string[]): string | null {
  for (const name of partNamesAsked) {
    const at = question.indexOf(name);
    const noun = at < 0 ? "" : /^\p{Script=Han}{2}/u.exec(question.slice(at + name.length))?.[0];
    if (!noun) continue;
    for (let i = own.indexOf(noun); i >= 0; i = own.indexOf(noun, i + 1)) {
      const before = own.slice(0, i);
      if (before.endsWith(compound) || WHOLE_BEFORE_NOUN.test(before)) return own.slice(Math.max(0, i - 3), i + noun.length).replace(/^\P{Script=Han}+/u, "");
    }
  }
  return null;
}
