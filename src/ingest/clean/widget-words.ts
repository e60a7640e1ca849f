/**
 * Chrome by line shape, what its steps share: the words of page widgets (WIDGET_WORDS), never of a report's own
 * lines, their labels and separators, the sentence marks that make a line report text, and how the tokens of a
 * short line read as widget words (widgetTokens). Read by chrome-rules.ts, widget-lines.ts, split-labels.ts and
 * page-tail.ts.
 */

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
export const WIDGET = new Set(Object.values(WIDGET_WORDS).flat());
const WIDGET_WORD_MAX_CHARS = Math.max(...[...WIDGET].map((w) => [...w].length));
/** The widget words as a regular-expression alternation, longest first. */
export const WIDGET_ALTERNATION = [...WIDGET]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
/** Words that are chrome only beside a widget: the sizes of a font switcher, a close cross. */
const WIDGET_COMPANIONS = new Set(["特大", "加大", "还原", "减小", "放大", "缩小", "默认", "标准", "大", "中", "小", "×", "x", "X"]);
/** Labels whose value is chrome too: "责任编辑：李莎莎", "阅读量：1024". ("来源：", "发布时间：" are metadata: kept.) */
export const WIDGET_LABEL = new RegExp(`^\\s*(?:${[...WIDGET_WORDS.editors!, ...WIDGET_WORDS.counters!, "分享到", "分享"].join("|")})\\s*[:：]`);
/** Separators of trails and widget bars: 首页 > 栏目, 打印 | 关闭, 【 】. */
export const SEPARATORS = /[\s|｜>＞»›〉→/\\·•,，、:：【】〖〗[\]()（）<＜《》"“”'‘’!！?？;；=＝\-–—_]+/u;
/** Widget lines are short: "下载 打印 全屏 收藏 【字号：加大 还原 减小】" is 25 characters. */
export const WIDGET_LINE_MAX_CHARS = 40;
/** Punctuation of a sentence: a line holding it is report text, not a widget. */
export const SENTENCE_MARKS = /[。！？；，]/;

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
export function widgetTokens(text: string): "widget" | "companion" | "separator" | null {
  const tokens = text.split(SEPARATORS).filter((t) => t !== "");
  if (tokens.length === 0) return "separator";
  const kinds = tokens.map(widgetToken);
  if (kinds.some((k) => k === null)) return null;
  if (kinds.includes("widget")) return "widget";
  // Numbers alone are a date or a figure, not a widget.
  return tokens.some((t) => !/^\d+$/.test(t)) ? "companion" : null;
}
