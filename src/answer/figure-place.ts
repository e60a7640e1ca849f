/**
 * Whose figure is it? A figure is about the place its sentence makes the subject before it — a
 * place name or a scope word (全市, 我省) that opens a clause ("成都天府国际机场旅客吞吐量…",
 * "2019年,全市…"), or one in the figure's own words ("凉山州新建学校12所") — and otherwise about
 * its report's place. A place after a comparison word (占全国比重, 比全省高) is not the subject, nor
 * one that heads a group (上海等省市), nor one a total includes ("市级（含市本级、南通经济技术开发区…）"), nor a route's
 * ends (南宁至百色高速公路), nor where people are sent (赴凉山).
 */
import { CHINA, DESTINATION_LEAD, lineage, placeMentions, scopeLevel, SCOPE_WORD_PATTERN, type Place } from "../zh/places.ts";
import { alternation } from "../zh/word-classes.ts";
import { inclusionAsides, ORDINAL_PLACE, partStartBefore } from "../zh/text.ts";

/** The place a sentence names for a figure: a Place, "own" for a scope word (the report's own place), null for none. */
export type NamedPlace = Place | "own" | null;

export interface Subject {
  at: number;
  end: number;
  place: Place | "own";
  /** It opens its clause (after time words at most), so it is the subject of what follows. */
  opensClause: boolean;
  /** It begins a facility's name ("西安咸阳国际机场"): the subject of its own clause only. */
  beginsName: boolean;
}

/** A place word right after one of these is compared with, not spoken of. */
const COMPARISON_LEAD = /(占|比|较|与|同|于|和|及|居|列|相当于|超过|高于|低于)$/;
/**
 * A place word followed by one of these heads a group ("在上海等省市设立11个自贸试验区"), or begins a name in
 * a list of them ("浙江众成、山东玉龙黄金等500强企业落户商洛"), not the subject.
 */
const GROUP_FOLLOWS = /^\p{Script=Han}{0,6}(?:、[^，,；;。]{1,12})?等/u;
/**
 * A place word that begins a name listed among others ("乌鲁木齐天山国际机场、“疆电外送”第三通道、…建成投运"):
 * the name's, not the subject of the figures after it.
 */
const NAME_IN_LIST = new RegExp(`^\\p{Script=Han}{0,10}(?:${alternation("facility-nouns")})、`, "u");
/**
 * A place word at either end of a route ("南宁至友谊关、南宁至水任、南宁至百色高速公路建成通车，…高速公路总里程由822公里增加到1879公里",
 * 广西 2008): the road's name, not the subject. (Not a dash, which joins a port's name too: "宁波—舟山港货物吞吐量5.77亿吨".)
 */
const ROUTE_FROM = /^至\p{Script=Han}/u;

const ROUTE_TO = /\p{Script=Han}至$/u;
/**
 * A place word beginning a facility's name, with words of the name between ("西安咸阳国际机场客运吞吐量实现晋位…，中欧班列
 * 长安号实载开行1235列", 陕西 2019): the facility is the subject of its clause, and the clauses after it, which name
 * their own, are the report's place's. (Not a place and its district or zone at once: 兰州新区, 西安高新区.)
 */
const BEGINS_NAME = new RegExp(`^\\p{Script=Han}{2,10}(?:${alternation("facility-nouns")})`, "u");
/** What may stand between a clause's start and its subject place: time words, 其中, 在. */
const CLAUSE_LEAD = /^(?:(?:\d{4}|[零〇○一二三四五六七八九]{4})年(?:底|末|初)?|全年|年末|年底|今年|去年|上年|其中|在|截至|截止|至)*$/;
const SCOPE = new RegExp(SCOPE_WORD_PATTERN, "g");
/**
 * A place word followed by one of these ranks the report's own place in it ("在全国率先启动…", "跃居…、
 * 全国百强城市第49位；规上工业增加值…分别增长7.8%…", "城市综合信用指数全国排名第33位"), or names a title it confers ("新增6处全国重点文物保护单位"),
 * and is not the subject.
 */
const RANKS_IN = new RegExp(
  `^(?:范围内)?(?:${alternation("first-in-scope-words", "designation-words")}|百强|\\d+强|(?:排名|排|位居|居|位列|名列)?${ORDINAL_PLACE}[位名])`,
);

/**
 * The subjects a sentence names, in order. `clauseStarts` are the offsets where its clauses
 * begin; `home` is the report's place, used to choose among namesakes (普陀区).
 */
export function sentenceSubjects(sentence: string, clauseStarts: readonly number[], home: Place | null): Subject[] {
  const opensClause = (at: number) => {
    // An item of a list is no clause's subject: "积极申办CCTV乡村大舞台、四川省乡村艺术节" names an event.
    if (sentence[at - 1] === "、") return false;
    let start = 0;
    for (const s of clauseStarts) if (s <= at) start = s;
    return CLAUSE_LEAD.test(sentence.slice(start, at).trim());
  };
  const out: Subject[] = [];
  for (const m of sentence.matchAll(SCOPE)) {
    // 全国/我国 are the country (found as places below); 全市, 我省… the report's own place.
    if (scopeLevel(m[0]) === "country") continue;
    out.push({ at: m.index!, end: m.index! + m[0].length, place: "own", opensClause: opensClause(m.index!), beginsName: false });
  }
  for (const mention of placeMentions(sentence)) {
    const related =
      mention.places.find((p) => home !== null && home !== CHINA && lineage(p).some((a) => a.code === home.code)) ??
      mention.places.find((p) => home !== null && lineage(home).some((a) => a.code === p.code));
    // A name several divisions share, none of them the report's own or its parts (城区, 郊区: also "the
    // urban area"), names none of them: "城区建成区面积达到16平方公里，城镇化率达到47%" is 清苑's.
    if (!related && mention.places.length > 1) continue;
    const place = related ?? mention.places[0]!;
    out.push({
      at: mention.start,
      end: mention.end,
      place,
      opensClause: opensClause(mention.start),
      beginsName: BEGINS_NAME.test(sentence.slice(mention.end)),
    });
  }
  const included = inclusionAsides(sentence);
  return out
    .filter((s) => !included.some(([a, b]) => s.at >= a && s.at < b))
    .filter(
      (s) =>
        !COMPARISON_LEAD.test(sentence.slice(0, s.at)) &&
        !GROUP_FOLLOWS.test(sentence.slice(s.end)) &&
        !NAME_IN_LIST.test(sentence.slice(s.end)) &&
        !RANKS_IN.test(sentence.slice(s.end)) &&
        !ROUTE_FROM.test(sentence.slice(s.end)) &&
        !DESTINATION_LEAD.test(sentence.slice(0, s.at)) &&
        !ROUTE_TO.test(sentence.slice(0, s.at)),
    )
    .sort((a, b) => a.at - b.at);
}

/**
 * The place a figure at `figureStart`, whose own words start at `segmentStart`, is about: the
 * nearest subject before it, in its part of the sentence, that opens a clause or stands in its own
 * words; null when none does. A semicolon ends what a subject speaks of: "长沙全球研发中心城市建设新增
 * 研发机构1178家；研发投入强度提升至2.57%" is 湖南's 2.57%.
 */
export function placeOfFigure(subjects: readonly Subject[], sentence: string, figureStart: number, segmentStart: number): NamedPlace {
  const partStart = partStartBefore(sentence, figureStart);
  let named: NamedPlace = null;
  for (const s of subjects) {
    if (s.end > figureStart) break;
    if (s.at < partStart) continue;
    if ((s.opensClause && !s.beginsName) || s.at >= segmentStart) named = s.place;
  }
  return named;
}
