/**
 * The time to draw one chart (GDP growth, 11 years, one gap), in ms: the first render of the
 * process (cold: ECharts loaded, the font read for the first time), then the median and the slowest
 * of `repeat` warm renders, and of those the median of each stage (the SVG by ECharts, the PNG by
 * resvg). Used by `npm run bench` (worker job "chart") and `node scripts/run.mjs bench-chart`.
 */
import { renderChart, renderChartSvg } from "../chart/index.ts";
import { GDP_GROWTH } from "../chart/examples.ts";
import { svgToPng } from "../chart/render.ts";

export interface ChartResult {
  chart: string;
  repeat: number;
  coldMs: number;
  warmMedianMs: number;
  warmMaxMs: number;
  svgMedianMs: number;
  pngMedianMs: number;
  pngBytes: number;
}

const time = async (f: () => unknown): Promise<number> => {
  const start = performance.now();
  await f();
  return performance.now() - start;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number): number => Math.round(x * 10) / 10;

export async function measureChart(repeat: number): Promise<ChartResult> {
  let bytes = 0;
  const cold = await time(async () => (bytes = (await renderChart(GDP_GROWTH)).length));
  const warm: number[] = [];
  const svgStage: number[] = [];
  const pngStage: number[] = [];
  for (let i = 0; i < repeat; i++) {
    warm.push(await time(() => renderChart(GDP_GROWTH)));
    let svg = "";
    svgStage.push(await time(() => (svg = renderChartSvg(GDP_GROWTH))));
    pngStage.push(await time(() => svgToPng(svg)));
  }
  return {
    chart: "gdp-growth",
    repeat,
    coldMs: ms(cold),
    warmMedianMs: ms(median(warm)),
    warmMaxMs: ms(Math.max(...warm)),
    svgMedianMs: ms(median(svgStage)),
    pngMedianMs: ms(median(pngStage)),
    pngBytes: bytes,
  };
}
