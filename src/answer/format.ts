/**
 * Answer → reply: styled pieces (`Piece[]`: text runs, bold or italic), and plain text for the
 * terminal. Pure functions.
 *
 * The bot renders the same pieces as Telegram HTML and splits long ones into messages
 * (src/bot/telegram-html.ts), so the terminal shows exactly what the phone shows, minus the
 * markup. Pieces hold report and user text as it is: escaping belongs to whoever renders markup.
 *
 * Length: a reply to a question is bounded by construction (each part is clipped); a paragraph
 * is not (the bot splits it at sentence ends).
 */
import { APPROVED_BY, isCountingMethod, isPeriodChange, isRanking, PART_OF_YEAR_LEAD } from "../zh/text.ts";
import { alternation } from "../zh/word-classes.ts";
import { INCREMENT, REACHED_VERB } from "../zh/change-grammar.ts";
import { tablePieces } from "./format-table.ts";
import type { Answer, Candidate } from "./types.ts";
import { statedFigure } from "../zh/units.ts";
import { YEARS_COUNTED } from "../zh/years.ts";
import { isRankingPlace, ORDINAL_NUMBERS } from "../zh/figures.ts";

/** A quoted source sentence longer than this is clipped around the figure ("…" on the cut side). */
const SENTENCE_CLIP = 140;
/** A closest passage in a not-found reply is shorter: three of them must fit one screen. */
const PASSAGE_CLIP = 90;
const TITLE_CLIP = 60;
const HEADING_CLIP = 80;
const QUERY_CLIP = 40;
/** How many closest passages a not-found reply shows. */
export const NOT_FOUND_PASSAGES = 3;

/** The reply to a message with no word to search ("？？"): what to send instead. */
export const NO_WORDS_HINT = "请发送要查的指标，例如：高中毛入学率、2019年城镇新增就业、今年GDP增长目标。";

/** The reply when the engine failed on a question: no details, a way forward. */
export const ENGINE_FAILED = "抱歉，这个问题暂时没能查询，请稍后再试或换个说法。";

/** A run of text with one style; `\n` inside text is a line break. */
export interface Piece {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** The pieces as plain text: their text, styles dropped. */
export function renderText(pieces: readonly Piece[]): string {
  return pieces.map((p) => p.text).join("");
}

/** Cuts `text` to at most `max` characters, keeping the middle around [focusStart, focusEnd). */
export function clip(text: string, max: number, focusStart = 0, focusEnd = focusStart): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  // Work in code points so a cut never splits a surrogate pair.
  const start16 = Math.max(0, Math.min(focusStart, text.length));
  const startCp = Array.from(text.slice(0, start16)).length;
  const endCp = Math.max(startCp, Array.from(text.slice(0, Math.max(focusEnd, start16))).length);
  const room = max - 2; // two ellipses at most
  const focusLen = Math.min(endCp - startCp, room);
  let from = Math.max(0, startCp - Math.floor((room - focusLen) / 2));
  let to = Math.min(chars.length, from + room);
  from = Math.max(0, to - room);
  if (from === 0) to = Math.min(chars.length, max - 1);
  if (to === chars.length) from = Math.max(0, chars.length - (max - 1));
  return (from > 0 ? "…" : "") + chars.slice(from, to).join("") + (to < chars.length ? "…" : "");
}

/** Splits `text` into pieces, bold where any of `words` occurs (overlapping matches merged). */
function highlight(text: string, words: string[]): Piece[] {
  const marks = new Array<boolean>(text.length).fill(false);
  for (const word of new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      for (let k = at; k < at + word.length; k++) marks[k] = true;
    }
  }
  const pieces: Piece[] = [];
  let runStart = 0;
  for (let k = 1; k <= text.length; k++) {
    if (k === text.length || marks[k] !== marks[runStart]) {
      const chunk = text.slice(runStart, k);
      if (chunk) pieces.push(marks[runStart] ? { text: chunk, bold: true } : { text: chunk });
      runStart = k;
    }
  }
  return pieces;
}

/** Where the figure is printed in the sentence, tolerant of spaces ("99.8 %"). */
function findFigure(sentence: string, figureText: string): { start: number; end: number } | null {
  if (!figureText) return null;
  const exact = sentence.indexOf(figureText);
  if (exact !== -1) return { start: exact, end: exact + figureText.length };
  const compact = figureText.replace(/\s+/g, "");
  if (!compact) return null;
  const pattern = new RegExp(Array.from(compact, (c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*"));
  const m = pattern.exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Where a clause ends; not a quote: "中央财政用于“三农”的投入" is one metric's name. */
const CLAUSE_BREAK = /[，,；;。：:！!？?（）()、]/;
/**
 * Linking words between a metric and its figure: "毛入学率达到95.62%" → "毛入学率"; and the adverbs of the
 * verb ("全市生产总值历史性突破1900亿元" → "全市生产总值").
 */
const LINKING_TAIL =
  /(?:(?:历史性|首次|再次|一举|稳步|顺利|(?:降|升|提高|提升|增加|增长|下降|上升|减少|扩大|发展)(?:为|到|至)|由|从|已经|已|分别|累计|相继|先后|跨过|迈过|跨上|迈上|跃上|站上|共|总计|合计|约|近|超过|突破|达到|达|为|是|至|到|实现|完成|保持在|保持|稳定在|控制在|在|拟按|拟安排|拟|按|将|要|预计|安排|力争|覆盖|都|[两三四五六七八九十]年)了?)+$/;
/** Scope and time words that open a clause but are not the metric: "2019年全市义务教育巩固率" → "义务教育巩固率". */
const SCOPE_HEAD =
  /^(?:在?(?:过去|近|最近)?[两二三四五六七八九十\d]{1,2}年(?:中|来|间|内|以来)(?:共|累计)?|原定|原计划|而|并且|并|其中|同时|此外|拟安排|拟|安排|将|要|预计|计划|实现|力争|确保|(?:到|至)?\d{4}年(?:底|末|全年)?就?|截至\d{4}年(?:底|末)?|今年|去年|上年|全年|年末|年底|全市|全省|全区|全县|全州|全国|我市|我省|我区|我县)+/;
const CHANGE = "(?:比上年|同比|年均|平均每年|平均|累计)?(?:增长|下降|提高|提升|降低|增加|减少|上涨|下跌|上升|回落|新增|净增)";
const CHANGE_VERB = new RegExp(`^${CHANGE}$`);
const TRAILING_CHANGE = new RegExp(`${CHANGE}$`);
/** A part of the year and its change after a subject: "GDP一季度累计增长" → GDP. */
const PERIOD_CHANGE_TAIL = new RegExp(`${PART_OF_YEAR_LEAD}${CHANGE}$`);

/** A number (not the digits of a name: PM2.5, 5G) or a Chinese numeral of two characters or more: no part of a metric's name. */
const NUMBER = "(?<![A-Za-z\\d.])[\\d０-９]+(?:\\.\\d+)?(?![A-Za-z\\d.年])|[零〇一二两三四五六七八九十百千万亿]{2,}";
const HAS_NUMBER = new RegExp(NUMBER);
/** Where an old level starts ("由93.8%提高到", "从二千零四十六万吨", "从每人每月2375元", "从不到70万亿元"), or the first number. */
const OLD_LEVEL = new RegExp(`(?:(?:由|从)(?:\\d{4}年(?:底|末)?的?)?(?:不到|不足|近|约|超过|每[人户名位年月日])*)?(?:${NUMBER})`);

/** The lead of an old level at the end of a label: 由2024年的, 从上年的. */
const FROM_LEAD = /[由从](?:\d{4}年(?:底|末)?|上年|去年)?的?$/;

/** An old level, whatever its words, then the change that leaves it: "从一个月以上压缩到", "从不到70万亿元增加到". */
const FROM_THEN_CHANGE_TO = new RegExp(`[由从][^，,；;]*?(?:${alternation("change-verbs")}|压缩|缩短|延长)(?:到|至|为)`);

/** A run-in heading and a space before the clause (a bulletin's "旅游 全年全市接待游客总数"): the clause. */
const RUN_IN_HEADING = /^\p{Script=Han}{2,6}\s+(\p{Script=Han}{2,}.*)$/u;
/** A clause naming only a total of the subject before: 总量, 总数, 总额. */
const TOTAL_LABEL = /^(?:总量|总数|总额|总规模)$/;
/** A clause saying only that a level was reached: 达到, 增至. */
const REACHED_LABEL = new RegExp(`^${REACHED_VERB}$`);
/** An increment verb opening a subject: 新设市场经营主体. */
const INCREMENT_LEAD = new RegExp(`^(?:${INCREMENT.source})`);

/** A source ("从去年超收收入中"): what the figure is drawn from, not what it measures. */
const SOURCE_FRAME = /^从[^，,；;。]*中$/;

/** Per whom or per when a figure is counted, printed after the verb ("低保标准提高到每人每月1020元"). */
const PER_UNIT_TAIL = /(?:每[人户名位年月日])+$|[年月]人均$/;

/** Words that name no metric: verbs, adverbs, a budget's procedure ("实际", "执行中经各级人代会批准调整为"). */
const NAMES_NOTHING = new RegExp(`^(?:${alternation("non-subject-words", "size-nouns", "change-verbs")})*$`);

/** Years counted ("连续4年增产"): when, not what. */
const YEARS_COUNTED_ANYWHERE = new RegExp(YEARS_COUNTED, "g");

function namesNothing(label: string): boolean {
  return NAMES_NOTHING.test(
    label
      .replace(APPROVED_BY, "")
      .replace(YEARS_COUNTED_ANYWHERE, "")
      .replace(/[^\p{Script=Han}]/gu, ""),
  );
}

function tidyMetric(text: string): string {
  // "旅游 全年全市接待游客总数": a bulletin's run-in heading before its sentence is no part of the metric.
  const raw = RUN_IN_HEADING.exec(text.trim())?.[1] ?? text;
  // "低保标准提高到每人每月" → "低保标准（每人每月）": the per-unit phrase is part of the metric, after it.
  // (Or before it: "最低生活保障标准年人均提高到13320元".)
  const linked = PER_UNIT_TAIL.test(raw) ? raw : raw.replace(LINKING_TAIL, "");
  const perUnit = PER_UNIT_TAIL.exec(linked)?.[0] ?? "";
  const metric = linked
    .slice(0, linked.length - perUnit.length)
    .replace(LINKING_TAIL, "")
    .replace(SCOPE_HEAD, "")
    .replace(LINKING_TAIL, "")
    .trim();
  return perUnit && metric ? `${metric}（${perUnit}）` : metric || perUnit;
}

/**
 * The words that govern the figure, for the first line ("高中阶段毛入学率"). Uses `figure.metric`
 * when the engine provides one; otherwise reads it from the clause before the figure. "" when unclear.
 */
/** An ordinal answers (第十五届, 第33位): no other figure is printed with 第 (zh/figures.ts). */
function isOrdinal(figure: { text: string }): boolean {
  return figure.text.startsWith("第");
}

export function metricLabel(candidate: Candidate): string {
  if (!candidate.figure) return "";
  const provided = tidyMetric(candidate.figure.metric ?? "");
  if (provided) return clip(provided, 24);
  const at = findFigure(candidate.sentence, candidate.figure.text);
  if (!at) return "";
  // An ordinal is named by what it numbers, after it: "第十五届  全国运动会".
  if (isOrdinal(candidate.figure) && !isRankingPlace(candidate.figure.unit)) return clip(ORDINAL_NUMBERS.exec(candidate.sentence.slice(at.end))![0], 16);
  // Asides and note marks name no metric: "生产总值（GDP）[2]13507.69亿元".
  const before = candidate.sentence.slice(0, at.start).replace(/（[^（）]*）|\([^()]*\)|\[\d+\]/g, "");
  const clauses = before.split(CLAUSE_BREAK);
  let label = tidyMetric(withinQuotes(clauses[clauses.length - 1] ?? ""));
  // "其中1228万名中西部家庭经济困难学生享受生活补助": a count before its noun is named by what follows it.
  // "从去年超收收入中安排500亿元设立…": where money is drawn from names no metric.
  if (SOURCE_FRAME.test(label)) label = "";
  const after = candidate.sentence.slice(at.end).split(CLAUSE_BREAK)[0]!;
  const nounAfter = /^\p{Script=Han}{2}/u.test(after);
  if (label === "" && nounAfter) return clip(after, 16);
  // "增加了34个开放口岸": a change verb before a count is said of the noun counted (开放口岸增加).
  if (nounAfter && CHANGE_VERB.test(label.replace(/了$/, ""))) return clip(after + label.replace(/了$/, ""), 16);
  // "三次产业结构由2024年的9.9∶40.6∶49.5调整为…": the old level's lead (由2024年的) says when, not what.
  const fromLead = FROM_LEAD.exec(label);
  if (fromLead && fromLead.index >= 2) label = label.slice(0, fromLead.index);
  // "由限额以上的六百九十四个建设单位组成…": what is before 的 describes the noun after the count.
  if (nounAfter && label.endsWith("的")) label = clip(label.replace(/^[由从]/, "") + after.split(/组成|的|，/)[0]!, 16);
  // "…收入年初预算合计1067350万元，执行中…调整为1099415万元，实际完成702960万元": words that name nothing (实际)
  // leave the subject to a clause before.
  // "新设市场经营主体5.2万户、总量达到35.8万户": a total of the subject before is that subject's total, not what was added.
  const total = TOTAL_LABEL.test(label) ? label : "";
  // "新增规上工业企业48户、达到339户": the level reached after an increment is the subject's, not what was added.
  const reached = REACHED_LABEL.test(label);
  if (!TRAILING_CHANGE.test(label) && namesNothing(label)) label = "";
  if ((label === "" || CHANGE_VERB.test(label)) && clauses.length > 1) {
    // "国内生产总值达到90万亿元，增长6.6%": the subject is in the clause before, past any clause
    // that only says how the figure was counted ("按不变价格计算，比上年增长6.1%"), or names nothing.
    let k = clauses.length - 2;
    const passed = (clause: string) =>
      isCountingMethod(clause) || isRanking(clause) || isPeriodChange(clause) || namesNothing(clause.split(OLD_LEVEL)[0] ?? "");
    while (k > 0 && passed(clauses[k]!)) k--;
    // "GDP一季度累计增长4.7%、…，全年累计增长6.7%": the subject without the part of the year it opens with.
    let subject = tidyMetric(clauses[k]!.split(OLD_LEVEL)[0] ?? "").replace(PERIOD_CHANGE_TAIL, "");
    // "进出口总额增长1倍，1992年达到1656亿美元": the level's subject, without the change before it.
    // …nor the change before a change ("农业总产值平均每年增长7.9%，1984年增长14.5%": 农业总产值增长).
    if (label === "" || CHANGE_VERB.test(label)) subject = subject.replace(TRAILING_CHANGE, "");
    if (total || reached) subject = subject.replace(INCREMENT_LEAD, "") + total;
    if (subject && subject.length <= 16 && !isCountingMethod(subject)) label = subject + label;
  }
  // "义务教育巩固率由93.8%提高到95.5%": the metric is what comes before the old level; so it is when the old level is
  // not a plain number ("企业开办时间从一个月以上压缩到目前的平均", "国内生产总值从不到70万亿元增加到").
  const fromTo = FROM_THEN_CHANGE_TO.exec(label);
  if (fromTo && fromTo.index >= 2) label = tidyMetric(label.slice(0, fromTo.index));
  if (HAS_NUMBER.test(label)) label = tidyMetric(label.split(OLD_LEVEL)[0] ?? "");
  // Unreadable from the sentence ("5所学校获评省级防震减灾示范学校"): the asked words it holds.
  if (HAS_NUMBER.test(label) || label.length < 2) {
    const asked = matchedInOrder(candidate);
    // One character read from the sentence (钢 of "钢由三千七百万吨增加到…") beats nothing.
    label = asked.length >= 2 || HAS_NUMBER.test(label) ? asked : label;
  }
  if (label === "") return "";
  return label.length > 16 ? "…" + label.slice(-15) : label;
}

/** A clause's words after a quote left open or closed alone ("提出“到2025年粮食产量达到"): the quote's inside or what follows it. */
function withinQuotes(clause: string): string {
  const opened = (clause.match(/“/g) ?? []).length;
  const closed = (clause.match(/”/g) ?? []).length;
  if (opened === closed) return clause;
  return clause.slice(Math.max(clause.lastIndexOf("“"), clause.lastIndexOf("”")) + 1);
}

/** The question's words found in the sentence, in the question's order, each once (none inside another). */
function matchedInOrder(candidate: Candidate): string {
  const words = [...new Set(candidate.matched)].filter((w) => !/^\d/.test(w));
  return words.filter((w) => !words.some((other) => other !== w && other.includes(w))).join("");
}

function sourceLine(candidate: Candidate): string {
  const parts = [clip(candidate.report.title || candidate.report.file, TITLE_CLIP)];
  if (candidate.report.date) parts.push(candidate.report.date);
  if (candidate.heading) parts.push(clip(candidate.heading, HEADING_CLIP));
  return parts.join(" · ");
}

/** The quoted sentence, clipped around the figure, with the figure and matched words in bold. */
function quotedSentence(candidate: Candidate, max: number): Piece[] {
  const sentence = candidate.sentence.trim();
  const at = candidate.figure ? findFigure(sentence, candidate.figure.text) : null;
  let focusStart = at?.start ?? -1;
  let focusEnd = at?.end ?? -1;
  if (focusStart < 0) {
    // No figure: centre on the first matched word instead.
    const first = candidate.matched
      .map((w) => sentence.indexOf(w))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0];
    focusStart = focusEnd = first ?? 0;
  }
  const shown = clip(sentence, max, focusStart, focusEnd);
  const words = [...candidate.matched];
  if (at) words.push(sentence.slice(at.start, at.end));
  return [{ text: "“" }, ...highlight(shown, words), { text: "”" }];
}

function figureLine(candidate: Candidate): Piece[] {
  const figure = candidate.figure;
  if (!figure) return [];
  // A table cell printed bare ("320.02") is shown with its column's or row's unit.
  const pieces: Piece[] = [{ text: statedFigure(figure.text, figure.unit), bold: true }];
  const label = metricLabel(candidate);
  // What, where and when: "97.54%  义务教育巩固率 · 海东市 · 2019年".
  const when = figure.period ? `${figure.period}年` : figure.year !== null ? `${figure.year}年` : "";
  const about = [label, figure.place ?? "", when].filter(Boolean).join(" · ");
  if (about) pieces.push({ text: `  ${about}` });
  // (An ordinal is the event's, planned or held: "第十五届  全国运动会 · 全国 · 2025年".)
  if (figure.kind === "target" && !isOrdinal(figure)) pieces.push({ text: "（目标值）" });
  pieces.push({ text: "\n" });
  return pieces;
}

/** One candidate as the body of a reply: figure line, quoted sentence, source line. */
function candidatePieces(candidate: Candidate): Piece[] {
  return [...figureLine(candidate), ...quotedSentence(candidate, SENTENCE_CLIP), { text: "\n" }, { text: `📄 ${sourceLine(candidate)}`, italic: true }];
}

/** The positions (0 = the answer, k = alternative k) of the closest passages a not-found reply lists, in order. */
export function notFoundPassages(answer: Answer): number[] {
  const positions: number[] = [];
  const seen = new Set<string>();
  [answer, ...answer.alternatives].forEach((c, pos) => {
    const key = `${c.report.file}\u0000${c.sentence}`;
    if (!c.sentence.trim() || seen.has(key) || positions.length === NOT_FOUND_PASSAGES) return;
    seen.add(key);
    positions.push(pos);
  });
  return positions;
}

function notFoundPieces(answer: Answer): Piece[] {
  const query = clip((answer.asked ?? answer.query).replace(/\s+/g, " ").trim(), QUERY_CLIP);
  const passages = notFoundPassages(answer).map((pos) => (pos === 0 ? answer : answer.alternatives[pos - 1]!));
  const ambiguous = answer.notice === "ambiguous";
  const headline = ambiguous ? `报告中有几个数字同样符合“${query}”，无法确定是哪一个。` : `已收录的报告中没有写明“${query}”的数字。`;
  const pieces: Piece[] = [{ text: headline, bold: true }, { text: "\n" }];
  if (passages.length > 0) {
    pieces.push({ text: ambiguous ? "\n符合的段落：\n" : "\n最接近的段落：\n" });
    passages.forEach((c, i) => {
      pieces.push({ text: `${i + 1}. ` }, ...quotedSentence(c, PASSAGE_CLIP), { text: "\n" });
      pieces.push({ text: `   📄 ${sourceLine(c)}`, italic: true }, { text: "\n" });
    });
  }
  pieces.push({
    text: ambiguous
      ? "\n请写明是哪一级或哪一年（如“全市”“市本级”“2025年”）再问。"
      : "\n换个说法试试：写指标全称（如“高中阶段毛入学率”），或加上年份（如“2019年城镇新增就业”）。",
  });
  return pieces;
}

/** The reply to a question: the figure first (or a plain "not stated" with the closest passages). */
export function answerPieces(answer: Answer): Piece[] {
  if (answer.notice === "no-words") return [{ text: NO_WORDS_HINT }];
  const pieces = answer.kind ? tablePieces(answer) : answer.found ? candidatePieces(answer) : notFoundPieces(answer);
  // A follow-up: the question as the engine read it, so that the asker sees what was answered.
  if (answer.understood !== undefined && answer.understood !== answer.query)
    pieces.unshift({ text: `理解为：${answer.understood}`, italic: true }, { text: "\n" });
  if (answer.found && !answer.figure) pieces.unshift({ text: "报告原文：", bold: true }, { text: "\n" });
  if (answer.found && answer.revises?.figure) {
    // A revised figure: the earlier report's is shown, not dropped.
    const earlier = answer.revises;
    pieces.push({ text: "\n" }, { text: `修订：${earlier.report.title || earlier.report.file}曾为 ${earlier.figure!.text}，以较新的报告为准。`, italic: true });
  }
  if (answer.found && answer.revisedBy?.figure) {
    // A later report states the year differently: its figure is shown beside the answer's.
    const later = answer.revisedBy;
    pieces.push({ text: "\n" }, { text: `修订：较新的${later.report.title || later.report.file}为 ${later.figure!.text}。`, italic: true });
  }
  if (answer.found && answer.alsoFor?.length) pieces.push({ text: "\n" }, { text: `另有${answer.alsoFor.join("、")}的数字，见“其他结果”。` });
  if (answer.asked !== undefined) {
    // A long message: say which part was searched, so the asker knows the rest was not read.
    pieces.unshift({ text: `消息较长，只查了其中的问题“${clip(answer.asked, QUERY_CLIP)}”，其余内容未读。`, italic: true }, { text: "\n\n" });
  }
  return pieces;
}

/** The reply to a question as plain text, for the terminal chat. */
export function formatAnswerText(answer: Answer): string {
  return renderText(answerPieces(answer));
}

/** Alternative `i` (0-based) of an answer, with "其他结果 i+1/n" on top; null when there is none. */
export function alternativePieces(answer: Answer, i: number): Piece[] | null {
  const candidate = answer.alternatives[i];
  if (!candidate) return null;
  const header = `其他结果 ${i + 1}/${answer.alternatives.length}`;
  return [{ text: header, italic: true }, { text: "\n" }, ...candidatePieces(candidate)];
}

export function formatAlternativeText(answer: Answer, i: number): string | null {
  const pieces = alternativePieces(answer, i);
  return pieces ? renderText(pieces) : null;
}

/** The whole paragraph with the source sentence in bold, under its report and section (any length). */
export function paragraphPieces(candidate: Candidate): Piece[] {
  const paragraph = candidate.paragraph.trim() || candidate.sentence.trim();
  const pieces: Piece[] = [{ text: `📄 ${sourceLine(candidate)}`, italic: true }, { text: "\n\n" }];
  const sentence = candidate.sentence.trim();
  const at = sentence ? paragraph.indexOf(sentence) : -1;
  if (at === -1) {
    pieces.push({ text: paragraph });
  } else {
    pieces.push({ text: paragraph.slice(0, at) }, { text: sentence, bold: true }, { text: paragraph.slice(at + sentence.length) });
  }
  return pieces.filter((p) => p.text !== "");
}

export function formatParagraphText(candidate: Candidate): string {
  return renderText(paragraphPieces(candidate));
}
