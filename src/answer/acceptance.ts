/**
 * Whether a fact may answer a question: the one place that decides. A fact is accepted when no
 * refusal below applies; the first that applies is its reason (shown by `npm run explain`).
 * Refusals marked `cheap` need no coverage: they are tried first, and a fact they refuse is not
 * read further. The pre-filters (prefilter.ts) only skip what these would refuse.
 */
import type { Question, QueryTerm } from "../question/types.ts";
import { baseUnit, canonicalUnit, magnitude, scaledValue, SUM_CLASSES, UNIT_CLASS, type UnitClass } from "../zh/units.ts";
import {
  abbreviates,
  countsAnotherNoun,
  countsHead,
  found,
  isChangeTerm,
  headTerm,
  metricHeadOf,
  headOnlyInScope,
  isCountClass,
  coversEnough,
  namedIn,
  sharePartInBase,
  namedByUnit,
  namedOrAbbreviated,
  PER_TIME_WORDS,
  type Coverage,
} from "./coverage.ts";
import {
  incrementNamed,
  isRateOfChange,
  multipleAsked,
  marksYears,
  namesPlanPeriod,
  PLAN_SHARE_LEAD,
  planPeriodOpening,
  RATIO_COLON,
  type Fact,
} from "./facts.ts";
import {
  ASKS_THRESHOLD,
  boundBeforeFigure,
  HOW_IT_GOES,
  namesProgramme,
  PASSED_RUN_BEFORE,
  PER_UNIT,
  PER_UNIT_OF_OUTPUT,
  THRESHOLD_PASSED,
  THRESHOLD_RUN_AFTER,
  MARK_AFTER,
  MARK_RUN_AFTER,
  MARK_RUN_BEFORE,
} from "./score-table.ts";
import {
  otherMetricNamed,
  otherMoneyHeadNamed,
  otherItemNamed,
  otherPeopleNamed,
  otherSectorNamed,
  sectorOfWholeAsked,
  subgroupNamed,
  unaskedPart,
} from "./unasked-label.ts";
import { extractFigures, isRankingPlace, ORDINAL_NUMBERS } from "../zh/figures.ts";
import { TABLE_CELL_SEPARATOR } from "../ingest/types.ts";
import {
  clauseEndFrom,
  clausesOf,
  clauseStartBefore,
  hanBigrams,
  namesCountingMethod,
  MONTH_BEFORE_DECEMBER,
  PART_OF_YEAR,
  partStartBefore,
  withoutAnyAsides,
} from "../zh/text.ts";
import { undatedYears, type YearRules } from "./year-rules.ts";
import { budgetLevelOf, budgetLevelsNamed, lastBudgetLevel } from "./budget-level.ts";
import { SCOPE_WORD_PATTERN, type Place } from "../zh/places.ts";
import {
  AT_YEAR_END_ASKED,
  LONGEST_PRINTED_SPAN,
  openingSpan,
  spanNamed,
  USUAL_SPAN_YEARS,
  PLAN_HORIZON,
  YEAR_NUMBER,
  yearCount,
  yearsNamed,
} from "../zh/years.ts";
import { alternation, anyOf, namesPeople, ONE_CHARACTER_COUNTED, wordClass } from "../zh/word-classes.ts";
import { PLAN_NAME } from "../zh/plan-periods.ts";
import {
  nearestBaseYear,
  BUILT_ASKED,
  CHANGE_NOT_TO_LEVEL,
  CHANGE_TO_LEVEL,
  directionAsked,
  directionBefore,
  INCREMENT,
  LEVEL_REACHED_BEFORE,
  REACHED_VERB,
} from "../zh/change-grammar.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { PAIRED_COMPOUNDS, partNames } from "../zh/paired-compounds.ts";
import { HOW_MANY_WORD } from "../zh/asking.ts";

/** A figure's clause measuring it against its target: 低于目标, 高于预期目标, 超出年初目标. */
const GAP_TO_TARGET = /(?:高于|低于|快于|慢于|超出|超过|差)(?:年初)?(?:预期)?目标/;
/**
 * A figure's clause measuring it against a benchmark: 超出全省平均增速, 高于全国, 比全市平均快; or against another
 * rate ("一般公共预算收入增幅低于支出增速10.2个百分点", 清远 2018).
 */
const GAP_TO_BENCHMARK =
  /(?:高于|低于|快于|慢于|超出|超过|高出|领先|落后)(?:全国|全省|全市|全区|全州|全县|同期|[^，,；;。]{0,6}平均|[^，,；;。]{0,8}(?:增速|增幅|涨幅|降幅|速度))|比(?:全国|全省|全市|全区|全州|[^，,；;。]{0,6}平均)[^，,；;。]{0,8}[高低快慢多少]/;
/** A question comparing with a benchmark: 比全省高多少, 高于全国几个百分点, 差距. */
const COMPARISON_ASKED = /比|高于|低于|快于|慢于|超出|高出|领先|落后|差距/;
/** After a figure, the things it is the size of and their count: "以上的水电站十五个", "的核电站一个". */
const SIZE_OF_THINGS_COUNTED = /^(?:以上|以下)?的\p{Script=Han}{1,8}?[一两二三四五六七八九十百\d]+(?:个|座|台|套|处|家|所|项)(?![\p{Script=Han}])/u;

/** A figure ending in 以上 or 以下: it may be the bound of a class (SIZE_CLASS_OF_NEXT). */
const CLASS_BOUND = /(?:以上|以下)$/;
/**
 * After such a figure, a noun with a figure of its own in the clause: the figure is the class of what follows
 * ("500万元以上固定资产投资增长8%", "5亿元以上项目60个"), not an amount of it.
 */
const SIZE_CLASS_OF_NEXT = /^\p{Script=Han}{2,12}[^，,；;。、\d]{0,4}\d/u;

/** A part of a city or a county (word-classes.txt [sub-area-words]). */
const SUB_AREA = new RegExp(alternation("sub-area-words"));
/** The whole of a place typed: 全市, 全省, 全县, 全区, 全州, 全盟. */
const WHOLE_PLACE_TYPED = /全[市省县区州盟]/;

/** A numbered line, phase or unit: 2号线, 三期工程, 1号机组, 3号 (group 1 the number, group 2 what is numbered). */
const NUMBERED_ITEM = /(\d+|[一二三四五六七八九十]+)(号线|期工程|号机组|号)/g;

/** Right before a word, its denial: "没有脱贫", "尚未实现". */
const DENIAL_BEFORE = /(?:没有|没能|没|尚未|还未|仍未|未能|未)$/;
/** Whether a text holds a word right after a denial. */
function deniedIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (DENIAL_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return true;
  return false;
}

/** Right before a figure, a mark not reached: 尚未迈过, 未突破, 没有达到. */
const NOT_REACHED = /(?:尚未|还未|仍未|未能|未|没有|没)(?:能)?(?:迈过|跨过|跨上|迈上|站上|突破|超过|达到|实现)\s*$/;
/** How far before a figure NOT_REACHED looks: its longest match. */
const NOT_REACHED_REACH = 8;

/** A higher target than the one stated (力争, 争取). */
const STRETCH_TARGET_WORD = new RegExp(anyOf("stretch-target-words"));
/** …right after a figure, with its own figure: "8%、力争10%以上". */
const STRETCH_TARGET_NEXT = new RegExp(`^[、，,]?(?:${anyOf("stretch-target-words")})[^，,；;。、\\d]{0,6}\\d`);

/** What the refusals know of a fact's report. */
export interface ReportContext {
  rules: YearRules;
  /** Its place (null when it could not be told). */
  place: Place | null;
  /** For a report without a known place: whether it names the place often (corpus.ts isAbout). */
  isAbout: (place: string) => boolean;
}

/** A figure counted per unit of output or output per person (PER_UNIT_OF_OUTPUT), asked so: 单位GDP能耗, 万元GDP, 人均GDP. */
const PER_UNIT_OF_OUTPUT_ASKED = new RegExp(`单位|万元|亿元|人均|每人|平均每|${alternation("intensity-words")}`);
/** A total or an average over years asked: 累计, 共计, 年均, 平均每年. */
const SPAN_TOTAL_ASKED = new RegExp(anyOf("span-total-words"));

/** A table column's header of how much of the plan was done: "占预算%", "完成调整预算%", "为预算%". */
const PLAN_SHARE_HEADER = new RegExp(`(?:为|完成|占)(?:${alternation("plan-words")})数?(?:的|%|（%）)`);

/** What the refusals look at. */
export interface Assessment {
  q: Question;
  fact: Fact;
  /** The search-form sentence (same offsets as printed), what is deducted blanked. */
  sentence: string;
  /** The same, nothing blanked. */
  printedSentence: string;
  /** The year the fact is about: its own, or the one its report implies (see rank.ts). */
  year: number | null;
  /** The report: what its genre says of undated figures, and its place. */
  report: ReportContext;
  /** Worked out only for facts the cheap refusals let through. */
  coverage: Coverage | null;
}

export interface Refusal {
  name: string;
  /** Needs no coverage. */
  cheap: boolean;
  /** The reason when it refuses the fact, or null. */
  refuses: (a: Assessment) => string | null;
}

/** Words any row of a budget or statistics table may carry beside what it names: its totals' too. */
const ROW_GENERIC_WORDS = new RegExp(anyOf(["total-words", "row-generic-words"]), "g");
/** What a row's label may say beyond the question, in characters, and still be the asked item. */
const NARROWER_ROW_CHARS = 2;

/** A whole defined by its parts listed: "包括國防費和行政管理費所佔的比重", "包括A、B在内". Group 1: the list. */
const PARTS_LISTED = /包括([^，,。；;]{2,30}?[和及与、][^，,。；;]{2,30}?)(?:在内|所占|所佔|的|等)/;
const PART_JOINER = /[和及与、]/;

/** A budget's grand total, its own revenue or spending with the transfers, debt and balances added: 收入总计, 支出合计. */
const GRAND_TOTAL = /(?:收入|支出|收支)(?:总计|合计)/;

/** A figure per unit of land: 每亩, 每公顷, 亩均, 亩产, 单产 (word-classes.txt [per-land-words]). */
const PER_LAND = new RegExp(anyOf("per-land-words"));
/** An output asked by its name: 棉花产量, 粮食年产量. */
const OUTPUT_ASKED = /产量$/;

/** Whether the metric's head word names an output (…产量). */
function asksOutput(q: Question): boolean {
  return OUTPUT_ASKED.test(headTerm(q)?.word ?? "");
}

/** The comparison base year printed nearest before the figure: the one its change is against. */
function baseYearPrinted(a: Assessment): number | null {
  return nearestBaseYear(a.sentence.slice(0, a.fact.figure.start));
}
/** What could be produced: 产能, 生产能力, 年产能力, 能够出产. */
const CAPACITY = /产能|能力|能够/;
/** Units that count kinds (十种, 三类), never an amount produced. */
const KINDS_COUNTED = /^[种类]$/;
/** A list item's words before its figure that name only a thing, no verb: "棉花" of "棉花十多斤". */
const PRODUCT_ALONE = /^\s*\p{Script=Han}{1,4}\s*$/u;

/** Two characters before a head that are a verb or an adverb, no qualifier of it: 实现, 达到 (word-classes.txt). */
const VERB_QUALIFIER = new RegExp(`^(?:${alternation("non-subject-words")})$`);

const RATE_CLASSES: ReadonlySet<UnitClass> = new Set(["percent", "points"]);

export const REFUSALS: readonly Refusal[] = [
  {
    name: "place",
    cheap: true,
    // A figure of one place never answers for another (合肥's 婴儿死亡率 is not 全国's).
    refuses: (a) => (placeFits(a) ? null : "another place"),
  },
  {
    name: "budget level",
    cheap: true,
    // "驻马店市级一般公共预算收入" against "汇总全市…实际完成139.3亿元": a government's own budget (市级,
    // 本级) is not the whole area's (全市, counties included), nor a zone's (高新区), nor the reverse.
    // The nearest such word before the figure in its sentence, else in its paragraph or its section's heading, says which
    // it is (Fact.budgetLevel).
    refuses: (a) => {
      const asked = budgetLevelsNamed(a.q.text);
      // A zone's figure, said so in its own sentence ("园区经济快速增长，…进出口总额140亿元", 丹东 2025; "县域生产总值
      // 增长6.4%", 汉中 2023), is never the place's, whatever its unit.
      if (asked.size === 0 && ofZone(a.sentence, a.fact, a.report.place)) return "a zone's figure (园区, 开发区, 县域), and the place was asked";
      const stated = budgetLevelOf(a.fact);
      if (stated === null) return null;
      return asked.size === 1 && !asked.has(stated) ? "another budget level (the whole area's, its government's own or a zone's)" : null;
    },
  },
  {
    name: "number of a table read as text",
    cheap: true,
    // "2024年完成数2025年完成数同比增长（%）税收收入107,428 93,400 -13.06增值税…契税14,459 10,335": a
    // table whose columns ran together into text (a PDF's). Which row and which column (year) a bare
    // number is in cannot be told, nor a rate of change (个人所得税3,506 3,395 -3.2%资源税…). A figure
    // printed with its unit ("全年棉花产量65.39万吨" run on from the table before) says what it is. A row
    // that opens with its code ("20107税收事务86,225": tax administration's spending) is a table's too.
    refuses: (a) =>
      (a.fact.figure.unit === "" || a.fact.figure.unit === "%") &&
      !a.sentence.includes(TABLE_CELL_SEPARATOR) &&
      (bareNumbers(a.sentence) >= FLATTENED_TABLE_NUMBERS ||
        (a.fact.figure.unit === "" && CODED_ROW.test(a.sentence)) ||
        // A line opening with a row's numbers, its label after them ("80 80 00.00%2.公务接待费"): another row's.
        (a.fact.figure.unit === "" && NUMBERS_ONLY.test(a.sentence.slice(0, a.fact.figure.end)) && bareNumbers(a.sentence) >= 2))
        ? "a number of a table read as text"
        : null,
  },
  {
    name: "table of contents",
    cheap: true,
    // "1-1 2026年迪庆州一般公共预算收入情况表..............................11-2 2026年…": a contents line's
    // numbers are its entries' and pages, no figure of the report.
    refuses: (a) => (CONTENTS_LEADER.test(a.sentence) ? "a line of a table of contents" : null),
  },
  {
    name: "narrower table row",
    cheap: true,
    // "广州市本级教育支出" against the row "其他职业教育支出 | 251": a table's row names one item exactly,
    // so a row whose label says more than the question ("其他职业", "对应专项债务" of "国有土地使用权出让收入
    // 对应专项债务" for 土地出让收入; "一般公共服务" for 一般公共预算支出) is another item. Words every row may
    // carry (收入, 支出, 合计, 其中) say nothing more.
    refuses: (a) => {
      const label = a.fact.rowLabel;
      if (label === undefined) return null;
      let rest = label;
      for (const term of a.q.terms) {
        for (const alt of [...term.alternatives].sort((x, y) => y.length - x.length)) rest = rest.replaceAll(alt, " ");
      }
      rest = rest.replace(ROW_GENERIC_WORDS, " ").replace(/[^\p{Script=Han}]+/gu, "");
      return [...rest].length >= NARROWER_ROW_CHARS ? `a row of another item (${rest})` : null;
    },
  },
  {
    name: "share of another base for the plan's",
    cheap: true,
    // "朝阳一般公共预算支出完成预算百分之几" against "全市民生支出232.6亿元，占一般公共预算支出77.2%": how much of
    // the plan was done is a share of the plan ("为预算（指调整后预算数，下同）的90.2%"), not of the asked metric.
    refuses: (a) =>
      a.q.asksShareOfPlan &&
      a.fact.figure.unitClass === "percent" &&
      !PLAN_SHARE_LEAD.test(withoutAnyAsides(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)))
        ? "a share of something else, and the share of the plan was asked"
        : null,
  },
  {
    name: "share of the plan for another base's",
    cheap: true,
    // "吴忠去年税收占一般预算收入的比重" against "税收收入33.3亿元，为预算的102.5%": how much of its plan an item
    // came to is no share of another whole.
    // So is a table's cell under a header of the plan's share ("2025年执行数 占预算%": 济南's 税收收入 114.71).
    refuses: (a) =>
      a.q.asksShare &&
      !a.q.asksShareOfPlan &&
      a.fact.figure.unitClass === "percent" &&
      (PLAN_SHARE_LEAD.test(withoutAnyAsides(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))) ||
        (a.fact.rowLabel !== undefined && PLAN_SHARE_HEADER.test(a.fact.listItem?.part ?? "")))
        ? "a share of the plan, and a share of another whole was asked"
        : null,
  },
  {
    name: "part of a ratio",
    cheap: true,
    // "三次产业结构由2024年的9.9∶40.6∶49.5调整为…": a number joined to another by a ratio's colon is a part of
    // that ratio, no figure of its own (but a sector's share, read so by facts.ts readSectorShares).
    refuses: (a) => {
      if (a.fact.listItem?.label !== undefined && a.fact.role === "share") return null;
      const { start, end } = a.fact.figure;
      return RATIO_BEFORE.test(a.sentence.slice(0, start)) || RATIO_AFTER.test(a.sentence.slice(end)) ? "a part of a ratio" : null;
    },
  },
  {
    name: "count of those the next figure is for",
    cheap: true,
    // "为746户市场主体留抵退税6.3亿元": 746户 counts the firms the refund went to; the 留抵退税 asked is the figure
    // its words lead to. (A count whose own noun is the asked word, "1000万贫困人口…", is that count.)
    refuses: (a) => {
      if (!isCountClass(a.fact.figure.unitClass) || a.q.counted !== null || a.q.countedIn !== null) return null;
      const head = headTerm(a.q);
      const lead = WORDS_TO_NEXT_FIGURE.exec(a.sentence.slice(a.fact.figure.end))?.[1];
      if (!head || !lead || !found(head, lead)) return null;
      return head.alternatives.some((alt) => lead.startsWith(alt)) ? null : "a count of those the figure after it is for";
    },
  },
  {
    name: "count in the asked word's modifier",
    cheap: true,
    // "一九八五年二十九个省、市、自治区的总人口，必须控制在十亿六千万左右": 二十九个 counts the provinces whose
    // population is asked, in the words before 的 that modify it; it is not the population.
    // A question that counts something itself ("多少个城市的试点", "几种传染病") asks such a count.
    refuses: (a) => {
      if (!isCountClass(a.fact.figure.unitClass) || a.q.counted !== null || a.q.countedIn !== null) return null;
      const head = headTerm(a.q);
      const modifier = MODIFIER_AFTER.exec(a.sentence.slice(a.fact.figure.end));
      if (!head || !modifier || a.q.terms.some((t) => found(t, modifier[1]!))) return null;
      return found(head, a.sentence.slice(a.fact.figure.end + modifier[0].length).slice(0, HEAD_AFTER_MODIFIER_CHARS))
        ? "a count inside what modifies the asked word"
        : null;
    },
  },
  {
    name: "unit",
    cheap: true,
    refuses: (a) =>
      unitFits(a.q.wantedClasses, a.fact.figure) || unitPrintedBefore(a) || yuanLeftOut(a) || bareRateOfRateAsked(a) ? null : "unit does not fit",
  },
  {
    name: "measure word",
    cheap: true,
    // "开行多少列" is counted in 列: "覆盖20个国家" counts something else (a bare 万 may count anything).
    refuses: (a) => {
      const base = baseUnit(a.fact.figure.unit);
      return a.q.countedIn && base && !sameCount(base, a.q.countedIn) && a.fact.figure.unitClass === "count"
        ? `counted in ${base}, and ${a.q.countedIn} was asked`
        : null;
    },
  },
  {
    name: "households for people",
    cheap: true,
    // "脱贫多少人" asks people: "实现脱贫退出495户963人" counts households first, and 户 (家, 所…) counts no
    // person. A bare number or 个 may count people ("5575万农村贫困人口", "3个人"). The asked unit's own
    // class comes first (understand.ts askedClasses): "多少个" admits people too, but asks a count.
    refuses: (a) => {
      const base = baseUnit(a.fact.figure.unit);
      if (a.q.wantedClasses[0] !== "people" || a.fact.figure.unitClass !== "count" || !base) return null;
      if (base !== "个") return `counted in ${base}, and people were asked`;
      // …but 个 counting a noun that names no person ("14个贫困县成功脱贫摘帽") counts that noun.
      const noun = /^\p{Script=Han}{1,5}/u.exec(a.sentence.slice(a.fact.figure.end))?.[0] ?? "";
      const prefixes = [...noun].map((_, i) => noun.slice(0, i + 1));
      return noun !== "" && !prefixes.some(namesPeople) ? `counts ${noun}, and people were asked` : null;
    },
  },
  {
    name: "old level for the latest",
    cheap: true,
    // "起征点从3万元提高到15万元": with no year asked, the level it was raised from is not the
    // figure now (a year asked may be the old level's own: "从2012年的…").
    refuses: (a) => (a.fact.role === "before" && a.q.dataYear === null && !a.q.period && !a.q.asksOldLevel ? "an old level, and the latest was asked" : null),
  },
  {
    name: "budget's grand total not asked",
    cheap: true,
    // "收入总计和支出总计实际完成均为87.9亿元": a budget's grand total adds the transfers, debt and balances to its
    // own revenue; it answers 一般公共预算收入 no more than a part does the whole.
    refuses: (a) =>
      !a.q.asksTotal && GRAND_TOTAL.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) ? "a budget's grand total, and none was asked" : null,
  },
  {
    name: "another part of a pair",
    cheap: true,
    // "城乡低保标准提高到不低于740元/月和485元/月": 485元 is 农村's, and "城市低保标准" asks 城镇's; a part is
    // never read as another part, however the rest of its words match.
    refuses: (a) => {
      const pair = a.fact.listItem?.pairPart;
      if (!pair) return null;
      const text = toSearchForm(a.q.text);
      const names = (part: string) => partNames(part).some((name) => text.includes(name));
      return !names(pair.part) && pair.others.some(names) ? `another part of ${pair.part}'s pair asked` : null;
    },
  },
  {
    name: "threshold not reached",
    cheap: true,
    // "全市地区生产总值尚未迈过千亿元大关": a mark the amount has not reached says nothing of the amount.
    refuses: (a) =>
      NOT_REACHED.test(a.sentence.slice(Math.max(0, a.fact.figure.start - NOT_REACHED_REACH), a.fact.figure.start)) ? "a threshold not reached" : null,
  },
  {
    name: "size of things counted",
    cheap: true,
    // "新建和续建装机容量四十万千瓦以上的水电站十五个，…三十万千瓦的核电站一个" (gwr-1982): the size each of so many
    // plants is built to says nothing of how much they, or all, come to.
    refuses: (a) =>
      a.fact.figure.unitClass !== "count" && SIZE_OF_THINGS_COUNTED.test(a.sentence.slice(a.fact.figure.end))
        ? "the size of each of things counted after it"
        : null,
  },
  {
    name: "class of what follows",
    cheap: true,
    // "社会消费品零售总额增长5%;500万元以上固定资产投资增长8%" (遵义 2020) for 社零总额: 500万元以上 sorts the
    // investment counted, it is no amount of anything.
    refuses: (a) =>
      CLASS_BOUND.test(a.fact.figure.text) && SIZE_CLASS_OF_NEXT.test(a.sentence.slice(a.fact.figure.end))
        ? "the size class of what follows it, which has its own figure"
        : null,
  },
  {
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
  },
  {
    name: "asked word denied",
    cheap: true,
    // "全省还有近500万群众没有脱贫" for 减贫目标: a count of those the clause says did not do what is asked is not
    // of it. Asked with the denial itself ("未脱贫人口"), it is.
    refuses: (a) => {
      const clause = toSearchForm(a.sentence.slice(a.fact.clause[0], a.fact.clause[1]));
      const text = toSearchForm(a.q.text);
      return a.q.terms.some((t) => !t.isPlace && t.alternatives.some((w) => deniedIn(clause, w) && !deniedIn(text, w)))
        ? "the clause denies the word asked"
        : null;
    },
  },
  {
    name: "gap to a target",
    cheap: true,
    // "城乡居民人均可支配收入增速分别低于目标2.4个、0.4个百分点": how far a figure fell short of its target
    // is neither the figure nor the target, unless the question asks it (比目标高多少).
    refuses: (a) =>
      !/目标|预期/.test(a.q.text) && GAP_TO_TARGET.test(a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start))
        ? "a gap to a target"
        : null,
  },
  {
    name: "gap to a benchmark",
    cheap: true,
    // "固定资产投资增长20.1%，超出全省平均增速24个百分点": how far a rate is above another place's or an
    // average is not the rate, unless the question compares (比全省高多少, 高于全国几个百分点).
    refuses: (a) =>
      a.fact.figure.unitClass === "points" &&
      !COMPARISON_ASKED.test(a.q.text) &&
      GAP_TO_BENCHMARK.test(a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start))
        ? "a gap to another place or an average"
        : null,
  },
  {
    name: "threshold passed for a change",
    cheap: true,
    // "武汉2023年地区生产总值增长多少": "地区生产总值突破2万亿元" is a threshold the amount passed, not the
    // growth (an amount reached may be: "新增…达到120个").
    // (Not an increment the question asks in the figure's own words: "十三五期间一共新增了多少就业岗位" against
    // "城镇新增就业超过6000万人".)
    refuses: (a) =>
      a.q.asksChange &&
      a.fact.role === "level" &&
      THRESHOLD_PASSED.test(a.fact.figure.qualifier) &&
      a.fact.figure.unitClass !== "percent" &&
      a.fact.figure.unitClass !== "points" &&
      !incrementAskedInOwnWords(a)
        ? "a threshold passed, and a change was asked"
        : null,
  },
  {
    name: "level reached for a change",
    cheap: true,
    // "公卫经费人均财政补助提了几块钱": "补助标准从50元提高到84元" says where it went, not by how much; the
    // difference is no figure the report prints. A question asking the level (提高到多少) or how it went (提高的怎么样)
    // asks no change; nor does one of a rate, whose change is the rate reached ("物价…实际回落到6.1%").
    refuses: (a) =>
      a.q.asksChange &&
      a.fact.role === "level" &&
      !RATE_CLASSES.has(a.fact.figure.unitClass) &&
      !CHANGE_TO_LEVEL.test(a.q.text) &&
      !HOW_IT_GOES.test(a.q.text) &&
      LEVEL_REACHED_BEFORE.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
        ? "a level a change reached, and the change was asked"
        : null,
  },
  {
    name: "level for a change against a base",
    cheap: true,
    // "一般公共预算支出比上年多多少": the 29.7万亿元 reached is not how much more it is (比上年增加1.2万亿元),
    // nor is a rate of its own (赤字率拟按3%安排); a rate right after its verb is the change (增长6.6%).
    refuses: (a) =>
      a.q.changeAgainstBase && a.fact.role !== "change" && a.fact.figure.unitClass !== "points" && !isRateOfChange(a.sentence, a.fact)
        ? "a level, and a change against a base was asked"
        : null,
  },
  {
    name: "amount added for a change against a base",
    cheap: true,
    // "去年专项债比前年多了多少": "一次性增加6万亿元…限额" is an amount added, not the difference from
    // the year before ("比上年增加1000亿元"); a rate of growth needs no base (增长10.7% is on the year before).
    refuses: (a) =>
      a.q.changeAgainstBase &&
      a.fact.role === "change" &&
      a.fact.figure.unitClass !== "percent" &&
      a.fact.figure.unitClass !== "points" &&
      !BASE_NAMED.test(a.sentence.slice(0, a.fact.figure.start)) &&
      !LEVEL_THEN_CHANGE.test(a.sentence.slice(0, a.fact.figure.start)) &&
      !YEAR_THEN_CHANGE.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
        ? "an amount added, and the difference from a year was asked"
        : null,
  },
  {
    name: "opposite direction",
    cheap: true,
    // "国资经营预算收入降了多少" against "…同口径增长4.6%": a rise never answers how much it fell. (The
    // reverse may: 增长 is how any change is asked, "规上工业增加值增长多少" of "下降0.9%".)
    refuses: (a) => {
      if (!a.q.asksChange || directionAsked(a.q.text) !== "fall") return null;
      const stated = directionBefore(a.sentence.slice(a.fact.clause[0], a.fact.figure.start), a.fact.figure.value < 0);
      return stated === "rise" ? "a rise, and a fall was asked" : null;
    },
  },
  {
    name: "old level for the level reached",
    cheap: true,
    // "城乡居民基础养老金提到多少了" against "统一由55元提高到70元": 55元 is where it started.
    // (Unless the old level is what is asked: "个税起征点从多少提到3500".)
    refuses: (a) => (a.fact.role === "before" && !a.q.asksOldLevel && CHANGE_TO_LEVEL.test(a.q.text) ? "an old level, and the level reached was asked" : null),
  },
  {
    name: "target for an actual",
    cheap: true,
    refuses: (a) => (a.q.wantedKind === "actual" && a.fact.kind === "target" ? "a target, and an actual was asked" : null),
  },
  {
    name: "change for a level",
    cheap: true,
    // A percentage after a change verb may still be the level asked (a rate): ranked, not refused.
    refuses: (a) =>
      a.fact.role === "change" &&
      !a.q.asksChange &&
      a.fact.figure.unitClass !== "percent" &&
      !incrementNamed(a.q, a.sentence, a.fact) &&
      !multipleAsked(a.q, a.fact)
        ? "a change, and a level was asked"
        : null,
  },
  {
    name: "base target for the stretch one",
    cheap: true,
    // "临沂24年社零力争增长多少" against "社会消费品零售总额增长8%、力争10%以上": 8% is the target,
    // the one striven for (力争) comes right after it.
    refuses: (a) =>
      STRETCH_TARGET_WORD.test(a.q.text) &&
      !STRETCH_TARGET_WORD.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) &&
      STRETCH_TARGET_NEXT.test(a.sentence.slice(a.fact.figure.end))
        ? "the base target, and the one striven for was asked"
        : null,
  },
  {
    name: "change for a share",
    cheap: true,
    // "税收收入占一般公共预算收入比重" is no "税收收入41.00亿元，增长2.4%": a share asked is never how much
    // something grew (占比提高了多少 asks a change, and is not refused); nor a rate right after its verb
    // ("规模以上食品工业增加值增长8.3%，占规模以上工业的41.0%" for 食品工业占规上比重).
    refuses: (a) =>
      (a.fact.role === "change" || (a.fact.role === "level" && isRateOfChange(a.sentence, a.fact))) && a.q.asksShare && !a.q.asksChange
        ? "a change, and a share was asked"
        : null,
  },
  {
    name: "share for a change",
    cheap: true,
    // …nor the other way: "高技术产业增加值增长32.8%，占规模以上工业的18.6%" answers no 规上工业增加值增长多少.
    refuses: (a) => (a.fact.role === "share" && a.q.asksChange && !a.q.asksShare ? "a share, and a change was asked" : null),
  },
  {
    name: "year",
    cheap: true,
    refuses: (a) => ((a.q.dataYear !== null || a.q.period) && !yearFits(a.q, a.year, a.fact, a.report.rules) ? "year does not fit" : null),
  },
  {
    name: "change against the year asked",
    cheap: true,
    // "计划草案拟定，工业总产值比一九六四年增长百分之十一左右" (the 1964 report's plan for 1965): a change
    // against a year is of a later one, and answers no question about the base year.
    refuses: (a) => {
      if (a.q.dataYear === null || a.fact.role !== "change") return null;
      const base = AGAINST_YEAR.exec(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))?.[1];
      return base !== undefined && yearsNamed(`${base}年`, null)[0] === a.q.dataYear ? "a change against the year asked" : null;
    },
  },
  {
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
  },
  {
    name: "a standard set by the figure",
    cheap: true,
    // "将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准": the figure is the standard set (a line drawn
    // on the metric), not the metric's level, unless the question asks a standard or a line.
    refuses: (a) =>
      SET_AS_STANDARD.test(a.sentence.slice(a.fact.figure.end)) && !/标准|线/.test(a.q.text)
        ? "a standard set at the figure (作为…标准), not the metric's level"
        : null,
  },
  {
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
  },
  {
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
  },
  {
    name: "a threshold passed, unprinted",
    cheap: true,
    // "GDP一跃跨过5000亿元大关": the figure printed alone (5000亿元) would say the level is 5000亿元; what is
    // said is that it is above; so of each of a run ("…相继跨过1000亿元、3000亿元、400亿元和100亿元大关"). A bound
    // asked (超过多少) is answered.
    // Nor is a mark of a run of marks, printed with its qualifier or not ("连续跨上100亿和200亿大台阶，由80亿元提高到264亿元",
    // "先后突破1000亿和2000亿大关").
    refuses: (a) => {
      if (ASKS_THRESHOLD.test(a.q.text)) return null;
      const [before, after] = [a.sentence.slice(0, a.fact.figure.start), a.sentence.slice(a.fact.figure.end)];
      const passed = !a.fact.figure.qualifier && PASSED_RUN_BEFORE.test(before) && THRESHOLD_RUN_AFTER.test(after);
      const markOfRun = (MARK_RUN_BEFORE.test(before) && MARK_AFTER.test(after)) || MARK_RUN_AFTER.test(after);
      return passed || markOfRun ? "a mark passed (跨过…大关) or one of a run of marks, not the level" : null;
    },
  },
  {
    name: "a programme's name",
    cheap: true,
    // "支持实施千万吨粮食增产计划": an amount in a programme's name is no statistic (a count may count the
    // programmes: score-table.ts weighs it).
    refuses: (a) =>
      a.fact.figure.unitClass !== "count" && namesProgramme(a.fact, a.sentence) ? "an amount in a programme's name (…千万吨粮食增产计划)" : null,
  },
  {
    name: "a threshold before the figure",
    cheap: true,
    // "农村居民人均可支配收入首次突破2万元、达到20793元": the figure itself follows its threshold, and answers
    // or is refused on its own; the threshold answers only a threshold asked (突破多少).
    refuses: (a) => (boundBeforeFigure(a.sentence, a.fact) && !ASKS_THRESHOLD.test(a.q.text) ? "a threshold passed, and the figure itself follows" : null),
  },
  {
    name: "counted otherwise than asked",
    cheap: true,
    // "84年进出口扣除价格汇率因素实际增长多少" against "…比上年增长39.7%，扣除价格和汇率变动因素，实际增长19.6%": the
    // figure before the way of counting asked is counted otherwise; the one after it is the one asked.
    refuses: (a) =>
      namesCountingMethod(a.q.text) &&
      namesCountingMethod(a.printedSentence.slice(a.fact.figure.end)) &&
      !namesCountingMethod(a.printedSentence.slice(0, a.fact.figure.start))
        ? "counted before the way of counting asked"
        : null,
  },
  {
    name: "part of the plan period asked",
    cheap: true,
    // "“十一五”前四年累计单位国内生产总值能耗下降14.38%" is four years of five: for 十一五 the report that
    // reviews the whole period answers ("五年累计，单位国内生产总值能耗下降19.1%").
    refuses: (a) =>
      a.q.period !== null && FIRST_YEARS_OF_SPAN.test(a.sentence.slice(0, a.fact.figure.start)) && !FIRST_YEARS_OF_SPAN.test(a.q.text)
        ? "part of the plan period asked (前四年…)"
        : null,
  },
  {
    name: "an addend",
    cheap: true,
    // "预算支出271.57亿元，加上上解上级等支出共353.49亿元": what is added to the amount before (transfers
    // to or from the level above) is neither it nor the sum, unless the question names what is added (by a
    // word of its own: 级 of 市级 is in 上级 too; nor by a budget's name, where transfers go: "加上调出至一般公共预算等
    // 转移性支出29.3亿元" is no 一般公共预算支出).
    refuses: (a) => {
      const addend = ADDEND.exec(a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start));
      const names = (t: QueryTerm) => !t.isPlace && t.word.length > 1 && !MONEY_HEADS.has(t.word) && !t.alternatives.some((alt) => BUDGET_NAMES.has(alt));
      return addend && !a.q.terms.some((t) => names(t) && found(t, addend[1]!)) ? "an amount added to the one before (加上…)" : null;
    },
  },
  {
    name: "count of another noun",
    cheap: true,
    // "2018年个税起征点提高到多少了" against "提高个人所得税起征点，设立6项专项附加扣除": a count of
    // another noun than the one asked answers no question that asks no count; nor one that names what it counts
    // in 个 ("前年改造了多少个老旧小区" against "惠及上千万家庭"; 多少家企业 may be counted in 家 of any name).
    refuses: (a) =>
      (!a.q.wantedClasses.some(isCountClass) || (a.q.counted !== null && a.q.countedIn === null)) &&
      a.fact.figure.unitClass === "count" &&
      // A measure word of its own (6项): 个 counts anything (120个工作日), a bare 万 anyone (5575万农村贫困人口).
      !["", "个"].includes(baseUnit(a.fact.figure.unit)) &&
      countsAnotherNoun(a.q, a.fact, a.sentence)
        ? "a count of another noun, and no count was asked"
        : null,
  },
  {
    name: "a part of the place asked",
    cheap: true,
    // "南充全市常住人口多少" against "中心城区建成区面积167平方公里、常住人口156万人": the figure's clause is of a part of
    // the city, and the question asks the whole of it. (Only when it says so: a city's air, its 低保 standard, its buses'
    // share are often printed for its 市区 or 城区 alone, and a question naming the city asks those.)
    refuses: (a) => {
      if (a.q.place === null || !WHOLE_PLACE_TYPED.test(a.q.text) || SUB_AREA.test(a.q.text)) return null;
      const lead = a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
      const part = SUB_AREA.exec(lead)?.[0];
      return part ? `its clause is of a part of the place (${part}), and the place was asked` : null;
    },
  },
  {
    name: "part of a scope",
    cheap: true,
    // "少数民族人口总数" against "在全国的三千六百万的少数民族人口中，学生总数达到三百五十一万人": the
    // asked head is only the scope (在…中) the figure is a part of.
    // A share's base is such a scope ("国防费在国家支出预算中所占的比重"): it must not hold the part asked.
    refuses: (a) => {
      const before = a.sentence.slice(0, a.fact.figure.start);
      if (a.q.asksShare) return sharePartInBase(a.q, before) ? "a share within the part asked" : null;
      return headOnlyInScope(a.q, before) ? "a part of the scope the question names" : null;
    },
  },
  {
    name: "one character named",
    cheap: true,
    // "全国一共有多少个县": a question naming its metric by one character only (县) names no metric a
    // figure could be told apart by (试点县市达到1300多个, 试点已扩大到671个县): not found, with passages.
    // A measure word of its own narrows it enough ("养了多少头猪", "降了几次准").
    refuses: (a) => {
      const metric = a.q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && !t.isFigure);
      return a.q.countedIn === null && metric.length > 0 && metric.every((t) => [...t.word].length === 1)
        ? "the question names its metric by one character"
        : null;
    },
  },
  {
    name: "change over years for one year",
    cheap: true,
    // "2005年农民人均纯收入实际涨了多少" against the 十五 review's "分别实际增长…29.2%": a change over
    // several years is not one year's (a level reached at the span's end is a point, and may answer).
    // A change against a year named (比64年增长了多少) is asked over years, as is an average asked ("2004年起农业税税率平均
    // 每年降多少": "从今年起，逐步降低农业税税率，平均每年降低1个百分点以上").
    refuses: (a) =>
      a.q.dataYear !== null &&
      !a.q.multiYear &&
      !a.q.changeAgainstBase &&
      !YEARLY_AVERAGE.test(a.q.text) &&
      !COMPARED_IN_QUESTION.test(a.q.text) &&
      a.fact.multiYear &&
      a.fact.spanPoint === null &&
      (a.fact.role === "change" || (a.fact.figure.unitClass === "percent" && CHANGE_NOT_TO_LEVEL.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))))
        ? "a change over several years, and one year was asked"
        : null,
  },
  {
    name: "count of another division",
    cheap: true,
    // "2006年几个省建立了农村低保" against "已有25个省（自治区、直辖市）、2133个县（市、区）初步建立了…": 2133 counts 县.
    refuses: (a) =>
      a.q.counted !== null && ONE_CHARACTER_COUNTED.has(a.q.counted) && isCountClass(a.fact.figure.unitClass) && countsHead(a.q, a.fact, a.sentence) === false
        ? "a count of another division"
        : null,
  },
  {
    name: "total of another noun",
    cheap: true,
    // "在粤两院院士总共多少位" against "9位科学家增选为两院院士": a total asked is never a count of
    // another noun (科学家), whatever it goes on to say.
    refuses: (a) =>
      a.q.asksTotal && isCountClass(a.fact.figure.unitClass) && countsHead(a.q, a.fact, a.sentence) === false
        ? "a count of another noun, and a total was asked"
        : null,
  },
  {
    name: "one year for a running total",
    cheap: true,
    // "营改增一共减了多少税" against "全面推开营改增试点，全年降低企业税负5700多亿元": asked for a total over no
    // year in particular, a figure its clause gives as one year's is a part of it.
    refuses: (a) =>
      a.q.asksTotal &&
      a.q.dataYear === null &&
      a.q.period === null &&
      !a.fact.multiYear &&
      ONE_YEAR_MARK.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) &&
      !totalWordEchoed(a.q.text, a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
        ? "one year's figure, and a total was asked"
        : null,
  },
  {
    name: "one year of a period",
    cheap: true,
    // "十一五期间…完成多少座": one year's figure inside the period (2009's 6183座) is a part of what is
    // asked, not the period's; its last year's level, a figure over several years, or a plan may answer, and
    // so may the year asked with it ("83年有多少种主要产品提前完成六五指标").
    refuses: (a) =>
      a.q.period &&
      a.q.dataYear !== a.year &&
      !a.fact.multiYear &&
      a.fact.kind === "actual" &&
      a.year !== null &&
      a.year >= a.q.period[0] &&
      a.year < a.q.period[1]
        ? "one year inside the period asked"
        : null,
  },
  {
    name: "a span of other years than the period",
    cheap: true,
    // "六五期间城镇安排就业多少人" (1981–1985) against "从一九七九年到一九八一年，…用于安排城镇二千六百万人就业的支出…":
    // the years a sentence opens with are what its figures count, and these are not the plan's.
    refuses: (a) => {
      const span = a.q.period ? openingSpan(a.sentence) : null;
      // (A plan's span may be printed from its base year: 从一九八○年到一九八五年 is 六五's.)
      return span && a.q.period && (span[0] < a.q.period[0] - 1 || span[1] > a.q.period[1] || span[1] < a.q.period[1] - 1)
        ? `over ${span[0]}–${span[1]}, and the period ${a.q.period[0]}–${a.q.period[1]} was asked`
        : null;
    },
  },
  {
    name: "a span ending inside the period",
    cheap: true,
    // "十二五城镇新增就业总共多少" (2011–2015) against gwr-2013's five years' "累计新增城镇就业5870万人" (2008–2012): what
    // years ending inside the period did is no figure of the whole period; the report reviewing it states that.
    // A sentence naming the period is of it, though its report came before the period's end ("第一个五年合计为二十八万人",
    // June 1957).
    refuses: (a) =>
      a.q.period &&
      a.q.dataYear === null &&
      a.fact.multiYear &&
      a.fact.kind === "actual" &&
      a.year !== null &&
      a.year >= a.q.period[0] &&
      a.year < a.q.period[1] &&
      !namesPlanPeriod(a.sentence.slice(0, a.fact.figure.start), a.q.period)
        ? "a span ending inside the period asked"
        : null,
  },
  {
    name: "report before the period",
    cheap: true,
    // "八五期间GDP年均增长" against gwr-1988's "到1992年…平均每年增长7.5%左右": a report written before a
    // plan period was set (the year before its first at the earliest) speaks of other years.
    refuses: (a) =>
      a.q.period !== null && a.report.rules.speaksFrom !== null && a.report.rules.speaksFrom < a.q.period[0] - 1
        ? "a report from before the period asked"
        : null,
  },
  {
    name: "aim for a past year",
    cheap: true,
    // "2019年GDP增速" where no report reviews 2019: the year's aim (预期目标…增长6%-6.5%) is not what
    // it came to. An allocation (拟安排财政赤字…, 安排…资金) is what officials ask of a past year's plan.
    refuses: (a) =>
      a.fact.kind === "target" &&
      a.q.wantedKind !== "target" &&
      a.q.present !== null &&
      // (An ordinal is the event's whether it is planned or held: "努力办好1990年将在我国举行的第十一届亚洲运动会".)
      a.q.ordinal === null &&
      // (今年 of a report named is that report's year, whose plans are what is asked: "14年报告 今年棚户区开工多少套".)
      !(a.q.reportYear !== null && a.q.dataYear === a.q.reportYear) &&
      // …or a past plan period, when the aim is revised midway ("八五期间GDP年均增长": gwr-1993's "按调整后
      // 的…计划，…调高到百分之八至九" is neither the plan as set nor what the period came to; gwr-1986's
      // 七五 plan and gwr-1955's 一五 plan are the plans).
      ((a.q.dataYear !== null && a.q.dataYear < a.q.present) ||
        (a.q.period !== null && a.q.period[1] < a.q.present && AIM_REVISED.test(a.sentence.slice(0, a.fact.figure.start)))) &&
      AIM.test(a.sentence.slice(0, a.fact.figure.start)) &&
      !ALLOCATION.test(a.sentence.slice(0, a.fact.figure.start))
        ? "an aim, and what a past year came to was asked"
        : null,
  },
  {
    name: "actual for a target",
    cheap: true,
    // "2020年GDP增长目标" where no report sets one: what the year came to (增长2.3%) is not its target.
    refuses: (a) => (a.q.wantedKind === "target" && a.fact.kind !== "target" && TARGET_ASKED.test(a.q.text) ? "an actual, and a target was asked" : null),
  },
  {
    name: "pull on another's growth",
    cheap: true,
    // "…增长0.6%，拉动全市规模以上工业增加值增长0.4个百分点": what a part added to the whole's growth, in points, is
    // neither's growth, unless the pull is asked (拉动, 贡献). (A rate after 带动 is the whole's own: "带动固定资产投资增长5.1%".)
    // Nor is its share of that growth ("三次产业对经济增长贡献率分别为9.9%、33.4%和56.7%").
    refuses: (a) => {
      // (From the comma before: a list's items are clauses of their own, "0.6、2.0、3.4个百分点".)
      const lead = a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
      return ((a.fact.figure.unitClass === "points" && PULL_LEAD.test(lead)) || CONTRIBUTION_LEAD.test(lead)) && !PULL_ASKED.test(a.q.text)
        ? "what a part added to another's growth, and that was not asked"
        : null;
    },
  },
  {
    name: "figure dating its clause",
    cheap: true,
    // "在经济总量跨越2000亿元台阶之后的第一年，交出了…成绩单": a figure inside a phrase that dates the clause
    // tells of a time before it, not what the clause reports.
    refuses: (a) =>
      DATING_PHRASE_OPENS.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) && DATING_PHRASE_CLOSES.test(a.sentence.slice(a.fact.figure.end))
        ? "a figure in a phrase dating its clause"
        : null,
  },
  {
    name: "figure the question states",
    cheap: true,
    // "全员劳动生产率人均8.7万元提高到多少": the figure typed in the question is what it starts from.
    // Typed in digits, it may be printed in Chinese numerals ("40万千瓦以上的水电站" for 四十万千瓦).
    refuses: (a) => (a.q.terms.some((t) => t.isFigure && statesFigure(t.word, a.fact.figure)) ? "the question states this figure" : null),
  },
  {
    name: "span for one year",
    cheap: true,
    // "五年中央财政用于科技的投入达到3406亿元", "1932年到1936年五年间…粮食产量合计只一万三千亿斤",
    // "年均增长5.1%": a sum or an average over years, in the figure's own words, does not answer for one year.
    // (A concentration's 年均 is its annual mean: "细颗粒物年均浓度控制在29微克/立方米左右".)
    // A question asking a sum or an average itself ("2004年起农业税税率年均降多少") asks for no one year, nor
    // does one asking the last few years' (近五年…总量), or the years a plan gives itself ("1978年提出三年内把人口自然
    // 增长率降到多少": "争取在三年内把…降到百分之一以下"). So is a figure set against a plan period's.
    // Nor is the level a change starts from ("累计城镇新增就业39万人，…收入分别由19507元、6776元增加到…": 2012's).
    // Nor is a count over years ending in a year-end asked that adds nothing up ("到1997年底多少个城市建立了…":
    // "五年来…300多个城市建立了居民最低生活保障制度"): it is where things stood then.
    refuses: (a) =>
      a.q.dataYear !== null &&
      !stoodAtYearEndAsked(a) &&
      !a.q.multiYear &&
      a.q.recentSpan === null &&
      a.fact.role !== "before" &&
      !SPAN_TOTAL_ASKED.test(a.q.text) &&
      !PLAN_HORIZON.test(a.q.text) &&
      a.fact.figure.unitClass !== "concentration" &&
      (COMPARED_WITH_PLAN_PERIOD.test(a.sentence.slice(a.fact.figure.end)) ||
        countsOverSpan(a) ||
        sumsYears(
          a.sentence.slice(a.fact.clause[0], a.fact.figure.start),
          a.sentence.slice(0, a.fact.figure.start),
          a.fact.multiYear && a.fact.yearSource !== "sentence" && a.fact.yearSource !== "clause",
          a.fact.yearSource === "clause",
        ))
        ? "a sum over years, and one year was asked"
        : null,
  },
  {
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
  },
  {
    name: "a fund for another amount",
    cheap: true,
    // "浙江2009年外贸进出口总额多少" against "安排3.5亿元外贸发展财政专项资金": an amount followed by the fund it is
    // (…资金, …经费, …基金) is that fund, not the trade, output or revenue its modifiers name.
    refuses: (a) =>
      a.fact.figure.unitClass === "money" && FUND_AFTER.test(a.sentence.slice(a.fact.figure.end)) && !FUND_ASKED.test(a.q.text)
        ? "an amount of a fund, and no fund was asked"
        : null,
  },
  {
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
  },
  {
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
  },
  {
    name: "describes another noun",
    cheap: true,
    // "长达3500多公里的长江干堤和近千公里的黄河堤防加固工程": a figure before 的 measures the noun after
    // it; 近千公里 is 黄河堤防's, and answers no question whose words name 长江干堤, another figure's noun.
    refuses: (a) => {
      const own = describedNoun(a.sentence, a.fact.figure.end);
      if (own === null) return null;
      const named = (noun: string) => a.q.terms.filter((t) => found(t, noun)).length;
      const ownNamed = named(own);
      for (const figure of extractFigures(a.sentence)) {
        if (figure.start === a.fact.figure.start) continue;
        const other = describedNoun(a.sentence, figure.end);
        if (other !== null && named(other) > ownNamed) return `the words asked name the noun ${figure.text} describes`;
      }
      return null;
    },
  },
  {
    name: "a part counted for a total",
    cheap: true,
    // "为1700多万困难和重度残疾人发放…补贴" for 残疾人总数: the noun counted right after the figure is the
    // head asked with words before it the question does not say (困难和重度): a part of the total asked.
    // So is a count of people whose clause says only who they are in the clause before ("建立困难和重度
    // 残疾人“两项补贴”制度，惠及2100多万人").
    refuses: (a) => {
      const head = headTerm(a.q);
      if (!a.q.asksTotal || !head) return null;
      const counted = COUNTED_AFTER.exec(a.sentence.slice(a.fact.figure.end))?.[0] ?? "";
      const own = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
      const saysWhoBefore = a.fact.figure.unitClass === "people" && counted === "" && a.fact.parentClause !== null && !found(head, own);
      const parent = saysWhoBefore ? a.sentence.slice(...a.fact.parentClause!) : "";
      for (const text of [counted, parent]) {
        const at = head.alternatives.map((alt) => text.indexOf(alt)).find((i) => i >= 0);
        if (at === undefined) continue;
        // The two characters right before the head, when they are no scope of the whole (全国, 我省).
        const qualifier = text.slice(Math.max(0, at - 2), at);
        // (Nor a verb: "5575万农村贫困人口实现脱贫" counts who did what is asked, 实现 qualifies nothing.)
        if (
          !/^\p{Script=Han}{2}$/u.test(qualifier) ||
          WHOLE_SCOPE.test(qualifier) ||
          VERB_QUALIFIER.test(qualifier) ||
          a.q.terms.some((t) => found(t, qualifier))
        )
          return null;
        // Words the question says for the qualifier in short: 自贸 for "21个自由贸易试验区"'s 自由贸易.
        const before = text.slice(0, at);
        if (a.q.terms.some((t) => t !== head && t.alternatives.some((alt) => abbreviates(alt, before, true)))) return null;
        return `counts ${qualifier}${head.word}, a part, and a total was asked`;
      }
      return null;
    },
  },
  {
    name: "a yield per unit of land for a total",
    cheap: false,
    // "棉花的每亩平均产量已经达到一百斤以上" for 棉花产量: a yield per 亩 is no harvest, however its words match.
    refuses: (a) => (PER_LAND.test(a.coverage!.subjectWords) && !PER_UNIT.test(a.q.text) ? "a yield per unit of land, and a total was asked" : null),
  },
  {
    name: "kinds for an output",
    cheap: true,
    // "十种有色金属108万吨" (gwr-1980) for 十种有色金属产量: 十种 counts the kinds the name sums, not the output.
    refuses: (a) => (asksOutput(a.q) && KINDS_COUNTED.test(a.fact.figure.unit) ? "counts kinds, and an output was asked" : null),
  },
  {
    name: "a capacity for an output",
    cheap: true,
    // "原煤：…五年内增加的年产能力为五千三百八十五万吨" (gwr-1955), "每年能够出产载重汽车三万辆" (a plant's): what could be
    // produced is no output, unless a capacity is asked (产能); nor is an item of a run its words lead ("淘汰落后炼钢炼铁产能
    // 9000多万吨、水泥2.3亿吨").
    refuses: (a) =>
      asksOutput(a.q) &&
      CAPACITY.test(a.sentence.slice(Math.min(a.fact.clause[0], clauseStartBefore(a.sentence, a.fact.figure.start)), a.fact.figure.start)) &&
      !CAPACITY.test(a.q.text)
        ? "a capacity, and an output was asked"
        : null,
  },
  {
    name: "a share per person for an output",
    cheap: false,
    // "全国平均每人占有粮食近八百斤，棉花十多斤" (gwr-1985) for 1984年棉花产量: what each person has is no harvest.
    refuses: (a) => {
      if (!asksOutput(a.q) || PER_UNIT.test(a.q.text)) return null;
      // The figure's own words, or — for an item naming only its product (棉花十多斤) after one of its kind (粮食近八百斤) —
      // the predicate it shares with the clause before.
      const own = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
      const parent = a.fact.parentClause ? a.sentence.slice(a.fact.parentClause[0], a.fact.parentClause[1]) : "";
      const listed = PRODUCT_ALONE.test(own) && extractFigures(parent).some((f) => f.unitClass === a.fact.figure.unitClass);
      const shared = listed ? parent : "";
      return PER_UNIT.test(a.coverage!.subjectWords) || PER_UNIT.test(shared) ? "a figure per person, and an output was asked" : null;
    },
  },
  {
    name: "a size for a figure per person",
    cheap: true,
    // "生产总值达到3353.3亿元，…居民人均可支配收入分别达到3.4万元" for 人均GDP: nothing per person runs to 亿.
    refuses: (a) => (a.fact.figure.unit.includes("亿") && PER_PERSON_ASKED.test(a.q.text) ? "a sum in 亿, and a figure per person was asked" : null),
  },
  {
    name: "another base year",
    cheap: true,
    // "1982年油料产量比1978年增长多少" against "一九八二年预计同一九八○年比较，…油料增长百分之三十九": a change against
    // another year than the one asked is another change.
    refuses: (a) => {
      if (a.q.baseYear === null) return null;
      // The nearest base printed is the figure's: "一九五三年比一九五二年增长…，一九五四年又比一九五三年增长百分之九点四".
      const printed = baseYearPrinted(a);
      return printed !== null && printed !== a.q.baseYear ? `a change against ${printed}, and against ${a.q.baseYear} was asked` : null;
    },
  },
  {
    name: "a change over more years than the period",
    cheap: true,
    // "七五计划工农业总产值要增长多少" against "一九九○年工农业总产值…比一九八○年增长一点三倍" (gwr-1986): a change against a
    // year before the plan period's eve spans more than the period (its five years: "五年内…增长百分之三十八").
    refuses: (a) => {
      if (!a.q.period || a.fact.role !== "change") return null;
      const printed = baseYearPrinted(a);
      return printed !== null && printed < a.q.period[0] - 1 ? `a change against ${printed}, before the period asked` : null;
    },
  },
  {
    name: "a hypothetical",
    cheap: true,
    // "美苏即使削减了50%的战略核武器，它们拥有的核武器仍然占全世界核武器的90%以上": what would be if, not what is.
    refuses: (a) => (HYPOTHETICAL.test(a.sentence.slice(0, a.fact.figure.start).split(/[；;]/).at(-1)!) ? "a hypothetical (即使, 假如…)" : null),
  },
  {
    name: "too small for the magnitude asked",
    cheap: true,
    // "…一般公共预算收入增长7.5%；全体居民人均可支配收入22508元" for "一般公共预算收入多少亿元": a few thousand yuan is
    // never a sum asked in 亿 (a figure per person, a standard, a price); nor are 325家 "进出口总额多少亿".
    refuses: (a) => {
      const m = SUM_IN_MAGNITUDE_ASKED.exec(a.q.text);
      const asked = m?.[1];
      if (asked === undefined || !SUMS.has(a.fact.figure.unitClass)) return null;
      // 几亿 asks a few of them, one at least ("十二年内灌溉面积达到几亿亩" is no 2000万亩); 多少亿 may be less than one.
      const smallest = m![0].startsWith("几") ? magnitude(asked) : magnitude(asked) / SMALLEST_SHARE_OF_MAGNITUDE;
      return scaledValue(a.fact.figure) < smallest ? `too small a number, and a sum in ${asked} was asked` : null;
    },
  },
  {
    name: "another point of the year",
    cheap: false,
    // "2025年初市级预算稳定调节基金余额31,737万元，…2025年末余额29,434万元" for 年末余额: the figure's own words
    // name the year's start, and its end was asked (or the other way round).
    refuses: (a) => {
      const asked = yearPointOf(a.q.text);
      // …or the words right before it: "由年初的400多万人扩大到年末的1120多万人".
      const near = a.sentence.slice(Math.max(a.fact.clause[0], a.fact.figure.start - YEAR_POINT_BEFORE), a.fact.figure.start);
      const own = yearPointOf(a.coverage!.ownWords) ?? yearPointOf(near);
      return asked && own && asked !== own ? `the year's ${own}, and its ${asked} was asked` : null;
    },
  },
  {
    name: "per unit for a size",
    cheap: false,
    // "2025年人均生产总值提升至7.6万元" for 地区生产总值总量: a figure per person is never the size asked. (A rate
    // of change is neither: "十五期间城镇居民收入一共涨了多少" is "城镇居民人均可支配收入…实际增长58.3%".)
    refuses: (a) =>
      (a.q.asksTotal || a.q.terms.some((t) => t.isShape && SIZE_WORDS.has(t.word))) &&
      PER_UNIT.test(a.coverage!.subjectWords) &&
      !PER_UNIT.test(a.q.text) &&
      !(a.q.asksChange && a.fact.figure.unitClass === "percent")
        ? "a figure per person or unit, and a size or total was asked"
        : null,
  },
  {
    name: "counted per unit of the metric asked",
    cheap: false,
    // "08年GDP增速多少" against "单位国内生产总值能耗比上年下降4.59%": GDP there is what the energy is counted against; the
    // figure measures energy use, not the GDP asked. Nor is GDP per person the GDP ("兰州2010年全市生产总值达到多少" against
    // "人均生产总值达到32900元"); other figures per person are only weighed (score-table.ts).
    // (能耗 asked is the energy counted so: "能耗降了多少" is answered by it.)
    refuses: (a) => {
      const per = PER_UNIT_OF_OUTPUT.exec(a.coverage!.subjectWords);
      if (!per || PER_UNIT_OF_OUTPUT_ASKED.test(a.q.text)) return null;
      const head = metricHeadOf(a.q);
      return head && !found(head, a.coverage!.subjectWords.slice(per.index + per[0].length)) ? "counted per unit of the metric asked" : null;
    },
  },
  {
    name: "per unit of another metric",
    cheap: false,
    // "人均GDP多少了" against "…城镇居民人均可支配收入17175元，农村居民人均纯收入5153元" (GDP earlier in the sentence): the
    // figure is counted per person of another metric, not of the output asked per person or per unit.
    // A figure whose own words say only 人均 is per person of the metric before it ("全省实现生产总值31072.1亿元，…，按平均
    // 汇率计算，人均4749美元"): it names no other metric.
    refuses: (a) =>
      PER_UNIT_OF_OUTPUT.test(a.q.text) &&
      PER_UNIT.test(a.coverage!.subjectWords) &&
      !PER_UNIT_OF_OUTPUT.test(a.coverage!.subjectWords) &&
      namesAMetric(a.coverage!.subjectWords.split(/\d/)[0]!.replace(PER_UNIT, "").replace(COMPUTED_AS, ""))
        ? "per unit of another metric, and per unit of output was asked"
        : null,
  },
  {
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
        const names = (within: string) => (part: string) => partNames(part).some((name) => within.includes(name));
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
  },
  {
    name: "a whole of parts listed",
    cheap: false,
    // "國家機構經費，包括國防費和行政管理費所佔的比重…百分之三十點七" for 国防费: a whole its own words define by
    // listing its parts measures them together, not the one part asked (the report goes on "其中國防費…").
    refuses: (a) => {
      // In its clause or the clauses leading to it with no other figure between: "…，包括A和B所佔的比重，已從…降低到X".
      const ownStart = clauseStartBefore(a.sentence, a.fact.figure.start);
      const lead = a.sentence.slice(partStartBefore(a.sentence, a.fact.figure.start), ownStart);
      const m = PARTS_LISTED.exec(toSearchForm(lead + a.sentence.slice(ownStart, a.fact.figure.start)));
      const listed = m?.[1];
      if (!m || !listed || (m.index < lead.length && extractFigures(lead.slice(m.index)).length > 0)) return null;
      const parts = listed.split(PART_JOINER).filter(Boolean);
      const asked = (part: string) => a.q.terms.some((t) => !t.isPlace && !t.isShape && found(t, part));
      const some = parts.filter(asked);
      return parts.length > 1 && some.length > 0 && some.length < parts.length ? `a whole of ${listed}, and ${some.join("、")} alone was asked` : null;
    },
  },
  {
    name: "percentage for a thing counted",
    cheap: false,
    // "政府减价供应了多少新式农具" against "减价40%供应新式农具51万部": the thing asked is counted by
    // another figure of its clause (新式农具51万部), so a percentage there is not how many.
    refuses: (a) => {
      if (a.fact.figure.unitClass !== "percent" || a.q.counted === null) return null;
      const head = headTerm(a.q);
      if (!head) return null;
      const countedByAnother = extractFigures(a.sentence).some((g) => {
        if (g.start === a.fact.figure.start || !isCountClass(g.unitClass)) return false;
        const label = /[^，,；;。：:]{0,10}$/.exec(a.sentence.slice(0, g.start))![0];
        return found(head, label);
      });
      return countedByAnother ? "a percentage, and another figure counts the thing asked" : null;
    },
  },
  {
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
  },
  {
    name: "a number in a quoted name",
    cheap: true,
    // "聚焦“千亿斤江淮粮仓”任务": a number inside quotes with more of the name after it is part of a
    // name (a programme's, a slogan's), not a figure the report states.
    refuses: (a) => (insideQuotedName(a.sentence, a.fact.figure) ? "a number in a quoted name" : null),
  },
  {
    name: "one market's trade",
    cheap: true,
    // "对东盟出口总额为173.45亿元", "对共建“一带一路”国家进出口577.9亿元": trade with one market answers a
    // question that names the market, not 出口总额 or 外贸 (对外贸易 is trade itself).
    refuses: (a) => {
      const market = MARKET_TRADE.exec(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))?.[1];
      if (market === undefined) return null;
      return hanBigrams(market).some((gram) => a.q.text.includes(gram)) ? null : `one market's trade (${market}), and no market was asked`;
    },
  },
  {
    name: "an example",
    cheap: true,
    // "有些职工宿舍的造价也过高，例如鞍山钢铁公司在一九五三年修建的职工宿舍十五万平方公尺": an example's
    // figure answers only a question that names what the example names (鞍山钢铁公司).
    // So does one of an instance framed "拿…来说", "以…为例" ("拿北京京西矿务局来说，…原定的煤炭产量的指标是二百八十五万吨",
    // gwr-1958), when the question shares no word with what the frame holds: a frame may hold the topic itself
    // ("拿财政的情况来说，第一个五年合计的财政收支各为…", gwr-1957).
    refuses: (a) => {
      const before = a.sentence.slice(0, a.fact.figure.start);
      const lead = EXAMPLE_LEAD.exec(before);
      const frame = lead ? null : EXAMPLE_FRAME.exec(before);
      if (!lead && !frame) return null;
      const example = lead ? before.slice(lead.index + lead[0].length) : frame![1]!;
      const context = before.slice(0, (lead ?? frame)!.index);
      // Named by the example: a word of two characters or more that is no unit (平方 of 平方公尺), nor a shape word (指标).
      const namesExample = (t: Question["terms"][number]) =>
        [...t.word].length >= 2 &&
        !UNIT_CLASS.has(t.word) &&
        !t.isShape &&
        (frame ? hanBigrams(t.word).some((gram) => example.includes(gram)) : namedIn(t, example) && !namedIn(t, context));
      return a.q.terms.some(namesExample) ? null : "an example, and what it is an example of was asked";
    },
  },
  {
    name: "part of a year",
    cheap: true,
    // "一九五八年上半年…高等学校学生一万六千人": half a year's figure does not answer for the year; nor, for
    // a question without a year, for the latest ("宝安GDP总量多少": not "前三季度，前海GDP实现1543.4亿元").
    refuses: (a) => (aboutPartOfYear(a.sentence, a.fact) && !PART_OF_YEAR.test(a.q.text) ? "part of a year, and a year was asked" : null),
  },
  {
    name: "a month for the year's end",
    cheap: true,
    // "1954年底…发展到多少个": "农业生产合作社在今年八月已经发展到十万个" is August's, not the year-end's "将近五十万个".
    refuses: (a) =>
      YEAR_END_ASKED.test(a.q.text) && MONTH_LEVEL_BEFORE_DECEMBER.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
        ? "a month's level, and the year's end was asked"
        : null,
  },
  {
    name: "rate for a size",
    cheap: true,
    // "超低排放煤电机组规模" (a size: 10.5亿千瓦) against "71%的煤电机组实现超低排放": a share is no size.
    refuses: (a) =>
      a.q.terms.some((t) => t.isShape) &&
      !a.q.asksChange &&
      !a.q.asksShare &&
      !a.q.wantedClasses.includes("percent") &&
      (a.fact.figure.unitClass === "percent" || a.fact.figure.unitClass === "points")
        ? "a rate, and a size (规模, 总量) was asked"
        : null,
  },
  {
    name: "one year for recent years",
    cheap: true,
    // 近五年城镇新增就业: one year's figure is not the span's, nor is a five-year one for 近三年. The level a span's
    // review says was reached is its last year's, and is what "过去五年…提到多少" asks.
    refuses: (a) =>
      a.q.recentSpan !== null &&
      !(a.fact.multiYear && spanAgrees(a.q.recentSpan, a.sentence, a.fact.figure.start)) &&
      !(a.fact.spanYears === a.q.recentSpan && CHANGE_TO_LEVEL.test(a.q.text))
        ? "not the span of recent years asked"
        : null,
  },
  {
    name: "word missing",
    cheap: false,
    // A place not named, or more than one metric word absent (coverage.ts absenceTolerated).
    refuses: (a) => (a.coverage!.missing !== null ? `"${a.coverage!.missing}" not found` : null),
  },
  {
    name: "coverage",
    cheap: false,
    refuses: (a) => (coversEnough(a.coverage!.share) ? null : "metric not covered"),
  },
  {
    name: "a later figure's subject asked",
    cheap: false,
    refuses: (a) => {
      const word = laterFiguresWord(a);
      return word === null ? null : `"${word}" is named only by a later figure's clause`;
    },
  },
  {
    name: "share for a count",
    cheap: true,
    // "到59年有多少青壮年摆脱了文盲": "…一亿一千多万青、壮年摆脱了文盲地位，占农村青、壮年总人数的三分之二" — how many is
    // asked, and a share tells no number.
    refuses: (a) => (a.q.counted !== null && !a.q.asksShare && a.fact.role === "share" ? "a share, and how many was asked" : null),
  },
  {
    name: "ordinal of another thing",
    cheap: true,
    // "办好第十五届全国运动会和第十二届世界运动会": an ordinal numbers the thing right after it, up to the next item.
    refuses: (a) => {
      // (A ranking's place, 第5位, ranks what the clause before it states: coverage weighs that.)
      if (a.fact.figure.unitClass !== "ordinal" || isRankingPlace(a.fact.figure.unit)) return null;
      const numbered = ORDINAL_NUMBERS.exec(a.sentence.slice(a.fact.figure.end))![0];
      // (Some word of the question's names it: the thing numbered may be asked before 第几 or after it, beside a verb, 办.)
      const names = a.q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && t.word.length >= 2);
      const named = names.some((t) => namedOrAbbreviated(t, numbered));
      return names.length === 0 || named ? null : `numbers ${numbered}, which the question does not name`;
    },
  },
  {
    name: "head word",
    cheap: false,
    refuses: (a) => (a.coverage!.headGoverns ? null : "metric not in the sentence"),
  },
  {
    name: "part not asked",
    cheap: false,
    refuses: (a) => {
      const part = unaskedPart(a.q, a.fact, a.sentence);
      return part === null ? null : `a part (${part}) of the total asked`;
    },
  },
  {
    name: "another sector named",
    cheap: false,
    refuses: (a) => {
      const other = otherSectorNamed(a.q, a.fact, a.sentence);
      return other === null ? null : `its own clause names another sector (${other})`;
    },
  },
  {
    name: "a sector's part of the whole asked",
    cheap: false,
    refuses: (a) => {
      const sector = sectorOfWholeAsked(a.q, a.fact, a.sentence);
      return sector === null ? null : `its own words name a sector's part (${sector}), and the whole was asked`;
    },
  },
  {
    name: "another metric named",
    cheap: false,
    refuses: (a) => {
      const other = otherMetricNamed(a.q, a.fact, a.sentence);
      return other === null ? null : `its own clause names another metric (${other})`;
    },
  },
  {
    name: "another money metric named",
    cheap: false,
    refuses: (a) => {
      const other = otherMoneyHeadNamed(a.q, a.fact, a.sentence);
      return other === null ? null : `its own clause closes on another metric of money (${other}), and not the one asked`;
    },
  },
  {
    name: "another item named",
    cheap: false,
    refuses: (a) => {
      const item = otherItemNamed(a.q, a.fact, a.sentence);
      return item === null ? null : `its own clause names another item (${item}), and the words asked are the clause before's`;
    },
  },
  {
    name: "another kind of people",
    cheap: false,
    refuses: (a) => {
      const people = otherPeopleNamed(a.q, a.fact, a.sentence);
      return people === null ? null : `its own clause names ${people}, another kind of people than those asked`;
    },
  },
  {
    name: "a subgroup not asked",
    cheap: false,
    refuses: (a) => {
      const group = subgroupNamed(a.q, a.fact, a.sentence);
      return group === null ? null : `its own clause names a subgroup (${group}) the question does not`;
    },
  },
  {
    name: "each for a total",
    cheap: false,
    // "县区均设置1所": a figure for each one does not answer 一共几所 (but it answers one asked for each: "财政收支合计各多少",
    // "第一个五年合计的财政收支各为一千三百六十九亿一千四百万元").
    refuses: (a) =>
      a.q.asksTotal && !EACH_ASKED.test(a.q.text) && /(均|每|各)[^，,；;。]{0,6}$/.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
        ? "a figure for each, and a total was asked"
        : null,
  },
];

const CHEAP = REFUSALS.filter((r) => r.cheap);

/** The first refusal that applies (only the cheap ones when `cheapOnly`), or null when the fact is accepted. */
export function refusalOf(a: Assessment, cheapOnly = false): string | null {
  for (const refusal of cheapOnly ? CHEAP : REFUSALS) {
    const reason = refusal.refuses(a);
    if (reason !== null) return reason;
  }
  return null;
}

/**
 * Whether a figure is a zone's: the last level word before it names a zone, in its own clause ("县域生产总值增长6.4%")
 * or opening the sentence as its topic ("园区经济快速增长，…进出口总额140亿元"); not a zone named in passing
 * ("实施30个县域新型城镇化试点，常住人口城镇化率提高到58.09%": the province's). A county's 县域 is the whole
 * county ("县域生产总值增长8%以上", 定兴 2021): read as 全县.
 */
function ofZone(printed: string, fact: Fact, reportPlace: Place | null): boolean {
  const sentence = reportPlace?.level === "county" ? printed.replaceAll("县域", "全县") : printed;
  if (lastBudgetLevel(sentence.slice(0, fact.figure.start)) !== "part") return false;
  return lastBudgetLevel(sentence.slice(fact.clause[0], fact.figure.start)) === "part" || ZONE_TOPIC.test(sentence);
}
/** A sentence opening with a zone as its topic, after its year if any: "园区经济快速增长", "2024年，高新区…". */
const ZONE_TOPIC = new RegExp(`^\\s*(?:\\d{4}年[，,]?)?${anyOf("budget-part-areas")}`);

/** An increment verb the question asks (新增了多少) in the figure's own clause before it: "城镇新增就业超过6000万人". */
function incrementAskedInOwnWords(a: Pick<Assessment, "q" | "sentence" | "fact">): boolean {
  const own = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
  return a.q.terms.some((t) => !t.isPlace && wordClass("increment-verbs").includes(t.word) && own.includes(t.word));
}

/** Whether a figure typed in the question is this one: as printed, or the same value in the same unit. */
function statesFigure(typed: string, figure: Fact["figure"]): boolean {
  if (typed === toSearchForm(figure.text)) return true;
  const read = extractFigures(typed)[0];
  return read !== undefined && read.value === figure.value && read.unit === figure.unit;
}

/** Whether a figure stands inside a quoted name (QUOTED_NAME) with more of the name (a Han character) after it. */
function insideQuotedName(sentence: string, figure: Fact["figure"]): boolean {
  for (const m of sentence.matchAll(QUOTED_NAME)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (figure.start > start && figure.end < end && /\p{Script=Han}/u.test(sentence.slice(figure.end, end - 1))) return true;
  }
  return false;
}

/** Trade with one market: 对 + the market + 进出口/出口/进口 (not 对外, trade itself). */
const MARKET_TRADE = /对(?!外)([^，,；;。\d]{1,16}?)(?:进出口|出口|进口)/;

/** A name in quotes: “三保”, 「双减」. */
const QUOTED_KIND = /[“「]([^”」]{2,8})[”」]/g;

/** A list item that is a place ("全国和自由贸易试验区…分别压减51%、72%") holds no more than this besides the place's name. */
const PLACE_ITEM_REST_MAX = 2;

/**
 * A word asked that the sentence names only after the figure's clause, in a clause with a figure of its own of the
 * same kind: that figure's subject, not this one's ("…在限额以上的有六百九十四个，加上农业、林业、水利方面的二百五十二个，运输
 * 交通和邮电方面的二百二十个…" for 交通邮电: 694 is industry's). Returns the word, or null.
 */
function laterFiguresWord({ q, fact, sentence }: Assessment): string | null {
  const ownEnd = clauseEndFrom(sentence, fact.figure.end);
  if (ownEnd >= sentence.length) return null;
  const upToOwn = sentence.slice(0, ownEnd);
  for (const term of q.terms) {
    // (A shape word names nothing of its own, but one per span of time does: "全年珠澳口岸出入境9706.3万人次（…），日均26.6万人次"
    // for 口岸日均出入境多少人次.)
    const named = !term.isShape || PER_TIME_WORDS.has(term.word);
    if (term.isPlace || !named || term.isPeriod || term.isFigure || term.word.length < 2 || isChangeTerm(term)) continue;
    // (A kind of quantity the figure's own unit names is its own: 面积 of "完成造林2953万公顷".)
    if (namedByUnit(term, fact.figure.unitClass)) continue;
    if (namedOrAbbreviated(term, upToOwn)) continue;
    // The later clause naming it, up to its own end, with a figure of the same kind after the word.
    const later = sentence.slice(ownEnd);
    for (const clause of clausesOf(later)) {
      if (!namedOrAbbreviated(term, clause)) continue;
      const at = term.alternatives.map((alt) => clause.indexOf(alt)).filter((i) => i >= 0);
      const after = clause.slice(at.length ? Math.min(...at) : 0);
      if (extractFigures(after).some((f) => f.unitClass === fact.figure.unitClass)) return term.word;
    }
  }
  return null;
}

function placeFits({ q, fact, report, sentence }: Assessment): boolean {
  if (!q.place && !q.scope) return true;
  // "全国和自由贸易试验区负面清单条数分别压减51%、72%": the place asked is another item's (51%'s), not 72%'s.
  if (q.place && fact.listItem && fact.listItem.part === undefined) {
    const asked = q.place;
    const names = (span: [number, number]) => {
      const text = sentence.slice(...span);
      return text.includes(asked.short) || text.includes(asked.name);
    };
    // …where the place is the sibling item itself, not what one item's metric is of ("来源于东莞的财政总收入、…、金融机构
    // 各项存款余额分别达到839亿元、…和6400亿元": all of them 东莞's).
    const isItem = (span: [number, number]) => {
      const rest = sentence
        .slice(...span)
        .replaceAll(asked.name, "")
        .replaceAll(asked.short, "");
      return names(span) && (rest.match(/\p{Script=Han}/gu) ?? []).length < PLACE_ITEM_REST_MAX;
    };
    if (!names(fact.listItem.own) && fact.listItem.siblings.some(isItem)) return false;
  }
  const place = fact.place !== null && fact.place !== "own" ? fact.place : report.place;
  // "陕西西安咸阳机场去年旅客吞吐量": a place of the asked one's province that the question names too
  // (in a name: 西安咸阳国际机场) is where the question points.
  // Not a part of the asked place that shares its short name (兰州新区 of 兰州: "兰州去年gdp"), nor the place that
  // holds the asked one, named to say where it is ("江门新增债务限额新会区分配多少": 江门's 173.2亿元 is not 新会区's).
  if (
    q.place &&
    place &&
    place.code.slice(0, 2) === q.place.code.slice(0, 2) &&
    place.short !== q.place.short &&
    !q.place.code.startsWith(place.code) &&
    q.text.includes(place.short)
  )
    return true;
  if (q.place) return place ? place.code === q.place.code : report.isAbout(q.place.short) || report.isAbout(q.place.name);
  return place ? place.level === q.scope : true;
}

/** A figure asked per person (人均, 每人, 户均, 生均): never a sum in 亿. */
const PER_PERSON_ASKED = new RegExp(`${anyOf("per-unit-words")}|每人|每户`);

/** Words that make what follows a supposition, not a fact: even if, if (not 如果, which also says how a figure is counted). */
const HYPOTHETICAL = /即使|即便|哪怕|假如|倘若|假使/;

/** A sum asked in a magnitude, with a unit or without ("多少亿元", "几亿", "多少万人"): group 1 the magnitude. */
const SUM_IN_MAGNITUDE_ASKED = new RegExp(String.raw`${HOW_MANY_WORD}(万亿|亿|万)`);
/** A figure below a tenth of the magnitude asked (10,000,000元 for 亿) is no sum asked in it. */
const SMALLEST_SHARE_OF_MAGNITUDE = 10;
const SUMS: ReadonlySet<UnitClass> = new Set(SUM_CLASSES);

/** How many characters right before a figure may name its point of the year ("年末的"). */
const YEAR_POINT_BEFORE = 4;

/** The point of the year a text names, the start (年初) or the end (年末, 年底), or null for neither or both. */
function yearPointOf(text: string): "start" | "end" | null {
  const start = /年初/.test(text);
  const end = /年末|年底/.test(text);
  return start === end ? null : start ? "start" : "end";
}

/**
 * A bare figure (86.5万) whose unit is the word right before it ("医疗旅游人次86.5万、收入83.9亿元"):
 * that unit is of a class asked.
 */
function unitPrintedBefore({ q, fact, sentence }: Assessment): boolean {
  if (baseUnit(fact.figure.unit) !== "") return false;
  const before = sentence.slice(Math.max(0, fact.figure.start - LONGEST_UNIT - LONGEST_LEAD), fact.figure.start).replace(LEAD_TO_FIGURE, "");
  // …and of the level it came to: "…由8300万增加到1亿3千多万" is 1亿3千多万人次 too.
  const fromLevel = FROM_LEVEL_TO_FIGURE.exec(sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start));
  const beforeFrom = fromLevel ? sentence.slice(0, clauseStartBefore(sentence, fact.figure.start) + fromLevel.index) : "";
  return HAN_UNITS.some(([unit, cls]) => (before.endsWith(unit) || beforeFrom.endsWith(unit)) && q.wantedClasses.includes(cls));
}
/**
 * An amount of money printed without 元, its metric named in its own words: "2018年全省地区生产总值达到1.68万亿" is 1.68万亿元.
 */
function yuanLeftOut({ q, fact, sentence }: Assessment): boolean {
  if (fact.figure.unitClass !== "count" || !BARE_MAGNITUDE.test(fact.figure.unit) || !q.wantedClasses.includes("money")) return false;
  const head = metricHeadOf(q);
  return head !== undefined && found(head, sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start));
}
/**
 * A rate printed as a bare ratio right after its name and the verb to it: "煤矿百万吨死亡率下降到0.086" (山西 2012) is the
 * 死亡率 asked, though no % follows it. Only a number with a fraction, which counts nothing.
 */
function bareRateOfRateAsked({ q, fact, sentence }: Assessment): boolean {
  if (fact.figure.unit !== "" || Number.isInteger(fact.figure.value) || !q.wantedClasses.includes("percent")) return false;
  return RATE_THEN_BARE.test(sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start));
}
/** A rate's name, then at most a verb to its level, closing the words before a figure. */
const RATE_THEN_BARE = /(?:率|系数)(?:下降到|下降至|降到|降至|降低到|降为|控制在|为|是|达到|达)?$/;
/** A magnitude alone, no unit after it: 万亿, 亿, 万. */
const BARE_MAGNITUDE = /^(?:万亿|亿|万)$/;
/** An old level and the verb to the figure, opening with 由/从: "由8300万增加到". */
const FROM_LEVEL_TO_FIGURE = /[由从][^，,；;。由从]*$/;
/**
 * The word leading from a metric named by its unit to its figure: "出境旅游人次由8300万增加到…" is 8300万人次.
 */
const LEAD_TO_FIGURE = /(?:由|从|达到|达|为|是|突破|超过|约|近|逾)$/;
const LONGEST_LEAD = 2;
/** The units written in Chinese characters (人次, 万吨…), with their classes: what may be printed before a bare figure. */
const HAN_UNITS = [...UNIT_CLASS].filter(([unit]) => /^\p{Script=Han}+$/u.test(unit));
/** The longest unit's length, in characters. */
const LONGEST_UNIT = Math.max(...HAN_UNITS.map(([u]) => u.length));

function unitFits(wanted: UnitClass[], figure: Fact["figure"]): boolean {
  const actual = figure.unitClass;
  if (wanted.length === 0) return true;
  if (wanted.includes(actual)) return true;
  // A bare 万/亿 answers a count of anything countable, and so does a bare whole number; a bare
  // 2.2 (a ratio: 城乡居民收入比降至2.2) counts nothing.
  const countable = figure.unit !== "" || Number.isInteger(figure.value);
  if ((actual === "none" || actual === "count") && countable && wanted.some((w) => w === "people" || w === "count")) return true;
  return false;
}

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
/** The first years of a span, not all of it: 前四年, 头两年; not 提前两年 ("收入提前两年翻一番": ahead of the plan). */
const FIRST_YEARS_OF_SPAN = /(?<!提)(?:前|头)[一二两三四]年/;
/** A clause adding an amount to the one before: "加上上解上级等支出共353.49亿元" (what is added captured). */
const ADDEND = /^\s*加上([^，,；;。]*)$/;
/** Heads that name money of any kind (支出, 收入): in an addend's words they do not say the question asks it. */
const MONEY_HEADS = new Set(wordClass("metric-heads-money"));
const BUDGET_NAMES = new Set(wordClass("budget-names"));
/** A total asked by name: 总数, 总量 ("病床总数多少张"). */
const TOTAL_ASKED = /总数|总量/;
/** A change against a named year, right before its figure: "比一九六四年增长", "较2019年下降". */
const AGAINST_YEAR = new RegExp(`(?:比|较)(${YEAR_NUMBER})年[^，,；;。\\d]{0,6}$`);
/** The noun a figure describes when 的 follows it ("3500多公里的长江干堤" → 长江干堤), to the next item or clause; null for a figure that describes none. */
function describedNoun(sentence: string, figureEnd: number): string | null {
  const m = DESCRIBED_NOUN.exec(sentence.slice(figureEnd));
  return m ? m[1]! : null;
}
const DESCRIBED_NOUN = /^的([^，,；;。、和与及\d]+)/;

/** A whole a part of a paired compound belongs to: the compound itself (城乡), or a scope (全国, 全省). */
const WHOLE_BEFORE_NOUN = new RegExp(`(?:${SCOPE_WORD_PATTERN}|全体)$`);

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

/** Words for the whole of a place, not a part of what is counted: 全国, 我国, 全省, 全市. */
const WHOLE_SCOPE = new RegExp(`^(?:${SCOPE_WORD_PATTERN}|我国|中国|全部|所有)$`);
/** The noun phrase right after a figure (what a count counts): Chinese characters to the next sign. */
const COUNTED_AFTER = /^\p{Script=Han}{1,12}/u;

/** Shape words that ask the size of a whole (data/word-classes.txt). */
const SIZE_WORDS = new Set(wordClass("size-words"));

/** The last "for example" before a figure, with no clause of another sentence part between (；). */
const EXAMPLE_LEAD = new RegExp(`${anyOf("example-marks")}(?=[^；;]*$)`);
/** An instance framed as an example, its name in the group: "拿北京京西矿务局来说", "以深圳为例" (in the figure's semicolon part). */
const EXAMPLE_FRAME = /(?:拿|以)([^，,；;。：:]{2,20}?)(?:来说|为例)(?=[^；;]*$)/;
/**
 * What a change is measured against, before the figure: 比上年, 比2023年预算, 较上年, 同比, 同1957年比较;
 * 增产, 增收 (and their opposites) are against the year before in their own word, as is 净增, a net rise over the
 * period ("全市农民人均纯收入预计净增320元", 南昌 1998).
 */
const BASE_NAMED = /比|较|同比|增产|减产|增收|减收|净增/;
/**
 * A change said right after the level it changes, with nothing between: "地方财政赤字5000亿元，增加1000亿元" is
 * the difference from the year before, as "比上年增加" says it.
 */
/**
 * A clause opening with its year and saying only how much a metric changed: "一九八四年增加二百五十五亿元，一九八五年
 * 增加三百六十二亿元" — each year's difference from the year before.
 */
const YEAR_THEN_CHANGE = new RegExp(`^\\s*${YEAR_NUMBER}年[^，,；;。\\d]{0,10}?(?:增加|减少|增长|下降)了?$`);
const LEVEL_THEN_CHANGE = /[\d〇零一二三四五六七八九十百千万亿][^，,；;。\d]{0,4}[，,]\s*(?:增加|减少|增长|下降|提高|降低|多|少)$/;
const ALSO_FOR_JIA = new Set(wordClass("also-counted-for-jia"));
/** Whether a figure counted in `printed` answers a count asked in `asked`: the same word, or 户 for 家. */
function sameCount(printed: string, asked: string): boolean {
  return canonicalUnit(printed) === canonicalUnit(asked) || (asked === "家" && ALSO_FOR_JIA.has(printed));
}
/**
 * A target asked in so many words (计划, 预算 also name documents and funds: 预算内投资), or as a plan says it: 要控制在
 * ("85年全国总人口要控制在多少"; 控制在 alone is how reports state outcomes too: "居民消费价格涨幅控制在2.6%").
 */
const TARGET_ASKED = /目标|预期|要控制在|原定|原来定/;
/** An aim for a year: 预期目标, 目标, 力争, 争取, 努力把…控制在, 计划规定… (not 计划生育 and the other false friends). */
const AIM = new RegExp(`(?!${alternation("target-mark-false-friends")})(?:预期目标|目标|力争|争取|努力|控制在|计划)`);
/** A question comparing with another time ("比64年增长了多少"): a change over years is asked. */
const COMPARED_IN_QUESTION = /比(?!重|例)/;
/** A clause giving its figure as one year's: "全年降低企业税负…", "当年新增…". */
const ONE_YEAR_MARK = /全年|当年|今年|去年|上年/;
const TOTAL_WORDS_ASKED = new RegExp(alternation("total-words"), "g");

/** "接待游客总数" against "全年全市接待游客总数2853.51万人次": the figure's own words name the total asked, of parts, not of years. */
function totalWordEchoed(question: string, lead: string): boolean {
  return (question.match(TOTAL_WORDS_ASKED) ?? []).some((word) => lead.includes(word));
}
/** How a figure was worked out, said before it: "按平均汇率计算", "按可比价格计算". */
const COMPUTED_AS = /按[^，,；;]{0,10}计算/g;
/** Whether words name something measured: two Chinese characters or more. */
function namesAMetric(words: string): boolean {
  // "人均达到22200元": a verb (达到) names nothing.
  return (words.replace(NON_SUBJECT_WORDS, "").match(/\p{Script=Han}/gu) ?? []).length >= 2;
}
const NON_SUBJECT_WORDS = new RegExp(alternation("non-subject-words"), "g");
/** Right after an amount, the fund it is: "3.5亿元外贸发展财政专项资金", "200万元奖补资金". */
const FUND_AFTER = /^[^，,；;。：:、（(]{0,14}?(?:资金|经费|基金)/;
/** A question asking an amount given or spent rather than a level of the economy: 资金, 经费, 补助, 投入, 安排…. */
const FUND_ASKED = /资金|经费|基金|补助|补贴|奖补|奖励|专项|钱|款|投入|安排|拨|花|用于|支持|支出|投资/;
/** The whole of a stock asked: 总里程, 总长度, 总规模, 总面积. */
const WHOLE_ASKED = /总(?:里程|长度|长|规模|面积)/;
/** An aim changed midway: "按调整后的“八五”计划，…由原定…调高到…". */
const AIM_REVISED = /调整后|调高|调低|修订后|原定/;
/** An allocation: what a budget or a plan puts aside (拟安排, 安排, 预算, 发行). */
const ALLOCATION = /安排|预算|发行|下达|拨付/;

/** Whether a text allocates (拟安排地方政府专项债券…): a plan officials ask of as the year's figure. */
export function allocates(text: string): boolean {
  return ALLOCATION.test(text);
}

/**
 * Whether a figure is about part of a year: its own clause names the part before it, or the
 * sentence opens with it ("一九五八年上半年小学生有…"), and its clause does not say 全年.
 */
function aboutPartOfYear(sentence: string, fact: Fact): boolean {
  const ownLead = sentence.slice(fact.clause[0], fact.figure.start);
  // "下半年…加快，全年增长19·5%，全社会固定资产投资增长14·1%": 全年 since the lead speaks of the year.
  if (/全年/.test(sentence.slice(0, fact.figure.start))) return false;
  return PART_OF_YEAR.test(ownLead) || PART_OF_YEAR.test(/^[^，,；;]*/.exec(sentence)![0].slice(0, 16));
}

/** A year's end asked: 1954年底, 去年末. */
const YEAR_END_ASKED = /年[底末]/;
/** A month before December, as a level's time: 今年八月, 9月底 (not 十二月, nor a span of months 1-9月). */
const MONTH_LEVEL_BEFORE_DECEMBER = new RegExp(String.raw`(?<![\d一二三四五六七八九十])${MONTH_BEFORE_DECEMBER}(?!份?[至到—\-~～])`);

/** This many numbers without a unit in one sentence (not a table's row) are a table read as text. */
const FLATTENED_TABLE_NUMBERS = 4;

/** A kind named in quotes and its noun, right before a figure: "…支出“三公”经费" (2.8亿元). */
const QUOTED_KIND_BEFORE_FIGURE = /[“"]([^”"]{1,8})[”"](\p{Script=Han}{1,4})\s*$/u;

/** Nothing but numbers, signs and spaces. */
const NUMBERS_ONLY = /^[\s\d.,%+\-－−]*$/;

/** The dot leaders of a table of contents ("…情况表..............11-2", "……………3"). */
const CONTENTS_LEADER = /(?:\.{6,}|…{3,}|·{6,})\s*\d/;

/** A table's row opening with its classification or area code ("20107税收事务86,225", "6530克孜勒苏州…"). */
const CODED_ROW = /^\s*\d{4,9}(?![年万亿千百元个项多余])\p{Script=Han}/u;

/**
 * How many numbers without a unit a sentence states. The facts of one sentence are assessed one
 * after another: the last sentence's count is kept rather than its figures read again for each.
 */
function bareNumbers(sentence: string): number {
  if (sentence !== lastCounted.sentence) {
    // A number in quotes names a programme ("力争实现“3个1000”“7个100”具体工作目标"): no table's cell.
    // …nor is a ratio ("三次产业结构由2016年的6.2:61.2:32.6到2019年底的8.8:27.8:63.4").
    const unquoted = sentence.replace(QUOTED_NAME, (m) => " ".repeat(m.length)).replace(RATIO, (m) => " ".repeat(m.length));
    lastCounted = { sentence, bare: extractFigures(unquoted).filter((f) => f.unit === "").length };
  }
  return lastCounted.bare;
}
/** A name in quotes, up to 20 characters: “3个1000”, “千亿斤江淮粮仓”, 「双减」. */
const QUOTED_NAME = /[“「][^“”「」]{1,20}[”」]/g;
/** The rest of a noun phrase after a count, up to its 的: "省、市、自治区的" of "二十九个省、市、自治区的总人口". */
/** The words from a figure to the next one in its clause, with no list or clause break between ("市场主体留抵退税"). */
const WORDS_TO_NEXT_FIGURE = /^([^，,；;。、\d]{2,20})\d/;
const MODIFIER_AFTER = /^([^，,；;。的]{1,15})的/;
/** How far after that 的 the asked word is looked for: the head of the phrase. */
const HEAD_AFTER_MODIFIER_CHARS = 8;
/** A ratio's colon right before or after a number: the number is a part of the ratio. */
const RATIO_BEFORE = new RegExp(`\\d${RATIO_COLON}$`);
const RATIO_AFTER = new RegExp(`^${RATIO_COLON}\\d`);
/** Numbers joined by colons: a ratio (6.2:61.2:32.6). */
const RATIO = new RegExp(`\\d+(?:\\.\\d+)?(?:${RATIO_COLON}\\d+(?:\\.\\d+)?)+`, "g");
let lastCounted = { sentence: "", bare: 0 };

/** A count of years opening a clause ("五年中央财政…"; not 三年级, 三年制, 普及九年义务教育). */
const SPAN_OPENS = /^[^，,；;]{0,4}?(?<![零〇一二三四五六七八九十\d])[两二三四五六七八九十]{1,2}年(?![级制]|义务)/;
/** A span counted in so many words: 五年来, 三年间, 五年累计. */
const SPAN_COUNTED = /(?<![\d零〇一二三四五六七八九十])[两二三四五六七八九十\d]{1,2}年(?:来|间|以来|累计|合计)/;
/** An average over several years: 年均, 平均每年. */
const YEARLY_AVERAGE = /年均|平均每年|每年平均/;
/** A year range: 1952年到1956年. */
const YEAR_RANGE = /(?:19|20)\d\d年?(?:到|至|—|-)(?:19|20)\d\d年/;

/**
 * A sum or an average over years: in the figure's own lead, or 累计 before it in a sentence that names
 * its span, or in a paragraph reviewing a span ("“十四五”时期，…。累计发行地方政府债券7899.9亿元").
 */
/**
 * A count of things done under a review of several years, its sentence saying nothing of years itself ("过去五年…
 * 提请全国人大常委会审议法律议案50件"): what the years did, not one year's, unless the clause states a level reached
 * (达到, 共有, 总数) or a yearly figure (每年惠及3700多万学生). (A sentence's own mark of years may be of another clause:
 * "…连续两年快于城镇居民；…全年人均增加1680元，5700多万人受益".)
 */
function countsOverSpan(a: Assessment): boolean {
  return (
    a.fact.multiYear &&
    a.fact.yearSource !== "sentence" &&
    a.fact.yearSource !== "clause" &&
    a.fact.role === "level" &&
    (isCountClass(a.fact.figure.unitClass) || (SUMS.has(a.fact.figure.unitClass) && DONE_LEAD.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)))) &&
    !marksYears(a.sentence.slice(0, a.fact.figure.start)) &&
    !LEVEL_STATED.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
  );
}
/**
 * An amount of work done in its own clause's words: "新建高标准农田4.56亿亩" under gwr-2023's review of five years is theirs,
 * as a count is.
 */
const DONE_LEAD = /(?:新建|新增|建成|改造|改扩建|淘汰|退出|压减|开工|完成|治理|解决|减少)[^，,；;。]{0,16}$/;
/** Words that make a count a level reached, or a year's, which fits one year as well as several. */
export const LEVEL_STATED = /达到|达|增至|增加到|提高到|增长到|上升到|扩大到|超过|突破|为|共有|拥有|总数|总量|有|每年|全年/;

function sumsYears(ownLead: string, beforeFigure: string, overSpan: boolean, ownYear: boolean): boolean {
  // A level a span reaches is no sum of its years: "三年内参保率均提高到90%以上" is the level at the span's end.
  // (Not 总量 under a span: "“十四五”时期，全市一般公共预算收入总量达1670亿元" sums its years.)
  if (LEVEL_REACHED_LEAD.test(ownLead) && !SUM_WORD.test(ownLead) && !TOTAL_WORD.test(ownLead) && !YEARLY_AVERAGE.test(ownLead)) return false;
  // A sentence opening with its years speaks of all of them: "从一九七四年到一九七六年，…全国大约损失工业总产值一千亿元，钢产量
  // 二千八百万吨" is no 1976 output (a clause naming its own year is that year's: "…，其中去年超收2573亿元").
  // So does one opening with a count of years it reviews: "五年间全国…使用国外贷款153.8亿美元，吸收外商直接投资87.8亿美元".
  // (A clause of what each of those years saw is any one's: "近五年共落实…近20亿元,每年落实各项社会资助资金近1000万元".)
  // So does a clause of its part opening with one: "…，五年实际利用外资226.8亿美元，实际到位内资、进出口总额分别突破5000亿元和
  // 600亿美元" (沈阳 2016).
  const partClauses = beforeFigure.slice(partStartBefore(beforeFigure, beforeFigure.length)).split(/[，,]/);
  // (The count opening it: "也是几十年以来我国最大的一次灾荒" counts no years of its figures.)
  const spanOpens =
    openingSpan(beforeFigure) !== null || opensCountedSpan(beforeFigure) || partClauses.some((c) => CLAUSE_OPENING_COUNT.test(c) && opensCountedSpan(c));
  if (!ownYear && spanOpens && !OLD_LEVEL_LEAD.test(ownLead) && !/每年/.test(ownLead)) return true;
  // An average over years (年均增长5.1%, 平均每年城镇新增就业1000多万人) is no one year's figure either.
  if (SPAN_OPENS.test(ownLead) || SPAN_COUNTED.test(ownLead) || YEARLY_AVERAGE.test(ownLead)) return true;
  // A clause that names its own year after a sum is that year's: "…五年累计7.79万亿元，年均增长21.58%，
  // 2012年占国内生产总值比例达到4%".
  if (ownYear && !SUM_WORD.test(ownLead)) return false;
  return (
    (SUM_WORD.test(beforeFigure) || TOTAL_WORD.test(ownLead)) &&
    (overSpan || spanNamed(beforeFigure) !== null || YEAR_RANGE.test(beforeFigure) || planPeriodOpening(beforeFigure) !== null)
  );
}
const SUM_WORD = new RegExp(anyOf("sum-words"));
/** The opening and the close of a phrase that dates a clause by an earlier event: "在…跨越2000亿元台阶之后的第一年". */
const DATING_PHRASE_OPENS = /(?:^|[^存现实])在[^，,；;。]{0,30}$/;
const DATING_PHRASE_CLOSES = /^[^，,；;。]{0,14}(?:之后|以后|之前|以前)/;
/** A question asking a figure for each: "…各多少", "各是多少". */
const EACH_ASKED = new RegExp(String.raw`各(?:是|为|有)?${HOW_MANY_WORD}`);
/** A clause stating what a part added to (or took from) a whole's growth: "拉动全市规模以上工业增加值增长", "下拉固定资产投资". */
const PULL_LEAD = /(?:拉动|带动|下拉|拉低|拉高|上拉)[^，,；;。]{0,30}?(?:[\d.]+、)*$/;
/** A clause stating a part's share of a whole's growth: "对经济增长贡献率分别为9.9%、33.4%和". */
const CONTRIBUTION_LEAD = /贡献率[^，,；;。\d]{0,6}(?:[\d.]+%?[、和])*$/;
/** A question asking for such a pull: "拉动了多少", "贡献率". */
const PULL_ASKED = /拉动|带动|贡献|撬动/;
/** A sentence opening with the count of years it reviews: "五年间…", "过去五年，", "三年来，", "五年新增…、新增…". */
function opensCountedSpan(sentence: string): boolean {
  const first = /^[^，,；;]*/.exec(sentence)![0];
  // (Not a count of years naming something else: "三年新冠疫情防控转段后，…".)
  return SPAN_OPENS.test(first) && (SPAN_COUNTED.test(first) || /^过去/.test(first) || SPAN_THEN_DONE.test(first));
}
/** A clause that opens with a count of years itself: "五年实际利用外资…", "过去五年…". */
const CLAUSE_OPENING_COUNT = /^\s*(?:过去|近)?[两二三四五六七八九十]{1,2}年/;
/** A count of years followed by what was done in them: "五年新增…", "三年累计…". */
const SPAN_THEN_DONE = /[两二三四五六七八九十]{1,2}年(?:新增|新建|累计|共|投入|安排|完成|减少|增加|解决|实际|实现|引进)/;
/** A clause stating where a change started: "已由五百九十八所增加到…" (its figure is the span's first year's). */
const OLD_LEVEL_LEAD = /[由从]\s*$/;
/** A clause leading to the level reached: "…参保率均提高到", "高铁营业里程达到", "高速公路总里程达9.56万公里", "总数增至". */
const LEVEL_REACHED_LEAD = /(?:(?:提高|增加|增长|上升|下降|降低|减少|扩大|提升)(?:到|至)|达到?|增至)\s*$/;
/**
 * A figure set against a plan period's right after it is that period's too: "…支出达3164亿元，比“十三五”时期增加160亿元"; so
 * is one set against the five years before ("实现进出口贸易581.3亿美元，分别较上一个五年增长…", 陕西 2013).
 */
/** Whether the question asks a year's end and the figure, of that year, is a count that adds nothing up (no 新增, 累计, 增加). */
function stoodAtYearEndAsked(a: Assessment): boolean {
  return AT_YEAR_END_ASKED.test(a.q.text) && a.fact.year === a.q.dataYear && !ADDS_UP.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start));
}
/** What makes a figure over years an amount added, not a level: "新增", "累计", "增加了" (not "增加到"). */
const ADDS_UP = new RegExp(`${anyOf(["increment-verbs", "sum-words"])}|共|(?:增加|减少|提高|下降)了?(?![到至])`);

const COMPARED_WITH_PLAN_PERIOD = new RegExp(`^[^，,；;。]{0,6}[，,](?:分别)?(?:比|较)(?:[“"]?(?:${PLAN_NAME})[”"]?(?:时期|期间)|上一?个五年)`);
/**
 * 总量 sums over years only in the figure's own clause, under a span: "“十四五”时期，全市一般公共预算收入
 * 总量达1670亿元" (not "经济总量跃上新台阶，生产总值达到3353.3亿元", a level).
 */
const TOTAL_WORD = /总量/;

/**
 * A count of years (五年, 十年, 3年), not a calendar year's end (2022年) nor a time in one (年底, 年前), nor the years of a
 * stage of schooling ("近五年共落实贫困家庭学生学前三年、义务教育和普通高中教育资助资金近20亿元": 五年 is the span).
 */
const YEARS_COUNT = /(?<![\d〇零一二三四五六七八九十]|学前)([两二三四五六七八九十]{1,2}|\d{1,2})年(?![前后底末初度级内制]|义务)/g;

/**
 * A figure over several years spans the asked count: as the nearest count of years before it says
 * ("五年年均增长5.2%，十年…年均增长6.2%": 6.2% is ten years'), else its sentence (三年累计), else the usual five.
 */
function spanAgrees(asked: number, sentence: string, figureStart: number): boolean {
  const nearest = [...sentence.slice(0, figureStart).matchAll(YEARS_COUNT)].at(-1);
  const counted = nearest ? yearCount(nearest[1]!, LONGEST_PRINTED_SPAN) : null;
  return (counted ?? spanNamed(sentence) ?? USUAL_SPAN_YEARS) === asked;
}

function yearFits(q: Question, year: number | null, fact: Fact, rules: YearRules): boolean {
  if (year === null) return false;
  // A year of the period named with it ("二五计划原定一九六二年钢产量指标") is the year asked: 1959's plan is no 1962's
  // (a figure of no year of its own is the period's, as before).
  const yearOfPeriod = q.period !== null && q.dataYear !== null && q.dataYear >= q.period[0] && q.dataYear <= q.period[1];
  if (q.period && yearOfPeriod && fact.year !== null)
    return year === q.dataYear || (fact.multiYear && q.dataYear === q.period[1] && year >= q.period[0] && year <= q.period[1]);
  if (q.period) return year >= q.period[0] && year <= q.period[1];
  if (year === q.dataYear) return true;
  // Without a year of its own, a stated fact may be about the year the report speaks from or the
  // one its genre implies (a plan is about its target year only).
  if (fact.year === null && fact.kind === "actual" && undatedYears(rules).includes(q.dataYear!)) return true;
  // A span asked ("1998到2002年…五年共计") or stated (五年累计) ends in the asked year.
  return q.multiYear && fact.multiYear && Math.abs(year - q.dataYear!) <= 1;
}
