/**
 * What a figure's own words name that the question does not ask, though the question's words stand
 * elsewhere in its sentence (so that coverage alone would take it):
 * - a part of a total (unaskedPart): "全市一般公共预算支出完成914.44亿元，其中，交通运输支出增长100.4%"
 *   states no growth of the total, and 100.4% is 交通运输支出's;
 * - another sector (otherSectorNamed): "…制造业…，规上工业增加值增长6.1%" is 规上工业's;
 * - another metric (otherMetricNamed): "固定资产投资提质提效，社会消费品零售总额增长5%左右" is 社零's;
 * - another metric of money closing the clause (otherMoneyHeadNamed): "规模以上工业企业实现利润总额82.9亿元" is no 增加值.
 */
import type { QueryTerm, Question } from "../question/types.ts";
import { CLAUSE_TIME_WORDS, PRINTED_YEARS } from "../zh/years.ts";
import { clauseStartBefore } from "../zh/text.ts";
import { alternation, anyOf, wordClass } from "../zh/word-classes.ts";
import { abbreviatedStretch, abbreviates, found, metricHeadOf } from "./coverage.ts";
import { allSynonymTerms } from "../zh/synonyms.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { extractFigures } from "../zh/figures.ts";
import { taggedWords } from "../zh/segment.ts";
import type { Fact } from "./facts.ts";

/** Words that may open or close a part's own words without naming it: verbs, connectives, scope. */
const NOT_LABEL = alternation("change-verbs", "non-subject-words", "size-nouns", "scope-words", "sum-words");
/** A clause that goes on about the subject before it: "，占一般公共预算收入比重为", "，比上年增长". */
const CONTINUES_SUBJECT = new RegExp(`^(?:${NOT_LABEL}|比|较|与|按|其)`);
const TRAILING_NOT_LABEL = new RegExp(`(?:${NOT_LABEL})+$`);
/** What a part names of its own, beyond the words asked, is a word: two characters or more (交通运输). */
const OWN_NAME_MIN = 2;

/**
 * The label of a part the question does not ask for ("交通运输支出"), or null. The fact stands after
 * 其中 in a sentence whose total came first; the question names the total's metric as the total
 * prints it, a qualifier and its head (一般公共预算 + 支出); the part's label keeps the head but not
 * the qualifier, and names something of its own (交通运输). A part the question names (税收 of
 * "一般公共预算收入中税收收入"), or whose label holds every word asked (国有土地使用权出让收入 for
 * 土地出让收入, 各类棚户区 under 新开工 for 棚户区开工), is asked for.
 */
export function unaskedPart(q: Question, fact: Fact, sentence: string): string | null {
  const before = sentence.slice(0, fact.figure.start);
  const breakdown = before.lastIndexOf("其中");
  // The total's figure stands before 其中, in the same sentence, with no semicolon between.
  if (breakdown < 0 || !/\d/.test(before.slice(0, breakdown)) || /[；;]/.test(before.slice(breakdown))) return null;
  const own = sentence
    .slice(Math.max(fact.segment[0], breakdown), fact.figure.start)
    .replace(/^[\s\p{P}]+/u, "")
    .replace(/^其中[\s\p{P}]*/u, "");
  if (CONTINUES_SUBJECT.test(own)) return null;
  const label = labelOf(own);
  const words = q.terms.filter((t) => !t.isPlace && !t.isFigure);
  const inLabel = (t: QueryTerm) => t.alternatives.some((a) => label.includes(a));
  // Longest first: 义务教育 goes whole before 教育 could leave 义务 behind.
  const asked = words.flatMap((t) => t.alternatives).sort((a, b) => b.length - a.length);
  const remainder = asked.reduce((rest, a) => rest.replaceAll(a, ""), label);
  if (remainder.replace(/[^\p{Script=Han}]/gu, "").length < OWN_NAME_MIN) return null;
  const total = before.slice(0, breakdown);
  const qualifierDropped = words.some(
    (qualifier) =>
      !inLabel(qualifier) &&
      words.some((head) => head !== qualifier && inLabel(head) && qualifier.alternatives.some((a) => head.alternatives.some((h) => total.includes(a + h)))),
  );
  return qualifierDropped ? label : null;
}

/** A figure's own words as a label: without years, closing punctuation, or the verbs and scope words that end it. */
function labelOf(own: string): string {
  return own
    .replace(PRINTED_YEARS, "")
    .replace(/[\s\p{P}]+$/u, "")
    .replace(TRAILING_NOT_LABEL, "");
}

/**
 * Another sector's figure of the metric asked, named by the figure's own clause: "突出制造业振兴升级
 * 主攻方向，…，规上工业增加值增长6.1%" states 规上工业's 增加值, not 制造业's, though 制造业 stands
 * in the sentence. The question's qualifier (制造业, the word right before its head) is a sector
 * (…业) the clause does not name, and the clause prints the head (增加值) after another sector of its
 * own (规上工业; "第三产业实现增加值501.8亿元" for 规模以上工业增加值). A clause of only a change ("，增长9.3%")
 * is read by its subject clause's words. Returns that label, or null. A list item is left to its
 * list's reading (its label is its own, its head shared).
 *
 * Only sectors: a paraphrase in a clause's own words (线网运营里程 for 地铁运营里程, 协议总投资 for
 * 项目投资额) looks the same and is right; sectors are named by one word each and are not paraphrased.
 */
export function otherSectorNamed(q: Question, fact: Fact, sentence: string): string | null {
  if (fact.listItem) return null;
  const head = metricHeadOf(q);
  const at = head ? q.terms.indexOf(head) : -1;
  const qualifier = at > 0 ? q.terms[at - 1]! : null;
  if (!head || !qualifier || qualifier.isPlace || !SECTOR.test(qualifier.word)) return null;
  const ownStart = Math.max(fact.clause[0], fact.segment[0]);
  const labelAt = (start: number, end: number) => labelOf(sentence.slice(start, end).replace(/^[\s\p{P}]+/u, ""));
  const headIn = (text: string) => Math.min(...head.alternatives.map((a) => text.indexOf(a)).filter((i) => i >= 0));
  let label = labelAt(ownStart, fact.figure.start);
  // A clause printing no head ("…，增长9.3%") speaks of its subject clause's ("第三产业实现增加值501.8亿元").
  if (!Number.isFinite(headIn(label)) && fact.parentClause && label.replace(LEADING_NOT_LABEL, "") === "") {
    label = labelAt(...fact.parentClause);
  }
  // (…as typed, or in short: 高新产业 for "高新技术产业产值占比达到29.5%".)
  const named = (text: string) => qualifier.alternatives.some((a) => text.includes(a) || abbreviates(a, text, true));
  if (named(label)) return null;
  const headAt = headIn(label);
  if (!Number.isFinite(headAt)) return null;
  const sector = label.slice(0, headAt).replace(LEADING_NOT_LABEL, "").replace(TRAILING_NOT_LABEL, "");
  // A head with no sector before it ("民营经济快速增长，实现增加值7407亿元") is of the sector its subject clause opens with.
  if (sector === "" && fact.parentClause) {
    const parent = labelAt(...fact.parentClause);
    return !named(parent) && SECTOR_OPENING.test(parent) ? parent : null;
  }
  return SECTOR.test(sector) ? label : null;
}

/**
 * The sector a figure's own words put before the metric asked, when the question puts none there: "完成工业固定资产投资
 * 469.21亿元" (兰州 2014) and "水利固定资产投资165亿元" (广西 2012) are parts of the 固定资产投资 asked whole. Returns the
 * sector, or null. A list item is left to its list's reading.
 */
export function sectorOfWholeAsked(q: Question, fact: Fact, sentence: string): string | null {
  if (fact.listItem) return null;
  const head = metricHeadOf(q);
  const at = head ? q.terms.indexOf(head) : -1;
  if (!head || at < 0 || q.terms.slice(0, at).some((t) => !t.isPlace && !t.isShape && !t.isPeriod && !t.isFigure)) return null;
  const label = labelOf(sentence.slice(Math.max(fact.clause[0], fact.segment[0]), fact.figure.start).replace(/^[\s\p{P}]+/u, ""));
  const headAt = Math.min(...head.alternatives.map((a) => label.indexOf(a)).filter((i) => i >= 0));
  if (!Number.isFinite(headAt)) return null;
  const sector = label.slice(0, headAt).replace(LEADING_NOT_LABEL, "").replace(TRAILING_NOT_LABEL, "");
  return (SECTOR.test(sector) && !NOT_A_SECTOR.test(sector)) || PART_SECTOR.test(sector) ? sector : null;
}
const PART_SECTOR = new RegExp(`^(?:${alternation("part-sectors")})$`);
/** Words ending in 业 that name no sector: firms (为各类企业减税降费), jobs, careers, schooling. */
const NOT_A_SECTOR = /(?:企业|就业|创业|失业|毕业|事业|职业|专业|学业|作业|营业)$/;

/** A clause opening with a sector or a part of the economy (民营经济, 县域经济) as its subject. */
const SECTOR_OPENING = /^\p{Script=Han}{1,6}?(?:业|经济)/u;

/** A sector: a word of two characters or more ending in 业 (制造业, 规上工业, 纺织业, 服务业). */
/**
 * Characters of verbs, comparisons and particles: a label holding none of them is a noun, the item its figure counts
 * ("研究生"), not what is done to the subject before ("稳定在", "达到", "比上年增加").
 */
const NOT_NOUN = /[在到至为达增长加减降升提高扩缩有计共约近超过比占是了的于成现完实保持续就而并使让建开投发放获得取]/;
/** A noun label longer than this is a clause of its own, not an item's name. */
const ITEM_LABEL_MAX = 10;

/**
 * The item its own clause names, where the question does not name it and the words asked are the clause before's,
 * which states a figure of the same kind: "五年共培养本科和专科毕业生687万人，研究生17.5万人" — 17.5万人 counts
 * 研究生, and 本科和专科毕业生 were asked. (A clause naming nothing, "增长16.9%", speaks of the clause before's
 * subject; a list's item shares its lead.) Returns the item, or null.
 */
export function otherItemNamed(q: Question, fact: Fact, sentence: string): string | null {
  if (fact.listItem) return null;
  const ownStart = clauseStartBefore(sentence, fact.figure.start);
  if (ownStart === 0) return null;
  const item = labelOf(
    toSearchForm(sentence.slice(ownStart, fact.figure.start))
      .replace(/^[\s\p{P}]+/u, "")
      .replace(LABEL_LEAD, ""),
  );
  if (!/^\p{Script=Han}+$/u.test(item) || [...item].length < OWN_NAME_MIN || [...item].length > ITEM_LABEL_MAX || NOT_NOUN.test(item)) return null;
  const words = q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isFigure && !t.isPeriod && !CHANGE_WORD.test(t.word));
  if (words.length === 0 || words.some((t) => found(t, item) || t.alternatives.some((a) => abbreviates(a, item, true)))) return null;
  const before = sentence.slice(clauseStartBefore(sentence, ownStart - 1), ownStart);
  const sameKind = extractFigures(before).some((f) => f.unitClass === fact.figure.unitClass);
  return sameKind && words.every((t) => found(t, before)) ? item : null;
}

const SECTOR = /^\p{Script=Han}+业$/u;
const LEADING_NOT_LABEL = new RegExp(`^(?:${NOT_LABEL})+`);

/** The metrics the synonym data names (社会消费品零售总额, 一般公共预算收入), longest first: a label opening with one names that metric. */
const KNOWN_METRICS = [...new Set([...allSynonymTerms(), ...wordClass("headline-metrics")])]
  .filter((t) => /^\p{Script=Han}{4,}$/u.test(t))
  .sort((a, b) => b.length - a.length);
/** The most characters of a qualifier before a known metric in a clause's label (地方, 全社会). */
const METRIC_QUALIFIER_MAX = 3;
/** Before a metric, a share's base or a comparison, not a qualifier: "占一般公共预算收入比重60.5%" is the share's. */
const NOT_QUALIFIER = /[占比较与在于为同对]/;
/** A question word that asks a change (增长, 涨, 增速), which any metric's clause may hold. */
const CHANGE_WORD = new RegExp(`^${anyOf(["change-verbs", "colloquial-change", "rate-of-change-nouns"])}$`);
/** What may open a clause before its subject: a scope word, a time word. */
const LABEL_LEAD = new RegExp(`^(?:${alternation("scope-words")}|${CLAUSE_TIME_WORDS})+`);

/**
 * Another metric, named whole by the figure's own clause: "固定资产投资提质提效，社会消费品零售总额
 * 增长5%左右" gives no growth of 固定资产投资, though it stands in the clause before. The clause opens
 * with a metric the synonym data knows (of four characters or more) that is none of the question's,
 * and holds none of the question's metric words. Returns that metric, or null. A list item is left to
 * its list's reading, but for a paired compound's part, which names its metric whole.
 */
export function otherMetricNamed(q: Question, fact: Fact, sentence: string): string | null {
  // (A part of a paired compound is read as its list names it: "城乡居民人均可支配收入分别达到59605元、30819元" gives
  // 59605元 to 城镇居民人均可支配收入.)
  if (fact.listItem && !fact.listItem.pairPart) return null;
  const printed = fact.listItem?.pairPart ? fact.listItem.part! : sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start);
  const label = toSearchForm(printed)
    .replace(/^[\s\p{P}]+/u, "")
    .replace(PRINTED_YEARS, "")
    .replace(LABEL_LEAD, "");
  const words = q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isFigure && !t.isPeriod && !CHANGE_WORD.test(t.word));
  // The clause, or its last statement of a 、 series: "全市地区生产总值尚未迈过千亿元大关、一般公共预算收入不足50亿元"
  // gives 50亿元 to 一般公共预算收入.
  // (A statement of its own: the one before it states a figure, as 千亿元 there; "保障性住房、棚户区改造住房共
  // 1000万套" is one list of what is built.)
  const dun = label.lastIndexOf("、");
  const lastStatement = dun > 0 && extractFigures(label.slice(0, dun)).length > 0 ? label.slice(dun + 1) : null;
  for (const text of lastStatement ? [lastStatement, label] : [label]) {
    // (Opening the label, or after a qualifier of its own: 地方 of 地方一般公共预算收入.)
    const metric = KNOWN_METRICS.find((m) => {
      const at = text.indexOf(m);
      return at >= 0 && at <= METRIC_QUALIFIER_MAX && !NOT_QUALIFIER.test(text.slice(0, at));
    });
    if (!metric) continue;
    // (…or says it in short: 居民收入 for 居民人均可支配收入.)
    const asked = words.some((t) => t.alternatives.some((a) => metric.includes(a) || a.includes(metric) || abbreviates(a, text, true)) || found(t, text));
    return asked ? null : metric;
  }
  return null;
}

/** The last words of a metric of money (收入, 支出, 总额, 投资: word-classes.txt [metric-heads-money]), longest first. */
const MONEY_HEADS = [...wordClass("metric-heads-money")].sort((a, b) => b.length - a.length);

/** A clause's words before its figure without the verbs that end them, keeping a head of money (利润总额 keeps 总额). */
function moneyLabelOf(clause: string): string {
  let label = clause.replace(PRINTED_YEARS, "").replace(/[\s\p{P}]+$/u, "");
  for (let m = TRAILING_NOT_LABEL_WORD.exec(label); m && !MONEY_HEADS.includes(m[0]); m = TRAILING_NOT_LABEL_WORD.exec(label)) {
    label = label.slice(0, -m[0].length);
  }
  return label;
}

/** One word of NOT_LABEL closing a text. */
const TRAILING_NOT_LABEL_WORD = new RegExp(`(?:${NOT_LABEL})$`);

/**
 * Another metric of money closing the figure's own clause, where the clause does not name the metric asked:
 * "工业实现增加值387.1亿元，增长11.9%，规模以上工业企业实现利润总额82.9亿元" gives 利润总额, not the 规模以上工业增加值
 * asked, though the clause names 规模以上工业 and the sentence 增加值. Returns the clause's words for it, or null.
 */
export function otherMoneyHeadNamed(q: Question, fact: Fact, sentence: string): string | null {
  if (fact.listItem || fact.figure.unitClass !== "money") return null;
  const head = metricHeadOf(q);
  if (!head || head.isShape || head.isPlace) return null;
  const clause = toSearchForm(sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start));
  if (found(head, clause) || head.alternatives.some((a) => abbreviates(a, clause, true))) return null;
  const label = moneyLabelOf(clause);
  const own = MONEY_HEADS.find((h) => h.length >= 2 && label.endsWith(h));
  if (!own) return null;
  // The noun the head closes (利润 of 利润总额), a word of its own: not a verb (拟投入), and none of the words asked
  // (出口 of 出口总额, 贸易 of 进出口贸易总额 for 对外贸易).
  const words = taggedWords(label);
  const last = words.at(-1);
  if (!last || !last.word.endsWith(own) || last.tag.startsWith("v")) return null;
  const modifierWord = last.word.length > own.length ? { word: last.word.slice(0, -own.length), tag: "n" } : words.at(-2);
  if (!modifierWord || !/^n/.test(modifierWord.tag) || !/^\p{Script=Han}{2,}$/u.test(modifierWord.word)) return null;
  const modifier = modifierWord.word;
  const asked = q.terms.some((t) => t.alternatives.some((a) => a.includes(modifier) || modifier.includes(a) || a.includes(own)));
  // (A clause naming no word asked is another subject's, for coverage to weigh; one naming some of them is this one.)
  const namesSome = q.terms.some((t) => t !== head && !t.isPlace && !t.isShape && found(t, clause));
  return asked || !namesSome ? null : modifier + own;
}

/** A subgroup's name (脱贫地区, 少数民族, 跨境电商: word-classes.txt [subgroup-qualifiers]). */
/** A subgroup: a part of the population, places or trade, or some of the place's counties (not 各县区: all of them). */
const SUBGROUP = new RegExp(`${anyOf("subgroup-qualifiers")}|(?<!各|所有)${anyOf("member-divisions")}`, "g");
/** The subgroups' names, to read two contracted into one word (农牧区: 农区 and 牧区). */
const SUBGROUP_WORDS: ReadonlySet<string> = new Set(wordClass("subgroup-qualifiers"));
/** A subgroup's name opening a clause (after 其中 perhaps): the subject of the clause's every item. */
const SUBGROUP_OPENS = new RegExp(`^\\s*(?:其中)?(${anyOf("subgroup-qualifiers")}|${anyOf("member-divisions")})`);
/**
 * A count of the place's divisions opening a clause: "2个区地区生产总值超过600亿元，5个县（市）区超过100亿元" (昆明 2013) is
 * each of those districts', none of the city's.
 */
const COUNTED_DIVISIONS_OPEN = /^\s*(?:其中)?([\d一二两三四五六七八九十]+个?(?:县（市）区|县市区|县区|县|区|乡镇|乡|镇))/;
/** A list of members (joined by 、), then its group's name in quotes closing the text: the list captured. */
const LIST_THEN_LABEL = /((?:[^、，,；;]+、)+[^、，,；;“]+)“[^”]+”$/;
/** A subgroup coordinated with another group: "农村和贫困地区", "贫困地区、民族地区". */
const COORDINATED_AFTER = /[和及与、]$/;
const COORDINATED_BEFORE = /^[和及与、]/;

/** The two kinds of people a pension or an income is counted for (word-classes.txt [resident-words], [employee-words]). */
const PEOPLE_KINDS = [new RegExp(alternation("resident-words")), new RegExp(alternation("employee-words"))];

/**
 * The kind of people the figure's own clause names when the question names only another kind: "提高退休人员
 * 基本养老金，城乡居民基础养老金最低标准从每月70元提高到88元" answers no 企业退休人员 asked. Returns the
 * clause's words for its kind, or null.
 */
export function otherPeopleNamed(q: Question, fact: Fact, sentence: string): string | null {
  const clause = toSearchForm(sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start));
  const asked = toSearchForm(q.text);
  const askedKinds = PEOPLE_KINDS.filter((kind) => kind.test(asked));
  if (askedKinds.length === 0) return null;
  const clauseKinds = PEOPLE_KINDS.filter((kind) => kind.test(clause));
  if (clauseKinds.length === 0 || clauseKinds.some((kind) => askedKinds.includes(kind))) return null;
  return clause.match(clauseKinds[0]!)![0];
}

/**
 * A subgroup the figure's own clause names and the question does not: "脱贫攻坚成果持续巩固拓展，脱贫
 * 地区农村居民人均可支配收入增长6.8%" states no growth of 农村居民人均可支配收入 at large (the report's
 * "全省城乡居民人均可支配收入分别增长4.7%、6.6%" does). Returns the subgroup, or null.
 */
export function subgroupNamed(q: Question, fact: Fact, sentence: string): string | null {
  // A list's item shares its lead ("城乡居民人均可支配收入分别增长4.7%、6.6%"); any other figure has its
  // clause to itself ("551万农村贫困人口全部脱贫、52个贫困县全部摘帽": 贫困人口 is not 52个's).
  const commaClauseStart = clauseStartBefore(sentence, fact.figure.start);
  const start = fact.listItem ? commaClauseStart : Math.max(fact.clause[0], commaClauseStart);
  const asked = [toSearchForm(q.text), ...q.terms.flatMap((t) => t.alternatives)];
  // A group opening the comma's clause is the subject of all its items: "合作区地区生产总值增长15%以上、规上工业
  // 增加值增长20%以上" are both the zone's.
  const commaClause = toSearchForm(sentence.slice(commaClauseStart, fact.figure.start));
  const opening = SUBGROUP_OPENS.exec(commaClause) ?? COUNTED_DIVISIONS_OPEN.exec(commaClause);
  if (opening && !asked.some((a) => a.includes(opening[1]!))) return opening[1]!;
  const clause = toSearchForm(sentence.slice(start, fact.figure.start));
  for (const m of clause.matchAll(SUBGROUP)) {
    const group = m[0];
    // One of a pair the question's group stands in ("招收农村和贫困地区学生" for 农村学生) restricts nothing.
    // Nor two groups contracted into one word, the whole between them ("农牧区劳动力转移就业": 农区 and 牧区).
    const paired =
      COORDINATED_AFTER.test(clause.slice(0, m.index)) ||
      COORDINATED_BEFORE.test(clause.slice(m.index + group.length)) ||
      (m.index > 0 && SUBGROUP_WORDS.has(clause[m.index - 1]! + group.slice(1)));
    // A group named in quotes after the list of its members ("光伏、锂电池、新能源汽车“新三样”出口") is asked
    // by a question naming a member.
    const label = LIST_THEN_LABEL.exec(commaClause.slice(0, commaClause.indexOf(`${group}”`) + group.length + 1));
    const membersAsked = label !== null && q.terms.some((t) => !t.isPlace && found(t, label[1]!));
    // Nor one inside a name the question abbreviates: 牧区 of "新型农村牧区合作医疗" for 新农合.
    const inName = q.terms.some((t) =>
      t.alternatives.some((a) => {
        const stretch = abbreviatedStretch(a, clause);
        return stretch !== null && stretch[0] < m.index && stretch[1] > m.index + group.length;
      }),
    );
    if (!paired && !membersAsked && !inName && !asked.some((a) => a.includes(group))) return group;
  }
  return null;
}
