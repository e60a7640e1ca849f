/**
 * Body text (one paragraph candidate per line, from joinBrokenLines) → paragraphs with their
 * section path and sentences.
 */
import { isHeadingLine, parseHeadingMarker, type HeadingMarker } from "./heading.ts";
import { normaliseText } from "./clean.ts";
import { DATE_ALONE } from "../zh/years.ts";
import { extractFigures } from "../zh/figures.ts";
import { TABLE_PLACEHOLDER_LINE, type Table } from "./tables/index.ts";
import { TABLE_CELL_SEPARATOR, type Paragraph } from "./types.ts";

/** A paragraph that opens with a marker and a first sentence this short has that sentence as its heading. */
export const INLINE_HEADING_MAX_CHARS = 30;
/** Unmarked headings ("关于国内建设", "结束语", gwr-1964/1983/1984) are short lines without punctuation. */
const UNMARKED_HEADING_MAX_CHARS = 20;
/**
 * A sub-report's own title ("关于2019年全市政府性基金预算收入执行情况的说明", zhoukou-2019-budget):
 * unmarked, longer than other unmarked headings, and a heading by its form.
 */
const SUB_REPORT_TITLE = /^关于[^。！？；，、：]{4,40}(?:的说明|的报告|情况)$/;
/**
 * The shapes of a line that always starts a top-level section, wherever it appears (each the whole line): closing words, and
 * the parts of a work report printed without a number.
 */
const TOP_LEVEL_HEADING_SHAPES = [
  // Closing words; 常德's "过去一年" … "新的一年".
  "结束语|结语|过去一年|新的一年",
  // A year's review or plans: 德阳's "2023年工作回顾" … "八、主题教育促实干…" … then "2024年主要工作" or "2023年工作目标任务",
  // the year's plans, no part of the review's eighth section.
  String.raw`(?:\d{4}年|今年|过去一年)(?:政府)?(?:主要|重点)?工作(?:目标)?(?:回顾|安排|任务|部署)?`,
  // A year's tasks: 白银's "2013年工作回顾" … "2014年目标任务和重点工作", 淮安's "2014年目标任务".
  String.raw`\d{4}年(?:政府)?(?:工作)?(?:主要|重点)?(?:工作|目标)?任务(?:和重点工作)?`,
  // An appendix of a year's 实事: 云南's "2007年省政府十件实事", its items numbered 一、….
  String.raw`\d{4}年[^，。、]{0,8}实事`,
  // A plan period's and a year's, longer than other unmarked headings: 克拉玛依's "“十三五”时期及2020年工作回顾" …
  // "“十四五”时期重大举措及2021年工作部署".
  String.raw`[^，。；：、]{2,16}?[及和]\d{4}年(?:政府)?(?:主要|重点)?工作(?:目标)?(?:回顾|安排|任务|部署)`,
  // The year's work to be done well, and the government's own: 蚌埠's "2023年工作回顾" … "努力做好2024年各项工作" …
  // "全面加强政府自身建设".
  String.raw`(?:努力|全力|奋力|扎实)?(?:做好|抓好)(?:\d{4}年|今年)(?:各项)?(?:政府)?工作`,
  "(?:全面|切实|持续|不断)?加强政府自身建设",
];
const TOP_LEVEL_UNMARKED = new RegExp(`^(?:${TOP_LEVEL_HEADING_SHAPES.join("|")})$`);

/**
 * A sentence set as a heading that announces the parts after it ("**2015年及“十二五”工作回顾**" then "**一年来，我们重点抓了
 * 六方面工作：**", 中卫 2016): one clause and more, ending in a colon. It nests under the heading open, which it goes on
 * with, rather than closing it as a sibling would (the review's year would be lost to every part after it).
 */
const LEAD_IN = /^[^。！？；]+[，,][^。！？；]*[：:]$/;

interface OpenHeading {
  rank: number;
  text: string;
  /** False for headings recognised by their shape alone ("结束语"). */
  marked: boolean;
  /** The line as printed. */
  line: string;
  /** Whether a paragraph or a sub-heading came under it. */
  hasContent?: boolean;
}

/**
 * @param body one paragraph candidate per line
 * @param formatHeadings lines the file format marks as headings (Word heading styles, larger type
 *   in a PDF, Markdown #), with their level (1 = outermost). A marked one ("一、…") is a heading
 *   whatever its length; an unmarked one nests by its level below the innermost marked heading.
 */
export function buildParagraphs(body: string, formatHeadings: ReadonlyMap<string, number> = new Map(), tables: readonly Table[] = []): Paragraph[] {
  const sections = new SectionStack();
  const paragraphs: Paragraph[] = [];

  for (const raw of body.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;

    const placeholder = TABLE_PLACEHOLDER_LINE.exec(line);
    if (placeholder) {
      const table = tables[Number(placeholder[1])];
      if (table) {
        sections.markContent();
        paragraphs.push(...tableRows(table, sections.path()));
      }
      continue;
    }

    const marker = parseHeadingMarker(line);
    const level = formatHeadings.get(line);
    if (marker && marker.title !== "" && (isHeadingLine(line) || level !== undefined) && !statesMeasuredFigures(marker.title)) {
      paragraphs.push(...sections.open({ rank: sections.rankOf(marker), text: headingText(line), marked: true, line }));
      continue;
    }
    if (!marker && (isUnmarkedHeading(line) || TOP_LEVEL_UNMARKED.test(line) || level !== undefined)) {
      const innermost = sections.innermostRank();
      const rank = TOP_LEVEL_UNMARKED.test(line)
        ? 0.5
        : LEAD_IN.test(line) && innermost !== null
          ? innermost + FORMAT_LEVEL_STEP
          : sections.deepestMarkedRank() + 0.5 + (level ?? 0) * FORMAT_LEVEL_STEP;
      paragraphs.push(...sections.open({ rank, text: line, marked: false, line }));
      continue;
    }

    // A paragraph that opens with a marker ("(一)切实履行政府责任。把教育…") is a list item: it closes
    // any open sibling or deeper section, and when its first sentence is short that sentence is its
    // own heading (for this paragraph only).
    let own: string[] = [];
    if (marker) {
      paragraphs.push(...sections.close(sections.rankOf(marker)));
      const first = splitSentences(line)[0] ?? "";
      if ([...first].length <= INLINE_HEADING_MAX_CHARS && /[。！？!?]$/.test(first)) own = [headingText(first)];
    }
    sections.markContent();
    paragraphs.push({ headings: [...sections.path(), ...own], text: line, sentences: splitSentences(line) });
  }
  paragraphs.push(...sections.close(-Infinity));
  return paragraphs;
}

/**
 * The open section headings, outermost first. A heading of rank r closes every open heading of
 * rank >= r. Lists nested inside a section of a deeper or equal rank (gwr-1955: "一、…二、…" under
 * "三、… › （一）… › 第一，…"; gwr-1978: "（一）…" under "第一，…") would close their parents, so a list
 * that starts at 1 there, and the items continuing it, get a rank just below the innermost open heading.
 */
class SectionStack {
  private readonly open_: OpenHeading[] = [];
  /** Nested lists in progress, outermost first (a nested list may hold another one: gwr-1981). */
  private readonly lists: { markerRank: number; number: number; rank: number }[] = [];

  /** The effective rank of a marker, tracking nested lists; call once per marker, in text order. */
  rankOf(marker: HeadingMarker): number {
    for (let i = this.lists.length - 1; i >= 0; i--) {
      const list = this.lists[i];
      if (list && marker.rank === list.markerRank && marker.number === list.number + 1) {
        this.lists.length = i + 1;
        list.number = marker.number;
        return list.rank;
      }
    }
    const top = this.open_.at(-1);
    if (marker.number === 1 && top?.marked && marker.rank <= top.rank) {
      const rank = top.rank + NESTED_RANK_STEP;
      this.lists.push({ markerRank: marker.rank, number: 1, rank });
      return rank;
    }
    return marker.rank;
  }

  /** Opens a heading; returns the paragraphs of the empty headings it closes (see close). */
  open(heading: OpenHeading): Paragraph[] {
    const closed = this.close(heading.rank);
    this.markContent();
    this.open_.push(heading);
    return closed;
  }

  /**
   * Closes the headings of rank >= rank. A heading line that closes with nothing under it was a list
   * item, not a section title ("（一）要使粮食生产…比较适应。", gwr-1979): it is returned as a paragraph so
   * its words stay searchable.
   */
  close(rank: number): Paragraph[] {
    const empty: Paragraph[] = [];
    for (let top = this.open_.at(-1); top && top.rank >= rank; top = this.open_.at(-1)) {
      if (!top.hasContent) empty.push({ headings: this.path(), text: top.line, sentences: splitSentences(top.line) });
      this.open_.pop();
    }
    // A nested list ends with its parent section.
    while (this.lists.length > 0 && rank <= (this.lists.at(-1)?.rank ?? 0) - NESTED_RANK_STEP) this.lists.pop();
    return empty;
  }

  markContent(): void {
    const top = this.open_.at(-1);
    if (top) top.hasContent = true;
  }

  /** The rank of the innermost open heading, or null when none is open. */
  innermostRank(): number | null {
    return this.open_.at(-1)?.rank ?? null;
  }

  deepestMarkedRank(): number {
    return this.open_.filter((h) => h.marked).at(-1)?.rank ?? 0;
  }

  path(): string[] {
    return this.open_.map((h) => h.text);
  }
}

/**
 * A table as paragraphs, one per body row: the cells as printed (full-width digits made
 * half-width) joined by TABLE_CELL_SEPARATOR, under the section path and the table's caption.
 */
function tableRows(table: Table, path: string[]): Paragraph[] {
  const cell = (text: string) => normaliseText(text).replace(/\s+/g, " ").trim();
  const width = Math.max(...table.rows.map((r) => r.length), ...table.header.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => [...new Set(table.header.map((row) => cell(row[i] ?? "")).filter(Boolean))].join(" "));
  const title = cell(table.title);
  const headings = title ? [...path, title] : path;
  return table.rows
    .filter((row) => row.some((c) => c.trim()))
    .map((row) => {
      const text = Array.from({ length: width }, (_, i) => cell(row[i] ?? "")).join(TABLE_CELL_SEPARATOR);
      return { headings, text, sentences: [text], table: { title, unit: cell(table.unit), columns } };
    });
}

/** How far below its parent a nested list sits; small enough to stay above the next real marker rank. */
const NESTED_RANK_STEP = 0.25;
/** Unmarked format headings: a deeper level sits this much deeper (h3 under h2), still above the next marker rank. */
const FORMAT_LEVEL_STEP = 0.01;

/** Heading text as printed, without a closing full stop: "(一)切实履行政府责任". */
function headingText(text: string): string {
  return text.replace(/[。．.]$/, "");
}

/**
 * A numbered line that states figures over several clauses is an item of a list, even without its
 * full stop ("15、债务付息支出完成9224万元，为预算的100%，与上年持平", zhoukou-2019-budget): as a heading
 * it would title the sections after it.
 */
function statesMeasuredFigures(title: string): boolean {
  return /[，,]/.test(title) && extractFigures(title).some((f) => f.unitClass !== "none" && f.unit !== "年");
}

function isUnmarkedHeading(line: string): boolean {
  if (SUB_REPORT_TITLE.test(line)) return true;
  return (
    [...line].length <= UNMARKED_HEADING_MAX_CHARS &&
    // A date alone ("2021年5月1日", a page's publication date) is no section: its year would become every figure's.
    !DATE_ALONE.test(line) &&
    // A table's row printed as a line ("居民消费价格0.5", xian-2025-bulletin) ends in its figure.
    !/\d$/.test(line) &&
    /[\u4e00-\u9fff]/.test(line) &&
    !/[。！？；：，、…”」』!?;:,"'《》]$/.test(line) &&
    !/[。！？；，]/.test(line)
  );
}

/** Sentence end, with the closing quotes or brackets that belong to it: "…“小学化”倾向。" / "…。”". */
const SENTENCE = /[^。！？!?]*(?:[。！？!?]+[”’」』）)》"'】]*|$)/g;

/** Splits on 。！？!? keeping the punctuation with its sentence; the parts joined give the input back. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((s) => s !== "");
}
