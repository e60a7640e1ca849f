/**
 * The facts of a table row: one per cell that holds a figure, read with the row's label and the
 * column's header as its metric ("港口集装箱吞吐量" + "绝对量"), the unit its column, row or table
 * states ("比上年增长（%）", a 计量单位 column, "单位：万元"), the year its column or caption names,
 * and the role and kind its header says (比上年增长 is a change, 预算数 a plan).
 */
import type { TableRowContext } from "../ingest/types.ts";
import { TABLE_CELL_SEPARATOR } from "../ingest/types.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { unitClassOf } from "../zh/units.ts";
import { anyOf } from "../zh/word-classes.ts";
import type { Fact, FactRole } from "./facts.ts";
import { lastBudgetLevel } from "./budget-level.ts";
import type { FigureKind } from "./types.ts";
import { DIGIT_YEAR_PRINTED } from "../zh/years.ts";

/** A cell that is a figure: digits with thousands commas, a decimal part, a sign (−12.5 as printed). */
const NUMBER_CELL = /^[-−–]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-−–]?\d+(?:\.\d+)?$/;
/** The column that says each row's unit. */
const UNIT_COLUMN = /^(?:计量)?单位$/;
/** A unit in a header's brackets: "出口额（亿元）", "比上年增长（%）", "（单位：万元）". */
const HEADER_UNIT = /[（(](?:单位[:：])?\s*([^（）()]{1,8})\s*[）)]/;
/** A header naming its column's percent without brackets: "完成调整预算%", "增长%". */
const PERCENT_HEADER = /[%％]/;

/**
 * The unit a column's header states: in brackets ("金额（亿元）"; "（调整）" is no unit), or a percent
 * sign ("完成调整预算%"); undefined when it states none and the row's or the table's holds.
 */
function headerUnit(header: string): string | undefined {
  const bracketed = HEADER_UNIT.exec(header)?.[1]?.trim();
  if (bracketed && (bracketed === "%" || bracketed === "％" || unitClassOf(bracketed) !== "none")) return bracketed === "％" ? "%" : bracketed;
  return PERCENT_HEADER.test(header) ? "%" : undefined;
}

/** Headers of a change: 比上年增长（%）, 增减, 增速, 涨跌幅度. */
const CHANGE_HEADER = /增长|增减|增速|增幅|涨跌|涨幅|比上年|同比|变动/;
const SHARE_HEADER = /比重|占比|占/;
// 要 of 主要, 重要 or 需要 is no plan ("表4 2025年末邮电主要指标及增长速度").
const TARGET_HEADER = new RegExp(`预算|(?<![主重需必只])${anyOf("target-kind-words", "target-mark-false-friends")}`);
const ACTUAL_HEADER = /执行|决算|实际|完成/;
/** Marks of a row that is part of the one above: 其中：一般贸易, # 日本. */
const ITEM_ROW = /^(?:其中[:：]?|#|＃)/;
/** Numbering before a row's label: 一、食品烟酒, (一), 1. */
const ROW_NUMBERING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、]|其中[:：]?|#|＃)\s*/;

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(row: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const text of row.split(TABLE_CELL_SEPARATOR)) {
    cells.push({ text, start, end: start + text.length });
    start += text.length + TABLE_CELL_SEPARATOR.length;
  }
  return cells;
}

/** The year a header or caption names ("2022年", "2024年预算数"), or null. */
function yearIn(text: string): number | null {
  const m = DIGIT_YEAR_PRINTED.exec(text);
  return m ? Number(m[1]) : null;
}

export function extractTableFacts(row: string, table: TableRowContext): Fact[] {
  const cells = cellsOf(row);
  // The caption names what every cell measures ("主要工业产品产量"), but for its number, years and filler.
  const caption = table.title.replace(/^表\s*\d+\s*|(?:19|20)\d\d\s*年|情况|主要/g, " ").trim();
  const unitColumn = table.columns.findIndex((h) => UNIT_COLUMN.test(h));
  const isNumber = (c: Cell) => NUMBER_CELL.test(c.text.replace(/\s+/g, ""));
  // The label: the cells before the first figure, but for the unit column.
  const firstFigure = cells.findIndex((c, i) => i !== unitColumn && isNumber(c));
  if (firstFigure <= 0) return [];
  const labelCells = cells.slice(0, firstFigure).filter((_, i) => i !== unitColumn && cells[i]!.text);
  const label = labelCells.map((c) => c.text.replace(ROW_NUMBERING, "")).join(" ");
  const labelSpan: [number, number] = [cells[0]!.start, cells[firstFigure - 1]!.end];
  const isItem = ITEM_ROW.test(labelCells[0]?.text ?? "");
  const rowUnit = unitColumn >= 0 ? (cells[unitColumn]?.text ?? "") : "";
  const figureCells = cells.map((c, i) => ({ c, i })).filter(({ c, i }) => i >= firstFigure && i !== unitColumn && isNumber(c));
  // A label cell between figures labels the figures after it: "本年收入合计 | 2,946.25 | 本年支出合计 | 2,940.05"
  // (a two-sided statement prints label and figure pairs in one row).
  const pairLabels = figureCells.map(({ i }, k) =>
    k === 0 ? [] : cells.slice(figureCells[k - 1]!.i + 1, i).filter((b, j) => figureCells[k - 1]!.i + 1 + j !== unitColumn && b.text.trim() && !isNumber(b)),
  );
  const spanOf = (labelled: Cell[]): [number, number] => [labelled[0]!.start, labelled.at(-1)!.end];
  const labelled = pairLabels.map((between) => (between.length > 0 ? between : null));
  const twoSided = labelled.some((l) => l !== null);
  return figureCells.map(({ c, i }, k) => {
    const header = table.columns[i] ?? "";
    // The nearest pair label at or before this figure, else the row's.
    const own =
      labelled
        .slice(0, k + 1)
        .reverse()
        .find((l) => l !== null) ?? null;
    const ownLabel = own ? own.map((b) => b.text.replace(ROW_NUMBERING, "")).join(" ") : label;
    const ownSpan: [number, number] = own ? spanOf(own) : labelSpan;
    // The other pairs' labels are not this figure's words.
    const otherLabels = [labelSpan, ...labelled.filter((l): l is Cell[] => l !== null).map(spanOf)].filter((span) => span[0] !== ownSpan[0]);
    const unit = headerUnit(header) ?? (rowUnit || table.unit);
    const role: FactRole = CHANGE_HEADER.test(header) ? "change" : SHARE_HEADER.test(header) ? "share" : "level";
    // A plan's column ("2026年预算数"), or any column of a plan's table ("2026年社会保险基金预算收入表") that names no outturn.
    const plan = (text: string) => TARGET_HEADER.test(text) && !ACTUAL_HEADER.test(text);
    const kind: FigureKind = plan(header) || (!ACTUAL_HEADER.test(header) && plan(table.title)) ? "target" : "actual";
    // A row's label may date it ("一、2023年末地方政府债务余额" beside "六、2024年末…决算数"), before the caption.
    const year = yearIn(header) ?? yearIn(ownLabel) ?? yearIn(table.title);
    const span: [number, number] = [c.start, c.end];
    return {
      figure: {
        text: c.text,
        value: Number(c.text.replace(/[−–]/, "-").replace(/[,\s]/g, "")),
        unit,
        unitClass: unit === "%" ? "percent" : unitClassOf(unit),
        qualifier: "",
        start: c.start,
        end: c.end,
      },
      segment: span,
      clause: span,
      parentClause: null,
      isItem,
      year,
      yearSource: year === null ? null : "clause",
      kind,
      role,
      multiYear: false,
      spanPoint: null,
      spanYears: null,
      // The column's header may say the level ("本地区 | 本级"), before the row's label and the caption.
      budgetLevel: lastBudgetLevel(header) ?? lastBudgetLevel(row.slice(0, c.start)) ?? lastBudgetLevel(table.title),
      // What the figure measures is its row's label under its column's header; the other cells are not its words.
      listItem: {
        own: ownSpan,
        siblings: [...figureCells.filter((f) => f.i !== i).map((f): [number, number] => [f.c.start, f.c.end]), ...otherLabels],
        // A two-sided statement's caption names both sides (收入支出决算总表): its labels say which side a figure is.
        part: toSearchForm(twoSided ? `${ownLabel} ${header}` : `${ownLabel} ${header} ${caption}`),
        // …and the reply's headline names it so ("年末移动电话用户数 | 万户 | 520.0": 移动电话用户数).
        label: ownLabel,
      },
      rowLabel: toSearchForm(ownLabel),
      place: null,
    };
  });
}
