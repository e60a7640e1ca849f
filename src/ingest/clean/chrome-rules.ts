/**
 * Chrome by phrase: CHROME_RULES, each knowing one site's phrases, applied line by line (applyChromeRules), after a
 * page pasted as one line has its inline widgets put on lines of their own (breakInlineChrome). The first of
 * removeChrome's steps (clean.ts); CHROME_STEPS follow.
 */
import { WIDGET_ALTERNATION, WIDGET_WORDS } from "./widget-words.ts";

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
export interface PageLines {
  lines: string[];
  blanked: boolean[];
}

/** Labels of a page's header fields: "来源：新华社", "发布时间：2025-07-21 10:56". */
const HEADER_LABELS = ["来源", "信息来源", "文章来源", "发布时间", "发布日期", "发表时间", "日期", "时间", "作者"];

/**
 * A page pasted as one long line keeps its widgets inline: "当前位置：首页 > 新闻 … 日期：2025-07-21
 * 来源：新华社 字号：大 中 小 打印本页 报告显示…". Each widget word standing between spaces, and each
 * header label, starts a line of its own (and a widget word ends it), so that the rules by line
 * shape see them; the report's text between them is left as it was.
 */
export function breakInlineChrome(line: string): string[] {
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
export function applyChromeRules(lines: string[]): PageLines {
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
