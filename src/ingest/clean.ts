/**
 * Text cleaning, in pure steps run in this order by ingest.ts (after repair.ts, before and after
 * metadata.ts):
 *   removeChrome    — web-page and Wikisource chrome: CHROME_RULES by phrase, then general rules by
 *                     line shape (WIDGET_WORDS, trails), position (the page's tail) and run-on lines
 *   normaliseText   — full-width ASCII, spaces in and around numbers, Chinese thousands commas
 *   joinBrokenLines — lines broken mid-sentence joined, by how the file breaks its lines; one
 *                     paragraph candidate per line
 * The wording stays as printed: no traditional → simplified, no Chinese numerals → digits,
 * because answers must quote the report's own words.
 */
import { DATE_ALONE } from "../zh/years.ts";
import { halfWidthAlphanumeric } from "../zh/normalize.ts";
import { isBareMarker, isHeadingLine } from "./heading.ts";
import { applySpacing, repairArtifacts } from "./repair.ts";
import { TABLE_PLACEHOLDER_LINE } from "./tables/table.ts";
import { captionLine } from "./tables/caption.ts";

/**
 * What to do with chrome:
 * - "phrase": remove the matched text, keep the rest of the line ("点击浏览下一页  我市…" keeps "我市…");
 * - "line": blank the whole line;
 * - "rest": blank this line and every line after it (a footer that runs to the end of the file).
 */
export interface ChromeRule {
  action: "phrase" | "line" | "rest";
  pattern: RegExp;
  why: string;
}

/** The sizes of a font switcher: 【字体：大 中 小】, 【字号：加大 还原 减小】, 字号：[ 大 中 小 ]. */
const SIZE = "(?:特大|加大|还原|减小|放大|缩小|默认|标准|大|中|小)";
const SIZES = `${SIZE}(?:[\\s|｜/]*${SIZE}){1,4}`;

export const CHROME_RULES: readonly ChromeRule[] = [
  { action: "phrase", pattern: /<%[\s\S]*?%>/g, why: 'ASP directive left by the scraper: <%@LANGUAGE="VBSCRIPT" …%>' },
  {
    action: "phrase",
    pattern: /^\s*(?:您当前的?位置|当前位置|您的位置|您现在的位置|所在位置)\s*[:：]\s*(?:[^\s>»›。，]{1,20}\s*(?:>>|>|»|›|\/)\s*)*[^\s>»›。，]{0,20}/,
    why: "breadcrumb 您当前位置:站名 >> 栏目 >> 浏览文章, also at the start of a page pasted as one line",
  },
  {
    action: "line",
    pattern: /^\s*(?:您当前的?位置|当前位置|您的位置|您现在的位置|所在位置)\s*[:：]/,
    why: "breadcrumb whose sections are not parted by > (您当前位置：网站首页 政务服务)",
  },
  { action: "phrase", pattern: /点击浏览下一页\s*/g, why: "pager link, printed inline at the start of a paragraph" },
  // On the seed, 点击次数 and 【字体 share the line with 发布日期/来源, which metadata.ts still needs.
  // Only as a label (with its colon): "网站浏览量达1.2亿次" is a report's figure.
  { action: "phrase", pattern: /(?:点击次数|浏览次数|阅读次数|点击数|阅读量|浏览量|访问量)\s*[:：]\s*\d*/g, why: "hit counter: 点击次数: 123, 阅读量：" },
  {
    action: "phrase",
    pattern: new RegExp(
      `[【〖\\[]\\s*字[体号]\\s*[:：]?\\s*(?:[【〖\\[]?\\s*${SIZES}\\s*[】〗\\]]?)?\\s*[】〗\\]]?|字[体号]\\s*[:：]\\s*[【〖\\[]?\\s*${SIZES}\\s*[】〗\\]]?`,
      "g",
    ),
    why: "font-size switcher 【字体:大 中 小】, 〖字号：加大 还原 减小〗, or its opening '【字体:' when the sizes fell on lines of their own",
  },
  {
    action: "phrase",
    pattern: /[【〖\[]\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|加入收藏)\s*[】〗\]]/g,
    why: "page tools in brackets, inline: 【打印本页】【关闭窗口】",
  },
  { action: "line", pattern: /^\s*点击查看更多内容\s*$/, why: "'more' link" },
  {
    action: "line",
    pattern: /记者\s*[^\s。，；]{1,4}(?:\s[^\s。，；]{1,3})?\s*摄\s*[）)]?\s*$/,
    why: "photo caption ending in its credit ('殷勇同志作政府工作报告。本报记者 戴冰摄'): the photo is not in the text",
  },
  { action: "line", pattern: /12321网络不良与垃圾信息举报受理中心|不良信息举报中心/, why: "footer: reporting-centre links" },
  { action: "line", pattern: /^\s*网警110\s*$/, why: "footer: cyber-police badge" },
  { action: "line", pattern: /^\s*(?:指导|主管|承办|主办|协办)单位\s*[:：]/, why: "footer: site operators" },
  {
    action: "line",
    pattern: /ICP[备证]\s*\d+号|公网安备\s*\d+号|网站标识码\s*[:：]?\s*[0-9A-Za-z]+/,
    why: "footer: ICP licence 青ICP备05000331号, police record 公网安备…号, 网站标识码",
  },
  { action: "line", pattern: /^\s*版权所有/, why: "footer: copyright line" },
  { action: "rest", pattern: /^\s*本作品是中华人民共和国的\s*$/, why: "Wikisource licence box (法律、法规… Public domain) at the end of every gwr report" },
  { action: "line", pattern: /^\s*(?:粗体文字|')\s*$/, why: "Wikisource editor leftovers (gwr-2007)" },
];

/**
 * "line" and "rest" rules judge a line of a page's header or footer; a longer line is a report's
 * paragraph (or a whole page pasted as one line, see breakInlineChrome), never blanked whole.
 */
const LINE_RULE_MAX_CHARS = 200;

/** Invisible characters that some pages put on otherwise blank lines (U+200B in gwr-1957/2017/2021). */
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** A page's lines as removeChrome works on them, and which ones CHROME_RULES blanked (widget lines the later steps build on). */
interface PageLines {
  lines: string[];
  blanked: boolean[];
}

/** A step of removeChrome after CHROME_RULES: what it knows about chrome on any site, and why. */
export interface ChromeStep {
  name: string;
  why: string;
  apply: (page: PageLines) => void;
}

/**
 * removeChrome's steps after CHROME_RULES, in order. CHROME_RULES know one site's phrases each;
 * these know what chrome looks like on any government site, by the shape of its lines, their
 * position on the page and how crowded with links they are. Checked on pages they were not tuned on.
 */
export const CHROME_STEPS: readonly ChromeStep[] = [
  {
    name: "split labels glued",
    why: "scrapers put each inline element of a page's header on a line of its own ('来源:' / '四川日报'); metadata.ts reads them as one line",
    apply: (page) => {
      page.lines = glueSplitLabels(page.lines);
    },
  },
  {
    name: "page tail",
    why: "after the report come the editor, the QR code, print and close buttons, related links and their teasers; little report text follows the first of them",
    apply: (page) => {
      page.lines = cutPageTail(page.lines);
    },
  },
  {
    name: "widget lines",
    why: "a line made only of widget words (下载 打印 全屏 收藏, 【字号：, 扫一扫在手机打开当前页), the sizes and brackets beside them, a trail from 首页 through its separators, a crowded list of links",
    apply: (page) => {
      page.lines = dropWidgetLines(page.lines, page.blanked);
    },
  },
  {
    name: "run-on lines",
    why: "a report pasted as one long line, or with its paragraphs run together, is cut before its section markers, then at sentence ends",
    apply: (page) => {
      page.lines = splitRunOnLines(page.lines);
    },
  },
];

/**
 * A page pasted as one line first has its inline widgets put on lines of their own
 * (breakInlineChrome), then CHROME_RULES and CHROME_STEPS run in order.
 */
export function removeChrome(text: string): string {
  const page = applyChromeRules(text.replace(/\r\n?/g, "\n").split("\n").flatMap(breakInlineChrome));
  for (const step of CHROME_STEPS) step.apply(page);
  return page.lines.join("\n");
}

/** Labels of a page's header fields: "来源：新华社", "发布时间：2025-07-21 10:56". */
const HEADER_LABELS = ["来源", "信息来源", "文章来源", "发布时间", "发布日期", "发表时间", "日期", "时间", "作者"];

/**
 * A page pasted as one long line keeps its widgets inline: "当前位置：首页 > 新闻 … 日期：2025-07-21
 * 来源：新华社 字号：大 中 小 打印本页 报告显示…". Each widget word standing between spaces, and each
 * header label, starts a line of its own (and a widget word ends it), so that the rules by line
 * shape see them; the report's text between them is left as it was.
 */
function breakInlineChrome(line: string): string[] {
  if ([...line].length <= LINE_RULE_MAX_CHARS) return [line];
  const standing = new RegExp(`(^|\\s)((?:${WIDGET_ALTERNATION})(?:\\s*[:：]\\s*\\d*)?)(?=\\s|$)`, "g");
  // Two different widgets standing between spaces: a page's toolbar, not a report's sentence.
  if (new Set([...line.matchAll(standing)].map((m) => m[2]!.replace(/[\s:：\d]/g, ""))).size < 2) return [line];
  const labels = HEADER_LABELS.join("|");
  const broken = line
    .replace(standing, "$1\n$2\n")
    .replace(new RegExp(`(\\s)(?=(?:${labels}|${WIDGET_WORDS.editors!.join("|")}|${WIDGET_WORDS.trails!.join("|")})\\s*[:：])`, "g"), "$1\n");
  return broken.split("\n").map((piece) => piece.trim());
}

/** The lines after CHROME_RULES, and which of them the rules blanked. */
function applyChromeRules(lines: string[]): PageLines {
  const out: string[] = [];
  const blanked: boolean[] = [];
  for (const withZeroWidth of lines) {
    const original = withZeroWidth.replace(ZERO_WIDTH, "");
    // A line holding only a zero-width space inside a sentence ("光缆线路550\n\u200b\n多万公里。",
    // gwr-2017) is not a paragraph break: drop it so the halves are joined.
    if (original !== withZeroWidth && original.trim() === "" && /[^\s。！？；：…”」』!?;:"']$/.test(out.at(-1) ?? "")) continue;
    let line = original;
    let rest = false;
    let chars = -1; // the line's length in characters, counted when a line rule first asks
    for (const rule of CHROME_RULES) {
      if (rule.action === "phrase") {
        const cut = line.replace(rule.pattern, "");
        if (cut !== line) chars = -1;
        line = cut;
        continue;
      }
      if (chars < 0) chars = [...line].length;
      if (chars <= LINE_RULE_MAX_CHARS && rule.pattern.test(line)) {
        line = "";
        rest = rule.action === "rest";
        break;
      }
    }
    // A line whose content was all chrome ("发布日期:… |" keeps its content; "|  |" does not).
    if (line !== original && /^[\s|｜]*$/.test(line)) line = "";
    out.push(line);
    blanked.push(line === "" && original.trim() !== "");
    if (rest) break;
  }
  return { lines: out, blanked };
}

// ---------------------------------------------------------------------------------------------
// Chrome by line shape

/**
 * Words of page widgets, never of a report's own lines: a line made only of these (and of
 * separators, counters, font sizes) is chrome. Grouped by the widget they come from; the same
 * widgets recur on every government CMS (TRS, 集约化平台, library copies), in any order.
 */
export const WIDGET_WORDS: Readonly<Record<string, readonly string[]>> = {
  "page tools": [
    "打印",
    "打印本页",
    "打印此页",
    "打印文章",
    "打印页面",
    "关闭",
    "关闭窗口",
    "关闭本页",
    "关闭页面",
    "收藏",
    "加入收藏",
    "收藏本页",
    "全屏",
    "下载",
    "保存",
    "返回",
    "返回顶部",
    "顶部",
    "TOP",
    "返回首页",
    "返回列表",
    "上一篇",
    "下一篇",
    "上一页",
    "下一页",
    "我要纠错",
    "纠错",
  ],
  "font and colour switchers": ["字号", "字体", "视力保护色", "护眼模式", "背景色"],
  "share bars": [
    "分享",
    "分享到",
    "分享至",
    "微信",
    "微博",
    "新浪微博",
    "腾讯微博",
    "QQ",
    "QQ空间",
    "朋友圈",
    "扫一扫",
    "微信扫一扫",
    "扫一扫在手机打开当前页",
    "在手机打开当前页",
    "扫码",
    "二维码",
    "手机版",
    "手机扫码",
  ],
  counters: ["阅读量", "阅读数", "阅读次数", "浏览次数", "浏览量", "点击数", "点击量", "点击次数", "访问量"],
  "related blocks": [
    "相关链接",
    "相关报道",
    "相关文档",
    "相关附件",
    "相关新闻",
    "相关阅读",
    "相关稿件",
    "相关文章",
    "相关解读",
    "相关信息",
    "相关专题",
    "延伸阅读",
    "推荐阅读",
    "热点推荐",
    "附件下载",
  ],
  editors: ["责任编辑", "编辑", "责编", "审核", "校对", "初审", "终审", "作者"],
  footers: [
    "网站地图",
    "联系我们",
    "网站标识码",
    "版权所有",
    "主办单位",
    "承办单位",
    "技术支持",
    "网站声明",
    "无障碍",
    "无障碍浏览",
    "长者模式",
    "关怀版",
    "政务微博",
    "政务微信",
  ],
  trails: ["首页", "网站首页", "当前位置", "您的位置", "您现在的位置", "您当前位置", "所在位置"],
};
const WIDGET = new Set(Object.values(WIDGET_WORDS).flat());
const WIDGET_WORD_MAX_CHARS = Math.max(...[...WIDGET].map((w) => [...w].length));
/** The widget words as a regular-expression alternation, longest first. */
const WIDGET_ALTERNATION = [...WIDGET]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
/** Words that are chrome only beside a widget: the sizes of a font switcher, a close cross. */
const WIDGET_COMPANIONS = new Set(["特大", "加大", "还原", "减小", "放大", "缩小", "默认", "标准", "大", "中", "小", "×", "x", "X"]);
/** Widgets whose line starts the page's tail (what follows the report: editor, share bar, related links). */
const TAIL_WIDGETS = new Set(
  [
    ...WIDGET_WORDS["page tools"]!,
    ...WIDGET_WORDS["share bars"]!,
    ...WIDGET_WORDS["related blocks"]!,
    ...WIDGET_WORDS.editors!,
    ...WIDGET_WORDS.footers!,
  ].filter((w) => w !== "作者" && w !== "下载"),
);
/** Labels whose value is chrome too: "责任编辑：李莎莎", "阅读量：1024". ("来源：", "发布时间：" are metadata: kept.) */
const WIDGET_LABEL = new RegExp(`^\\s*(?:${[...WIDGET_WORDS.editors!, ...WIDGET_WORDS.counters!, "分享到", "分享"].join("|")})\\s*[:：]`);
const EDITOR_LABEL = new RegExp(`^\\s*(?:${WIDGET_WORDS.editors!.join("|")})\\s*[:：]`);
/** Separators of trails and widget bars: 首页 > 栏目, 打印 | 关闭, 【 】. */
const SEPARATORS = /[\s|｜>＞»›〉→/\\·•,，、:：【】〖〗[\]()（）<＜《》"“”'‘’!！?？;；=＝\-–—_]+/u;
/** Widget lines are short: "下载 打印 全屏 收藏 【字号：加大 还原 减小】" is 25 characters. */
const WIDGET_LINE_MAX_CHARS = 40;
/** An editor's name: "李莎莎", "王洋 张三". */
const EDITOR_NAME_MAX_CHARS = 12;
/** A trail's sections ("政府信息公开", "省政府工作报告") are short. */
const TRAIL_SEGMENT_MAX_CHARS = 15;
/** Punctuation of a sentence: a line holding it is report text, not a widget. */
const SENTENCE_MARKS = /[。！？；，]/;
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

/**
 * A token of a widget line: one widget word or several run together ("分享到微信", "扫一扫在手机打开当前页",
 * "大中小"); "companion" when it is made of companions only; null when it holds any other word.
 */
function widgetToken(token: string): "widget" | "companion" | null {
  if (/^\d+$/.test(token)) return "companion";
  const chars = [...token];
  // reach[i]: how chars[0..i) splits into widget words and companions ("widget" if some split has a widget word).
  const reach: ("widget" | "companion" | null)[] = new Array(chars.length + 1).fill(null);
  reach[0] = "companion";
  for (let end = 1; end <= chars.length; end++) {
    for (let start = Math.max(0, end - WIDGET_WORD_MAX_CHARS); start < end; start++) {
      if (reach[start] === null) continue;
      const word = chars.slice(start, end).join("");
      const kind = WIDGET.has(word) ? "widget" : WIDGET_COMPANIONS.has(word) ? reach[start]! : null;
      if (kind === "widget" || (kind === "companion" && reach[end] === null)) reach[end] = kind;
    }
  }
  return reach[chars.length] ?? null;
}

/** The tokens of a short line without sentence marks, as widget words: "widget" if one is, "companion" if all are sizes or counts, null otherwise. */
function widgetTokens(text: string): "widget" | "companion" | "separator" | null {
  const tokens = text.split(SEPARATORS).filter((t) => t !== "");
  if (tokens.length === 0) return "separator";
  const kinds = tokens.map(widgetToken);
  if (kinds.some((k) => k === null)) return null;
  if (kinds.includes("widget")) return "widget";
  // Numbers alone are a date or a figure, not a widget.
  return tokens.some((t) => !/^\d+$/.test(t)) ? "companion" : null;
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
function dropWidgetLines(lines: string[], blanked: readonly boolean[]): string[] {
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

/**
 * Scrapers put each inline element of a page's header on a line of its own: "来源:" / "四川日报",
 * "发表时间：" / "2026-02-09 09:45:30". A short label ending in a colon followed by a short value
 * is one line again, so that metadata.ts can read it ("各位代表：" is followed by a sentence: kept).
 */
function glueSplitLabels(lines: string[]): string[] {
  const out = [...lines];
  // Only in the page's header, before the report's first sentence: further down "其中：" / "地区生产总值" are the report's.
  const firstSentence = out.findIndex((line) => line.includes("。") && [...line.trim()].length >= 20);
  const end = firstSentence === -1 ? out.length : firstSentence;
  for (let i = 0; i + 1 < end; i++) {
    const label = out[i]!.trim();
    const value = out[i + 1]!.trim();
    if (!/^[\p{Script=Han}A-Za-z]{1,6}\s*[:：]$/u.test(label) || value === "" || /[:：]$/.test(value)) continue;
    // A widget's label ("分享：", "责任编辑：") is not glued: its line goes, with its value when it has one.
    if (WIDGET.has(label.replace(/\s*[:：]$/, ""))) continue;
    if ([...value].length > 30 || SENTENCE_MARKS.test(value)) continue;
    out[i] = label + value;
    out[i + 1] = "";
  }
  return out;
}

/** What follows the tail's start holds at most this much report-like text (a related article's teaser, a repeated title)… */
const TAIL_MAX_PROSE_CHARS = 1500;
/** …and at most this share of the report-like text before it: the report is behind, not ahead. */
const TAIL_MAX_PROSE_SHARE = 0.25;

/**
 * What follows the report on a web page: editor, share bar, print and close buttons, related
 * links and their teasers ("相关链接>>", "责任编辑：李莎莎", "扫一扫在手机打开当前页", a related
 * report's title and first words). From the first tail widget after which little report-like text
 * remains (text with sentence marks, against the text before it), every line goes; the report's own
 * last lines (a closing sentence, an appendix of 名词解释, a signature and date) come before it and stay.
 */
function cutPageTail(lines: string[]): string[] {
  const prose = lines.map((line) => (SENTENCE_MARKS.test(line) ? [...line.trim()].length : 0));
  const proseAfter: number[] = new Array(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) proseAfter[i] = proseAfter[i + 1]! + prose[i]!;
  let proseBefore = 0;
  for (let i = 0; i < lines.length; i++) {
    const after = proseAfter[i + 1]!;
    if (proseBefore > 0 && isTailWidget(lines[i]!) && after <= TAIL_MAX_PROSE_CHARS && after <= proseBefore * TAIL_MAX_PROSE_SHARE) {
      return lines.map((line, j) => (j < i ? line : ""));
    }
    proseBefore += prose[i]!;
  }
  return lines;
}

function isTailWidget(line: string): boolean {
  const text = line.trim();
  if (text === "" || [...text].length > WIDGET_LINE_MAX_CHARS) return false;
  if (WIDGET_LABEL.test(text)) return true;
  if (SENTENCE_MARKS.test(text) || widgetTokens(text) !== "widget") return false;
  return text.split(SEPARATORS).some((token) => [...TAIL_WIDGETS].some((word) => token.includes(word)));
}

// ---------------------------------------------------------------------------------------------
// Run-on lines

/**
 * A line this long is not one paragraph: the longest paragraph of the 52 national work reports has
 * 1,253 characters, of 20 scraped 2026 provincial reports 1,387.
 */
const RUN_ON_MIN_CHARS = 1500;
/** Past this, a piece with no section marker is cut at sentence ends into pieces of about PIECE_CHARS. */
const RUN_ON_SENTENCE_CHARS = 3000;
const PIECE_CHARS = 800;
/** Where a run-on line starts a section: after a sentence, a marker 一、 （一） 第一部分 1. */
const SECTION_START =
  /(?<=[。！？；][”」』）)]?)\s*(?=(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)))/u;

/**
 * A part's title run in between two sentences, a piece of its own: "…努力加以解决。2024年工作安排建议2024年是实施
 * “十四五”规划的关键一年。" (泸州 2024): what follows is the plan, as the title says on a line of its own elsewhere.
 */
const INLINE_PART_TITLE = /(?<=[。！？][”」』）)]?)\s*((?:19|20)\d\d年(?:政府)?工作(?:安排建议|总体要求|安排|任务|建议))(?=(?:19|20)\d\d年|[“"今做全]|\s)/u;

/**
 * A report pasted as one long line, or with its paragraphs run together: cut before each section
 * marker that follows a sentence; a piece still thousands of characters long is cut at sentence
 * ends. The pieces are separated by blank lines so that no joining puts them together again.
 */
function splitRunOnLines(lines: string[]): string[] {
  return lines.flatMap((line) => {
    if ([...line].length < RUN_ON_MIN_CHARS) return [line];
    const sections = line
      .split(INLINE_PART_TITLE)
      .flatMap((part) => part.split(new RegExp(SECTION_START.source, "gu")))
      .filter((s) => s.trim() !== "");
    const pieces = sections.flatMap((section) => ([...section].length < RUN_ON_SENTENCE_CHARS ? [section] : cutAtSentences(section)));
    if (pieces.length < 2) return [line];
    return pieces.flatMap((piece, i) => (i === 0 ? [piece.trim()] : ["", piece.trim()]));
  });
}

function cutAtSentences(text: string): string[] {
  const sentences = text.match(/[^。！？]+(?:[。！？]+[”」』）)]?|$)/gu) ?? [text];
  const pieces: string[] = [];
  let current = "";
  for (const sentence of sentences) {
    if (current !== "" && [...current].length + [...sentence].length > PIECE_CHARS) {
      pieces.push(current);
      current = "";
    }
    current += sentence;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

export function normaliseText(text: string): string {
  // Spaces inside and around numbers: repair.ts's NUMBER_SPACING_RULES ("1 9 9 3 年", "2572.74 亿元", "1 048.53万人").
  return (
    applySpacing(halfWidthAlphanumeric(text))
      // "33，212万吨" → "33,212万吨"; the lookahead lets "1，011，742" convert both commas.
      .replace(/(\d)，(?=\d{3}(?!\d))/g, "$1,")
  );
}

// ---------------------------------------------------------------------------------------------
// Joining broken lines

/** Characters that end a sentence or a clause that may end a line: the next line starts afresh. */
const TERMINAL = /[。！？；：…”」』!?;:"'](?:[[［]\d{1,2}[\]］]|[\u2460-\u2473])*$/;
/** A sentence or clause end, possibly closed by quotes or brackets ("…增长5.5%。", "…”。", "（…）。") and footnote marks ("。[4]"). */
const SENTENCE_END = /[。！？；：…!?;:][”」』"'’）)]*(?:[[［]\d{1,2}[\]］]|[\u2460-\u2473])*$/;
/** Lines that are never glued to what follows: the salutation "各位代表：" opens the speech on its own. */
const SALUTATION = /^各位代表[：:！!]$/;
/** Columns parted by runs of spaces: a table row of PDF text set with -layout. */
const TABLE_ROW = /\S(?: {3,}|\t)\S/;
/** A note's own line ("[1]本公报数据为…", "①…") or a list item starts afresh after a sentence. */
const ITEM_START = /^(?:[[［]\d{1,2}[\]］]|[\u2460-\u2473]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]是)/;

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

/** Paragraph-start indentation of the older reports ("　　本届政府…"). */
function isIndented(line: string): boolean {
  return /^[\u3000]|^ {2,}/.test(line);
}

/** A character printed two columns wide: CJK, Hangul, full-width signs. */
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Script=Han}/gu;
/** Footnote marks ("[2]") are set small, in the margin of the line's width. */
const NOTE_MARK = /[[［]\d{1,2}[\]］]/g;

/** Printed width: a CJK character or full-width sign takes two columns, ASCII one. */
function width(line: string): number {
  const text = line.replace(NOTE_MARK, "");
  // One column per character (code point), one more per wide one: one regex pass, not one per character.
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) chars++; // a low surrogate ends a character already counted
  }
  return chars + (text.match(WIDE_CHAR)?.length ?? 0);
}

/**
 * How a file breaks its lines, which decides which breaks end a paragraph:
 * - "blocks": paragraphs between blank lines or opened by indentation (Wikisource, Word, PDF read by
 *   pdf.ts); inside a block, lines are joined (a bold lead sentence on its own line, a split link);
 * - "wrapped": lines cut at a page width (pdftotext, a publisher's text copy of a PDF); a line ends
 *   its paragraph when it ends a sentence short of the width;
 * - "lines": one paragraph a line (a scraped page); a line ends its paragraph when it ends a
 *   sentence, or when it stands alone (a title, a subtitle, 名词解释).
 */
export type LineLayout = { kind: "blocks" } | { kind: "wrapped"; width: number } | { kind: "lines" };

/** Lines shorter than this (in columns) say nothing of the page width. */
const WRAP_SAMPLE_MIN_WIDTH = 24;
/** A typeset line is at most this wide (about 80 CJK characters). */
const WRAP_MAX_WIDTH = 160;
/** A line this close to the width (share of it) runs to the margin. */
const WRAP_FULL_SHARE = 0.85;
/** In wrapped text at least this share of the sampled lines run to the margin… */
const WRAP_MIN_FULL_SHARE = 0.5;
/** …and there are at least this many of them. */
const WRAP_MIN_LINES = 8;
/** In block text, paragraphs are parted by blank lines: at least this many gaps per non-blank line. */
const BLOCK_MIN_GAP_SHARE = 0.4;
/** A line standing alone (title, subtitle, signature, 名词解释) is short and has no clause marks. */
const STANDALONE_MAX_CHARS = 40;

export function detectLayout(lines: readonly string[]): LineLayout {
  const nonBlank = lines.filter((line) => !isBlank(line));
  if (nonBlank.length === 0) return { kind: "blocks" };
  // Table rows set in columns say nothing of the page width either, nor do captions (a table's caption is
  // repeated on each of its pages: 宁夏's final accounts print "2024年全区一般公共预算支出决算表" eight times).
  const widths = nonBlank
    .filter((line) => !TABLE_ROW.test(line.trim()) && captionLine(line.trim()) === null)
    .map((line) => width(line.trim()))
    .filter((w) => w >= WRAP_SAMPLE_MIN_WIDTH)
    .sort((a, b) => a - b);
  const p90 = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const full = widths.filter((w) => w >= p90 * WRAP_FULL_SHARE).length;
  if (widths.length >= WRAP_MIN_LINES && p90 <= WRAP_MAX_WIDTH && full >= widths.length * WRAP_MIN_FULL_SHARE) return { kind: "wrapped", width: p90 };
  let gaps = 0;
  for (let i = 1; i < lines.length; i++) if (isBlank(lines[i]!) && !isBlank(lines[i - 1]!)) gaps++;
  const indented = nonBlank.filter((line) => isIndented(line) && !isBlank(line)).length;
  if (gaps >= nonBlank.length * BLOCK_MIN_GAP_SHARE || indented >= 2) return { kind: "blocks" };
  return { kind: "lines" };
}

/**
 * Joins the lines of each block of consecutive non-blank lines into paragraphs, one per output
 * line, without a space (Chinese has none): "国内\n生产总值" → "国内生产总值", "全年地区生产总值\n13507.69亿元"
 * → one sentence. Heading lines and table placeholders are never joined; where else a paragraph
 * ends depends on the file's layout (detectLayout). "（PM\n2.5\n）" becomes "（PM2.5）".
 */
export function joinBrokenLines(text: string): string {
  let lines = text.split("\n");
  const layout = detectLayout(lines);
  // In wrapped text a single blank line after a line that runs to the margin mid-sentence is line
  // spacing (pdftotext -layout double-spaces a loosely set page), not a paragraph break.
  if (layout.kind === "wrapped")
    lines = lines.filter((line, i) => !(isBlank(line) && !isBlank(lines[i + 1] ?? "") && runsOn(lines[i - 1] ?? "", layout.width)));
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previous = "";
  let beforePrevious = "";
  for (const raw of lines) {
    if (isBlank(raw)) {
      if (current !== null) paragraphs.push(current);
      current = null;
      previous = "";
      beforePrevious = "";
      continue;
    }
    const line = raw.trim();
    if (current !== null && shouldJoin(layout, current, beforePrevious, previous, raw, line)) {
      current += line;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    beforePrevious = previous;
    previous = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs.join("\n");
}

/** A line of wrapped text that runs to the margin without ending a sentence: its sentence goes on. */
function runsOn(line: string, pageWidth: number): boolean {
  const text = line.trim();
  return text !== "" && !SENTENCE_END.test(text) && !TABLE_ROW.test(text) && !TABLE_PLACEHOLDER_LINE.test(text) && width(text) >= pageWidth * WRAP_FULL_SHARE;
}

/**
 * @param current the paragraph so far (previous is its last line)
 * @param beforePrevious the line before previous ("" at a block's start)
 */
function shouldJoin(layout: LineLayout, current: string, beforePrevious: string, previous: string, rawNext: string, next: string): boolean {
  if (TABLE_PLACEHOLDER_LINE.test(previous) || TABLE_PLACEHOLDER_LINE.test(next)) return false;
  // A row of a table set in columns (pdftotext -layout: "2080502   事业单位离退休   28.11") is a line of its own.
  if (layout.kind !== "blocks" && (TABLE_ROW.test(previous) || TABLE_ROW.test(next))) return false;
  if (isBareMarker(previous)) return true;
  // A quotation or bracket left open goes on in the next line, even after a list number ("7.“双向揭榜挂帅”：…“双向" / "揭榜").
  if (layout.kind !== "blocks" && isUnclosed(current) && !isHeadingLine(next)) return true;
  // A numbered line that runs to the margin mid-sentence is a paragraph's first line, not a heading
  // ("1、社会保障和就业支出（类）行政事业单位养老支出（款）" / "行政单位离退休（项）。主要用于：…").
  if (
    layout.kind === "wrapped" &&
    isHeadingLine(previous) &&
    !isHeadingLine(next) &&
    !SENTENCE_END.test(previous) &&
    width(previous) >= layout.width * WRAP_FULL_SHARE
  )
    return true;
  if (isHeadingLine(previous) || isHeadingLine(next) || SALUTATION.test(previous)) return false;
  // A date alone ("（2026年3月31日）" under a bulletin's title) is a line of its own.
  if (DATE_ALONE.test(previous) || DATE_ALONE.test(next)) return false;
  switch (layout.kind) {
    case "blocks":
      if (!TERMINAL.test(previous)) return true;
      return !isIndented(rawNext);
    case "wrapped":
      if (!SENTENCE_END.test(previous))
        return width(previous) >= layout.width * WRAP_FULL_SHARE || current !== previous || !standsAlone(beforePrevious, previous);
      if (ITEM_START.test(next)) return false;
      return width(previous) >= layout.width * WRAP_FULL_SHARE;
    case "lines":
      if (SENTENCE_END.test(previous)) return false;
      // A line of punctuation only ("（" before "三）改革开放…") opens the next.
      if (!/[\p{L}\p{N}]/u.test(previous)) return true;
      return current !== previous || !standsAlone(beforePrevious, previous);
  }
}

/** More opening quotes or brackets than closing ones: the line stops inside them. */
function isUnclosed(line: string): boolean {
  const count = (re: RegExp) => line.match(re)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/[（(]/g) > count(/[）)]/g) || count(/《/g) > count(/》/g);
}

/** Marks of a sentence or clause: a line holding one is text, not a title ("来源：四川日报" has only a label's colon). */
const CLAUSE_MARKS = /[，、；。！？,;!?]/;

/** A short line without clause marks after a finished sentence (or at a block's start) is a line of its own. */
function standsAlone(before: string, line: string): boolean {
  if ([...line].length > STANDALONE_MAX_CHARS || CLAUSE_MARKS.test(line)) return false;
  return before === "" || SENTENCE_END.test(before) || isHeadingLine(before) || standsAloneShape(before);
}

function standsAloneShape(line: string): boolean {
  return [...line].length <= STANDALONE_MAX_CHARS && !CLAUSE_MARKS.test(line) && !SENTENCE_END.test(line);
}

/** repairArtifacts → removeChrome → normaliseText → joinBrokenLines, for callers that do not need metadata in between. */
export function cleanText(text: string): string {
  return joinBrokenLines(normaliseText(removeChrome(repairArtifacts(text))));
}
