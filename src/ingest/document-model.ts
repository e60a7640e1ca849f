/**
 * The document model: what a report is (genre), who issued it and for which place, which period
 * its figures describe, and when it was published. Read from its title, its top and bottom lines
 * (issuer, dates, signature) and its body — never from the file name. Each rule says what it
 * relies on; an admin corrects any field with a sidecar file (sidecar.ts).
 */
import { halfWidthAlphanumeric } from "../zh/normalize.ts";
import { isDictionaryWord, wordsAround } from "../zh/segment.ts";
import { CHINESE_YEAR_DIGITS, DIGIT_YEAR, DIGIT_YEAR_PRINTED } from "../zh/years.ts";
import { parseChineseYear } from "../zh/numerals.ts";
import { alternation } from "../zh/word-classes.ts";
import { executionAndDraftYears } from "../zh/budget-titles.ts";
import { planYears, PLAN_PERIOD } from "../zh/plan-periods.ts";
import { CHINA, displayName, lineage, placeMentions, scopeLevel, SCOPE_WORD_PATTERN, type Place, type PlaceLevel } from "../zh/places.ts";
import type { HeaderLines, ReportMetadata } from "./metadata.ts";
import type { Genre, ReportPlace } from "./types.ts";

/** Genres by the words of a title (first match wins). */
const TITLE_GENRES: ReadonlyArray<[RegExp, Genre]> = [
  [/政府工作报告|工作报告/, "工作报告"],
  [/统计公报|公报/, "统计公报"],
  [/预算|决算/, "预算决算"],
  [/自查|自评|督导|评估/, "自评督导"],
  [/规划|纲要/, "规划"],
];

/** How each genre names itself, for a title made up when the report prints none. */
const GENRE_TITLES: Record<Genre, string> = {
  工作报告: "政府工作报告",
  统计公报: "国民经济和社会发展统计公报",
  预算决算: "部门预算",
  自评督导: "自查自评报告",
  规划: "规划",
  其他: "报告",
};

/** A title that names only what kind of document it is, not whose or when. */
const GENERIC_TITLE = /^(?:政府)?工作报告$|^(?:统计)?公报$|^(?:部门)?(?:预算|决算)$|^报告$/;

/** A news report of a statistics bureau's figures: "从市统计局获悉", "市统计局发布". */
const STATISTICS_PASSED_ON = /从[^，。]{0,12}(?:统计局|调查队)获悉|(?:统计局|调查队)(?:发布|公布)[^，。]{0,6}(?:数据|显示)/;

/** Lines of the body read for signs of the genre and the place (the opening of a speech, of a bulletin). */
const OPENING_LINES = 5;

/** @param tableLines the captions and rows of the report's tables (a final account's years are often only there) */
export function describeDocument(header: HeaderLines, body: string, tableLines: readonly string[] = []): ReportMetadata {
  const title = header.title;
  const bodyLines = body
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const opening = bodyLines.slice(0, OPENING_LINES).join("\n");
  const genre = genreOf(title, header, opening, body);
  const place = placeOf(title, header, body, opening);
  const issuer = issuerOf(header, title, body);
  const titleYear = yearIn(title) ?? header.yearLine;
  const publishedYear = yearIn(header.signed) ?? yearIn(header.published);
  const { year, period } = yearsOf(genre, title, titleYear, publishedYear, bodyLines, tableLines);
  // A title dated as delivered ("张家界市政府工作报告（2024年12月25日 王洪斌）") dates the report where no line under it does.
  const titled = DATED_TITLE.exec(halfWidthAlphanumeric(title));
  const titleDate = titled ? `${titled[1]}-${titled[2]!.padStart(2, "0")}-${titled[3]!.padStart(2, "0")}` : "";
  const date = header.signed || header.published || titleDate || (titleYear ? String(titleYear) : "");
  const source = /本站/.test(header.source) ? header.site : header.source || (title.includes("国务院") ? "国务院" : header.site);
  const placeName = place && place !== CHINA ? displayName(place) : "";
  return {
    // A title that only names the genre ("政府工作报告") is completed from the model.
    title: title && !GENERIC_TITLE.test(title) ? title : [placeName, year ? `${year}年` : "", title || GENRE_TITLES[genre]].join(""),
    date,
    year,
    source,
    genre,
    issuer,
    place: place ? reportPlace(place) : null,
    period,
    published: header.signed || header.published,
  };
}

function genreOf(title: string, header: HeaderLines, opening: string, body: string): Genre {
  for (const [words, genre] of TITLE_GENRES) if (words.test(title)) return genre;
  const issuer = header.issuerLines.join(" ");
  // A speech to a congress opens with 各位代表; a bulletin is issued by a statistics bureau.
  if (/各位代表/.test(opening)) return "工作报告";
  // …or, passed on without its opening, starts at its review ("一、2019年工作回顾").
  const opens = body.split("\n", OPENING_LINES).map((line) => halfWidthAlphanumeric(line.trim()));
  if (opens.some((line) => REVIEW_HEADING.test(line) || TERM_REVIEW_HEADING.test(line))) return "工作报告";
  // …or passed on from its opening sentence, with no title and no heading until its year's work plans ("二、2024年工作安排";
  // a titled department's summary, "…2025年工作总结与2026年工作安排", is no work report).
  if (title === "" && body.split("\n").some((line) => WORK_PLANS_HEADING.test(halfWidthAlphanumeric(line.trim())))) return "工作报告";
  // (A news page passing on a statistics bureau's figures is one too: "2月3日从市统计局获悉，2025年，我市…".)
  if (/统计局|调查队/.test(issuer) || /统计公报/.test(opening) || STATISTICS_PASSED_ON.test(opening)) return "统计公报";
  if (/预算|决算/.test(issuer) || /部门(预算|决算)/.test(opening)) return "预算决算";
  for (const [words, genre] of TITLE_GENRES) if (words.test(issuer)) return genre;
  if (/自查自评|督导评估/.test(body.slice(0, 2000))) return "自评督导";
  return "其他";
}

export function reportPlace(place: Place): ReportPlace {
  return { name: displayName(place), code: place.code, level: place.level };
}

/**
 * The report's place: the most specific place its title names, else its issuer's, else the
 * government a speech speaks for ("我代表北京市人民政府"), else the country when a national body
 * issued it, else the place its body names most at the level its scope words say (全市 → a city).
 */
function placeOf(title: string, header: HeaderLines, body: string, opening: string): Place | null {
  const issuer = header.issuerLines.join(" ");
  const speaker = /代表(.{2,20}?)人民政府/.exec(opening)?.[1] ?? "";
  // A work report's cover names its congress and its speaker: "在广东省第十四届人民代表大会…", "广东省省长 孟凡利".
  const congress = /在(.{2,16}?)第.{1,4}届人民代表大会/.exec(header.front)?.[1] ?? "";
  // (The office's place ends in its kind, 省 市 区 县 州 盟 旗: not "国务院在年初召开的全国市长会议" of a cover-less page's first
  // lines, 浙江 1988.)
  const official = /([^\s，。、；：:]{1,15}?[省市区县州盟旗])(?:省长|市长|区长|县长|州长|主席)/.exec(header.front)?.[1] ?? "";
  // Read only when needed: most reports name their place in the title.
  let read: ReturnType<typeof placeMentions> | null = null;
  const bodyMentions = () => (read ??= placeMentions(body));
  for (const text of [title, issuer, speaker, congress, official]) {
    const found = mostSpecific(text, bodyMentions);
    if (found) return found;
  }
  const mentions = bodyMentions();
  if (/国务院|国家(?!统计局.{2,6}调查队)|中华人民共和国/.test(title + issuer)) return CHINA;
  // "我代表区人民政府": the speaker names the level of the government, not the place. The place the body
  // names most (by short name too: 罗湖 ×55) at that level is it, though its city is named often (深圳 ×24).
  const speakerLevel = scopeLevel(`全${/代表([省市区县州旗])人民政府/.exec(opening)?.[1] ?? ""}`);
  if (speakerLevel !== null && speakerLevel !== "country") {
    // (A 市 speaker may be a county-level city's, 潜江's, naming 武汉 more than any other city: only a 区's or a 县's
    // speaker is read so.)
    const named = namedFarMostWithCounty(body, mentions, speakerLevel, true) ?? (speakerLevel === "county" ? namedMostAtLevel(mentions, speakerLevel) : null);
    if (named) return named;
  }
  const level = dominantScope(body);
  const named = namedFarMost(mentions) ?? namedFarMostWithCounty(body, mentions, level);
  if (named) return named;
  if (level === "country") return CHINA;
  const counts = new Map<Place, number>();
  for (const mention of mentions) {
    for (const place of mention.places) if (!level || place.level === level) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // The site of a scraped page names its place too ("中国中小企业海东网").
  const site = mostSpecific(header.site);
  if (site && (!level || site.level === level)) return site;
  return ranked[0]?.[0] ?? null;
}

/**
 * A body that names one place far more often than any other speaks for it: a city's work report
 * without its title names its city 22–73 times and its province under 12, while its scope words
 * point elsewhere (全国 and 全省 in its rankings, "全国第一", "全省第三", outnumber its 全市). The place
 * named most must be named `atLeast` times, and with the places within it (十堰's 竹山县, 房县) `timesTheNext`
 * times as often as any place outside its line (its province, 湖北, is not a rival).
 */
const NAMED_MOST = { atLeast: 10, timesTheNext: 3 };

/**
 * The place the body names NAMED_MOST more than any other (全国, a scope, not counted), or null.
 * With `scope`, the level the body's scope words speak for (全县 → a county), a place of that level
 * is measured against the places of its level only: 容城's report names 容城 15 times and 北京 10
 * (雄安新区 is to relieve 北京), yet every 全县 is 容城's.
 */
function namedFarMost(mentions: ReturnType<typeof placeMentions>, scope: PlaceLevel | null = null): Place | null {
  const own = new Map<Place, number>();
  const withParts = new Map<string, number>();
  for (const mention of mentions) {
    const place = mention.places[0]!;
    // A name several divisions share (城区, 市中区: also "the urban area") names none of them alone.
    if (place === CHINA || mention.places.length > 1) continue;
    own.set(place, (own.get(place) ?? 0) + 1);
    for (const a of lineage(place)) withParts.set(a.code, (withParts.get(a.code) ?? 0) + 1);
  }
  const top = [...own].sort((a, b) => b[1] - a[1])[0];
  if (!top || top[1] < NAMED_MOST.atLeast) return null;
  const line = new Set(lineage(top[0]).map((a) => a.code));
  const total = withParts.get(top[0].code) ?? 0;
  if (scope !== null && top[0].level !== scope) return null;
  const rivals = [...own.keys()].filter((p) => !line.has(p.code) && !lineage(p).some((a) => a.code === top[0].code) && (scope === null || p.level === scope));
  return rivals.every((p) => total >= NAMED_MOST.timesTheNext * (withParts.get(p.code) ?? 0)) ? top[0] : null;
}

/**
 * Of the speaker's level, the place the body names most by its full name, where no other of that level comes
 * near: 黄山区's report ("我代表区人民政府") names 黄山区 8 times and no other district more than once, though its
 * city's short name, 黄山 (the mountain's too), stands 38 times.
 */
const NAMED_MOST_AT_LEVEL = { atLeast: 4, timesTheNext: 3 };

function namedMostAtLevel(mentions: ReturnType<typeof placeMentions>, level: PlaceLevel): Place | null {
  const counts = new Map<Place, number>();
  for (const mention of mentions) {
    // (A name several divisions share, 城区, names none of them.)
    if (mention.places.length === 1 && mention.places[0]!.level === level) counts.set(mention.places[0]!, (counts.get(mention.places[0]!) ?? 0) + 1);
  }
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= NAMED_MOST_AT_LEVEL.atLeast && top[1] >= NAMED_MOST_AT_LEVEL.timesTheNext * (next?.[1] ?? 0) ? top[0] : null;
}

/**
 * The place named far most once the county named most by its short name is counted too (潜江); failing
 * that, measured against the places of the level the body's scope words speak for (容城, a county).
 * Only read when the full names decide nothing: a county's short names are looked up word by word.
 */
function namedFarMostWithCounty(body: string, mentions: ReturnType<typeof placeMentions>, scope: PlaceLevel | null, scopeOnly = false): Place | null {
  const withCounty = [...mentions, ...countyNamedMost(body, mentions)];
  return (scopeOnly ? null : namedFarMost(withCounty)) ?? namedFarMost(withCounty, scope);
}

/**
 * The mentions of the county a body names most by its short name (潜江, a county-level city under
 * its province, for 潜江市), beyond those already read by full name. Only that county's: other
 * counties' short names are too often words (江汉 of 江汉平原 is also 武汉's 江汉区).
 */
function countyNamedMost(body: string, read: ReturnType<typeof placeMentions>): ReturnType<typeof placeMentions> {
  const starts = new Set(read.map((m) => m.start));
  const counties = placeMentions(body, true).filter((m) => !starts.has(m.start) && m.places[0]!.level === "county" && standsAsName(body, m.start, m.end));
  const counts = new Map<Place, number>();
  for (const m of counties) counts.set(m.places[0]!, (counts.get(m.places[0]!) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return counties.filter((m) => m.places[0] === top);
}

/** How many characters either side of a name are segmented to tell whether it stands as a word. */
const NAME_CONTEXT = 6;

/**
 * Whether the text from `start` to `end` stands as a proper name: a word jieba tags as a name
 * (容城/nr, 潜江/ns), or one it does not know. A county's short name inside another word (迁安 of
 * 拆迁安置, 安新 of 雄安新区) or one that is a common word (资源, the county 资源县's) names no county.
 * Only the words around it are segmented: tagging a whole report takes seconds.
 */
function standsAsName(body: string, start: number, end: number): boolean {
  const word = wordsAround(body, start, end, NAME_CONTEXT, true).find((w) => w.start >= start);
  return word !== undefined && word.start === start && word.end === end && (/^n[srtz]/.test(word.tag) || !isDictionaryWord(word.word));
}

/**
 * The most specific place a short text names, choosing among namesakes the one within the broader place it
 * also names, else the one whose broader places `around` (the body's mentions) name most: "我代表南山区人民
 * 政府" in a report naming 深圳 53 times is 深圳's 南山区, not 鹤岗's.
 */
export function mostSpecific(text: string, around: () => ReturnType<typeof placeMentions> = () => []): Place | null {
  const mentions = placeMentions(text);
  if (mentions.length === 0) return null;
  const chosen: Place[] = [];
  for (const mention of mentions) {
    const inContext = mention.places.find((p) => chosen.some((c) => lineage(p).some((a) => a.code === c.code)));
    chosen.push(inContext ?? (mention.places.length > 1 ? namesakeNamedAround(mention.places, around()) : mention.places[0]!));
  }
  return chosen.sort((a, b) => lineage(b).length - lineage(a).length)[0]!;
}

/** Of namesakes, the one whose broader places the mentions name most (the first on a tie, or with none). */
function namesakeNamedAround(namesakes: readonly Place[], around: ReturnType<typeof placeMentions>): Place {
  if (around.length === 0) return namesakes[0]!;
  const named = new Map<string, number>();
  for (const m of around) if (m.places.length === 1) named.set(m.places[0]!.code, (named.get(m.places[0]!.code) ?? 0) + 1);
  const score = (p: Place) => lineage(p).reduce((n, a) => n + (a.code === p.code ? 0 : (named.get(a.code) ?? 0)), 0);
  return namesakes.reduce((best, p) => (score(p) > score(best) ? p : best));
}

/**
 * The level of the scope word a body uses most as a subject (全市 ×40 → city), or null when it uses
 * none; one it is compared with (居全国首位, 占全省的) does not count.
 */
function dominantScope(body: string): PlaceLevel | null {
  const counts = new Map<PlaceLevel, number>();
  for (const m of body.matchAll(new RegExp(SCOPE_WORD_PATTERN, "g"))) {
    if (/(居|占|比|与|较|于|在|为|列|超)$/.test(body.slice(Math.max(0, m.index! - 2), m.index!))) continue;
    const level = scopeLevel(m[0])!;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function issuerOf(header: HeaderLines, title: string, body: string): string {
  if (header.issuerLines.length) return header.issuerLines[0]!.replace(/\s+/g, " ");
  if (title.includes("国务院")) return "国务院";
  return /代表(.{2,20}?人民政府)/.exec(body.slice(0, 300))?.[1] ?? "";
}

/** A date's year ("2024-03-05", "2024"). */
const DATE_YEAR = new RegExp(`^(${DIGIT_YEAR})(?:-|$)`);
/** A work report's review section ("一、2023年工作回顾"; unnumbered, a line of its own: "2023年工作回顾"; after the term's: "过去五年主要成就和2021年工作回顾"). */
const REVIEW_HEADING = new RegExp(`^(?:[一二三四五六七八九十]+、|(?=.*工作回顾$))\\s*(?:[^，。；\\d]{0,12}?和)?${DIGIT_YEAR_PRINTED.source}.{0,12}工作回顾`);
/** A work report's review of its government's term, with no year ("一、过去五年工作回顾", "一、本届政府工作回顾"). */
const TERM_REVIEW_HEADING = /^[一二三四五六七八九十]+、\s*(?:过去五年|本届政府|五年来).{0,4}工作回顾/;
/** A title holding a full date, the day the report was delivered ("（2022年12月26日 李先祥）"): year, month, day. */
const DATED_TITLE = /((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日/;
/**
 * A work report's plans for its own year ("三、2017年工作任务", "二、2024年主要工作"), perhaps after its
 * plan period's ("二、“十五五”时期主要目标任务和2026年工作安排").
 */
const YEAR_PLANS_HEADING = new RegExp(
  `^[一二三四五六七八九十]+、\\s*(?:[^，。；]{0,16}?和)?${DIGIT_YEAR_PRINTED.source}.{0,6}(?:${alternation("plan-headings")})`,
);
/** A line that is only a heading of a year's plans: "2008年政府工作建议", "**2008年政府工作建议**". */
const YEAR_PLANS_LINE = new RegExp(`^\\**\\s*${DIGIT_YEAR_PRINTED.source}.{0,6}(?:${alternation("plan-headings")})\\s*\\**$`);
/** A government's work plans for a year, as only a work report heads them: "二、2024年工作安排", "三、2017年政府工作任务". */
const WORK_PLANS_HEADING = new RegExp(`^[一二三四五六七八九十]+、\\s*${DIGIT_YEAR_PRINTED.source}(?:政府)?(?:工作安排|工作任务|重点工作|主要工作)`);
/** A year opening a work report's sentence of review ("。2023年是…开局之年", "刚刚过去的2023年，是…"). */
const REVIEW_OPENING = new RegExp(`(?:^|[。！!：:])\\s*(?:刚刚)?(?:过去的)?${DIGIT_YEAR_PRINTED.source}(?:是|，|,)`);
/**
 * A year's final accounts named ("2025年拉萨市地方政府债务限额及余额决算情况表", "三、2025年地方政府债务发行决算数"):
 * a year's 决算 exists only after the year has ended.
 */
const FINAL_ACCOUNT_OF_YEAR = new RegExp(`${DIGIT_YEAR_PRINTED.source}[^。；\\n]{0,24}决算`);
/** A year opening a line ("2022年是…", "2024年，全市…"). */
const OPENING_YEAR = new RegExp(`^${DIGIT_YEAR_PRINTED.source}`);

/** A year in Chinese digits with its 年, as titles print it: "二〇二五年本溪市国民经济和社会发展统计公报". */
const CHINESE_YEAR_PRINTED = new RegExp(`(${CHINESE_YEAR_DIGITS})\\s*年`);

/** The latest year whose final accounts the body names. */
function latestFinalAccount(bodyLines: readonly string[]): number | null {
  let latest: number | null = null;
  for (const line of bodyLines) {
    const m = FINAL_ACCOUNT_OF_YEAR.exec(halfWidthAlphanumeric(line));
    if (m && (latest === null || Number(m[1]) > latest)) latest = Number(m[1]);
  }
  return latest;
}

function yearIn(text: string): number | null {
  const m = DIGIT_YEAR_PRINTED.exec(halfWidthAlphanumeric(text)) ?? DATE_YEAR.exec(text);
  if (m) return Number(m[1]);
  const chinese = CHINESE_YEAR_PRINTED.exec(text);
  if (chinese) return parseChineseYear(chinese[1]!);
  const bracketed = BRACKETED_YEAR.exec(halfWidthAlphanumeric(text));
  return bracketed ? Number(bracketed[1]) : null;
}
/** A year in brackets closing a title, no 年 printed: "兰州市人民政府工作报告（2012）" (given 2011年11月15日) is 2012's. */
const BRACKETED_YEAR = /[（(]((?:19|20)\d\d)[）)]\s*$/;

/**
 * The year the report speaks from (its 今年) and the period its actual figures describe, by genre:
 * a work report of year Y reviews Y−1 and plans Y; a bulletin of year D states D (published in
 * D+1); a budget or final account of year B is about B, and a report of one year's budget executed
 * and the next one's drafted is the next year's, reviewing B; a plan covers its span.
 */
function yearsOf(
  genre: Genre,
  title: string,
  titleYear: number | null,
  publishedYear: number | null,
  bodyLines: readonly string[],
  tableLines: readonly string[],
): { year: number | null; period: { from: number; to: number } | null } {
  const single = (y: number | null) => (y === null ? null : { from: y, to: y });
  switch (genre) {
    case "工作报告": {
      // "一、2023年工作回顾": the year reviewed is the one before the report's.
      const reviewed = bodyLines.map((l) => REVIEW_HEADING.exec(halfWidthAlphanumeric(l))).find(Boolean);
      // Without that heading, the opening's first sentence led by a year ("各位代表：现在，我代表市人民政府，
      // 向大会报告工作…。2023年是全面贯彻党的二十大精神的开局之年"): the year just reviewed.
      const opened = reviewed ? null : REVIEW_OPENING.exec(halfWidthAlphanumeric(bodyLines.slice(0, OPENING_LINES).join("。")));
      const yearReviewed = reviewed?.[1] ?? opened?.[1];
      // Neither (a term's review, "一、过去五年工作回顾"): the year its plans are for ("三、2017年工作任务").
      const planned = yearReviewed ? null : bodyLines.map((l) => YEAR_PLANS_HEADING.exec(halfWidthAlphanumeric(l.trim()))).find(Boolean);
      // A title dated in the very year the body reviews ("曲靖市政府工作报告（2022年12月26日 李先祥）", whose body opens
      // "2022年是…"): delivered at that year's end, the report is the next year's.
      const deliveredInYearReviewed = titleYear !== null && yearReviewed !== undefined && Number(yearReviewed) === titleYear && DATED_TITLE.test(title);
      // A title naming the year reviewed ("2007年四川省人民政府工作报告", delivered "2008年1月22日", its plans headed
      // "2008年政府工作建议"): the report is the year it was delivered in.
      // (…a line of its own, or a numbered heading: "二、2019年总体要求和目标任务", 四川 2019, titled "2018年四川省人民政府工作报告".)
      const plansOf = (y: number | null) =>
        y !== null &&
        bodyLines.some((l) => {
          const line = halfWidthAlphanumeric(l).trim();
          return Number((YEAR_PLANS_LINE.exec(line) ?? YEAR_PLANS_HEADING.exec(line))?.[1]) === y;
        });
      // …or, undated, reviewing the title's year and planning the next ("2013年四川省人民政府工作报告": "2013年工作回顾",
      // then "2014年主要目标任务").
      const titleNamesYearReviewed =
        titleYear !== null &&
        ((publishedYear === titleYear + 1 && (Number(yearReviewed) === titleYear || plansOf(publishedYear))) ||
          (Number(yearReviewed) === titleYear && plansOf(titleYear + 1)));
      const year =
        deliveredInYearReviewed || titleNamesYearReviewed
          ? titleYear + 1
          : (titleYear ?? publishedYear ?? (yearReviewed ? Number(yearReviewed) + 1 : planned ? Number(planned[1]) : null));
      return { year, period: single(year === null ? null : year - 1) };
    }
    case "统计公报": {
      // "2022年是…", "2024年，全市…": the year that opens a bulletin is its year.
      const opening = bodyLines
        .slice(0, OPENING_LINES)
        .map((l) => OPENING_YEAR.exec(halfWidthAlphanumeric(l)))
        .find(Boolean);
      const year = titleYear ?? (opening ? Number(opening[1]) : publishedYear === null ? null : publishedYear - 1);
      return { year, period: single(year) };
    }
    case "预算决算": {
      // "2025年预算执行情况和2026年预算草案的报告": given in 2026, reviewing 2025, as a work report is.
      const both = executionAndDraftYears(title);
      if (both) return { year: both.drafted, period: single(both.executed) };
      return { year: titleYear ?? publishedYear, period: single(titleYear ?? publishedYear) };
    }
    case "规划": {
      const plan = PLAN_PERIOD.exec(title);
      const span = plan?.[1] ? planYears(plan[1]) : null;
      const range = /((?:19|20)\d\d)\s*[—–-]+\s*((?:19|20)\d\d)/.exec(halfWidthAlphanumeric(title));
      const period = span ? { from: span[0], to: span[1] } : range ? { from: Number(range[1]), to: Number(range[2]) } : null;
      return { year: publishedYear ?? titleYear ?? period?.from ?? null, period };
    }
    default: {
      const year = publishedYear ?? titleYear;
      // A report of no known genre that states a year's final accounts was written after that year and is about it
      // (拉萨's "2025年政府债券调整使用情况", with the tables of 2025's 决算).
      const closed = latestFinalAccount([...bodyLines, ...tableLines]);
      if (closed !== null && (year === null || closed >= year)) return { year: closed + 1, period: single(closed) };
      return { year, period: single(year === null ? null : year - 1) };
    }
  }
}
