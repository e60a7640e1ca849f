/** One period of a series: its axis label, its value (null: the reports give no figure for it), its figure as printed. */
export interface ChartPoint {
  /** The period as shown on the axis: "2019年". */
  label: string;
  /** The figure's value in the chart's unit; null draws a gap there (never a zero, never a line across). */
  value: number | null;
  /** The figure as the report prints it ("6.1%", "1.37万亿斤"): the point's label. */
  text: string;
}

export interface ChartSpec {
  /** Chinese title: "国内生产总值增长率（2014—2024年）". */
  title: string;
  /** The unit of the values, shown on the value axis: "%", "万亿斤". */
  unit: string;
  points: ChartPoint[];
  /** The footnote: "来源：2015—2025年政府工作报告". */
  source: string;
  /** Line by default; bar when asked, or when absent and there are at most 3 points. */
  kind?: "line" | "bar";
}
