/**
 * A table's caption and unit line, as printed around it: "表3 2022年主要工业产品产量",
 * "2025年部门收入预算总表", "单位：万元", "（单位：%）", "编制部门：上海市普陀区司法局   单位：元".
 * Each rule is a named record with its reason, so what is taken as a caption can be read here alone.
 */
import { SENTENCE_PUNCTUATION, compact } from "./cells.ts";

export interface CaptionRule {
  name: string;
  /** Tested on the caption's text with its unit expression and decorations removed. */
  pattern: RegExp;
  /** Longest caption (characters) the rule accepts. */
  maxChars: number;
  why: string;
}

export const CAPTION_RULES: readonly CaptionRule[] = [
  {
    name: "numbered",
    pattern: /^(?:附)?表\s*[0-9０-９一二三四五六七八九十]+(?:[-—.．]\d+)?(?![0-9０-９])/,
    maxChars: 80,
    why: "tables are numbered: 表1  2022年居民消费和商品零售价格涨跌幅度, 表 2　2021 年提供住宿的民政服务机构情况, 附表3",
  },
  {
    name: "names a table",
    pattern: /(?:表|情况|统计|一览|明细|汇总|构成|分布|对比|比较|指标|变化|变动|结构|数据|概况)$/,
    maxChars: 40,
    why: "an unnumbered caption names what the table is: 2025年部门收入预算总表, 金融机构本外币存贷款情况, 主要产品产量及增长情况",
  },
];

/**
 * A unit expression: (金额|计量)单位：X, optionally in brackets. X runs to the closing bracket or
 * the next white space ("单位：万元", "（单位：%）", "单位:亿元、%", "单位：元/人").
 */
const UNIT = /[（(]?\s*(?<!编制|填报|报送|编报)(?:金额|计量|数量)?单位\s*[:：]\s*([^\s（）()]+?(?:[（(][^（）()\s]*[）)])?)\s*(?:[）)]|(?=\s|$))/u;
/** What may share a unit line: who compiled the table ("编制部门：上海市普陀区司法局"). */
const COMPILER = /^(?:编制|填报|报送|编报)(?:部门|单位|机关)\s*[:：]\s*\S+$/;
/** Markdown and web decorations around a caption: **…**, __…__, a leading # of a heading. */
const DECORATION = /^(?:#{1,6}\s+)?(?:\*\*|__)?|(?:\*\*|__)?$/g;

/** A caption's closing bracket holding only a unit: "…经济类型结构对比（％）", "…收支情况（万元）". */
const BRACKETED_UNIT = /[（(]\s*(%|％|‰|[万亿千]?(?:元|美元|人|吨|户|个))\s*[）)]$/u;

/** The unit stated in a line, and the line without it; null when it states none. */
export function findUnit(text: string): { unit: string; rest: string } | null {
  const m = UNIT.exec(text);
  if (!m) return null;
  const unit = (m[1] ?? "").replace(/[，,。；;：:]+$/, "");
  if (unit === "") return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/[（(]\s*[）)]/g, "").trim();
  return { unit, rest };
}

/** The unit when the line says nothing else (a compiler's name may share it); null otherwise. */
export function unitLine(line: string): string | null {
  const found = findUnit(undecorate(line));
  if (!found) return null;
  return found.rest === "" || COMPILER.test(found.rest) ? found.unit : null;
}

/** Who compiled the table, alone on its line ("编制部门：上海市普陀区司法局"). */
export function compilerLine(line: string): boolean {
  return COMPILER.test(undecorate(line));
}

/** The line as a caption (title and unit), or null when it does not read like one. */
export function captionLine(line: string): { title: string; unit: string } | null {
  const text = undecorate(line);
  if (text === "" || /\uE000/.test(text)) return null;
  const bracketed = BRACKETED_UNIT.exec(text);
  const found = findUnit(text) ?? (bracketed ? { unit: bracketed[1]!, rest: text.slice(0, bracketed.index).trim() } : null);
  const title = found ? found.rest : text;
  if (title === "" || SENTENCE_PUNCTUATION.test(title) || /[：:、]$/.test(title)) return null;
  const chars = [...compact(title)].length;
  const rule = CAPTION_RULES.find((r) => chars <= r.maxChars && r.pattern.test(title));
  return rule ? { title, unit: found?.unit ?? "" } : null;
}

function undecorate(line: string): string {
  return line.trim().replace(DECORATION, "").trim();
}
