/**
 * Widget lines: a line made only of widget words (下载 打印 全屏 收藏, 【字号：, 扫一扫在手机打开当前页), the sizes and
 * brackets beside them, a trail from 首页 through its separators, a crowded list of links (dropWidgetLines, a step
 * of removeChrome's CHROME_STEPS in clean.ts).
 */
import { SENTENCE_MARKS, WIDGET_LABEL, WIDGET_LINE_MAX_CHARS, WIDGET_WORDS, widgetTokens } from "./widget-words.ts";

const EDITOR_LABEL = new RegExp(`^\\s*(?:${WIDGET_WORDS.editors!.join("|")})\\s*[:：]`);
/** An editor's name: "李莎莎", "王洋 张三". */
const EDITOR_NAME_MAX_CHARS = 12;
/** A trail's sections ("政府信息公开", "省政府工作报告") are short. */
const TRAIL_SEGMENT_MAX_CHARS = 15;
/** Links dressed as links: "》》点击图片进入专题《《", "更多>>", "相关附件>>". */
const LINK_LIKE = /^\s*(?:[>》»]{2}|更多|点击|查看)|(?:[>》»]{2}|[<《«]{2}|更多)\s*$|点击.{0,8}(?:进入|查看|浏览|下载)/;
const LINK_LIKE_MAX_CHARS = 30;

type LineKind = "widget" | "companion" | "separator" | "text";

/** A menu or a list of links: items parted by " * ", " | ", "·" or a numbering, no sentence. */
const LINK_ITEM_SEPARATOR = /\s+[*•·|｜]\s+|\s+[*•·|｜](?=\S)|^\s*[*•·|｜]\s+|\s+\d{1,2}[.、]\s*/;
/** A link list has at least this many items… */
const LINK_LIST_MIN_ITEMS = 5;
/** …each a name: "政务服务", "办公厅（对台湾农业事务办公室）". */
const LINK_ITEM_MAX_CHARS = 20;

/**
 * Links crowded on a line (a site menu "* 首页 * 机构 * 新闻", a footer list of departments):
 * many short names, no sentence, and no figures (a table row of -layout text has figures).
 */
function isLinkList(text: string): boolean {
  if (SENTENCE_MARKS.test(text) || /\d[\d,.]*\s*(?:万|亿|%|元|人|个|家)/.test(text)) return false;
  const items = text
    .split(LINK_ITEM_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return items.length >= LINK_LIST_MIN_ITEMS && items.every((item) => [...item].length <= LINK_ITEM_MAX_CHARS && !/\d{2,}/.test(item));
}

function lineKind(line: string): LineKind {
  const text = line.trim();
  if (text === "") return "text";
  const chars = [...text].length;
  if (chars > WIDGET_LINE_MAX_CHARS) return isLinkList(text) ? "widget" : "text";
  if (WIDGET_LABEL.test(text) && !SENTENCE_MARKS.test(text.replace(WIDGET_LABEL, ""))) return "widget";
  if (SENTENCE_MARKS.test(text)) return "text";
  if (isLinkList(text)) return "widget";
  const kind = widgetTokens(text);
  if (kind !== null) return kind;
  if (chars <= LINK_LIKE_MAX_CHARS && LINK_LIKE.test(text)) return "widget";
  return "text";
}

/** "首页 > 政务信息 > 宁夏要闻" on one line, or its first line "首页" / "当前位置：" when each part has a line of its own. */
function startsTrail(line: string): boolean {
  const text = line.trim();
  return /^(?:首页|网站首页|主页)(?:\s*[>＞»›〉→/]|$)/.test(text) || /^(?:您当前的?位置|当前位置|您的位置|您现在的位置|所在位置)\s*[:：]?\s*$/.test(text);
}

/**
 * Lines of page widgets: a line of widget words ("下载", "【字号：", "扫一扫在手机打开当前页"); the
 * sizes and brackets the scraper put on lines of their own beside it ("大", "中", "小", "】");
 * a trail from 首页 with the sections between its separators ("首页\n>\n政务信息\n>\n宁夏要闻") and
 * the section's name printed again under it; links dressed as links ("》》点击图片进入专题《《").
 */
export function dropWidgetLines(lines: string[], blanked: readonly boolean[]): string[] {
  const kinds = lines.map(lineKind);
  const chrome = kinds.map((kind, i) => kind === "widget" || blanked[i] === true);
  // Lines CHROME_RULES blanked still count as neighbours: "【字体：" went, its "大" / "中" / "小" go with it.
  const nonBlank = lines.flatMap((line, i) => (line.trim() === "" && blanked[i] !== true ? [] : [i]));

  // Trails: from 首页 (or 当前位置：), a separator line, a short section, a separator… and the last section repeated.
  for (let k = 0; k < nonBlank.length; k++) {
    if (!startsTrail(lines[nonBlank[k]!]!)) continue;
    chrome[nonBlank[k]!] = true;
    let lastSegment = "";
    let afterSeparator = /[>＞»›〉→/:：]\s*$/.test(lines[nonBlank[k]!]!.trim());
    let j = k + 1;
    for (; j < nonBlank.length; j++) {
      const text = lines[nonBlank[j]!]!.trim();
      if (kinds[nonBlank[j]!] === "separator" || kinds[nonBlank[j]!] === "widget") {
        chrome[nonBlank[j]!] = true;
        afterSeparator = true;
      } else if (afterSeparator && [...text].length <= TRAIL_SEGMENT_MAX_CHARS && !SENTENCE_MARKS.test(text) && !/\d{4}/.test(text)) {
        chrome[nonBlank[j]!] = true;
        lastSegment = text;
        afterSeparator = false;
      } else {
        break;
      }
    }
    if (lastSegment !== "" && j < nonBlank.length && lines[nonBlank[j]!]!.trim() === lastSegment) chrome[nonBlank[j]!] = true;
  }

  // An editor's label on a line of its own takes the name on the next line with it ("责任编辑：" / "李莎莎").
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const label = lines[nonBlank[k]!]!.trim();
    const value = lines[nonBlank[k + 1]!]!.trim();
    if (
      EDITOR_LABEL.test(label) &&
      label.replace(EDITOR_LABEL, "").trim() === "" &&
      [...value].length <= EDITOR_NAME_MAX_CHARS &&
      !SENTENCE_MARKS.test(value) &&
      !/\d/.test(value)
    ) {
      chrome[nonBlank[k + 1]!] = true;
    }
  }

  // Sizes, crosses and brackets beside a widget line are part of it ("【字体：" / "大" / "中" / "小" / "】").
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < nonBlank.length; k++) {
      const i = nonBlank[k]!;
      if (chrome[i] || (kinds[i] !== "companion" && kinds[i] !== "separator")) continue;
      const beside = [nonBlank[k - 1], nonBlank[k + 1]].some((j) => j !== undefined && chrome[j]);
      if (beside) {
        chrome[i] = true;
        changed = true;
      }
    }
  }
  return lines.map((line, i) => (chrome[i] ? "" : line));
}
