export { renderChart, renderChartSvg } from "./render.ts";
export type { ChartPoint, ChartSpec } from "./types.ts";
