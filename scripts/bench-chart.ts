import { parseArgs } from "node:util";
import { renderChart, renderChartSvg } from "../src/chart/index.ts";
import { svgToPng } from "../src/chart/render.ts";
import { GDP_GROWTH } from "../src/chart/examples.ts";

/**
 * `node scripts/run.mjs bench-chart [--repeat 20]`: the time to draw one chart (GDP growth, 11
 * years, one gap) as one JSON line, in ms: the first render of the process (cold: ECharts loaded,
 * the font read for the first time), then the median and the slowest of --repeat warm renders,
 * and of those the median of each stage (the SVG by ECharts, the PNG by resvg).
 */
const { values } = parseArgs({ args: process.argv.slice(2), options: { repeat: { type: "string", default: "20" } } });
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`--repeat takes a whole number ≥ 1 (got ${values.repeat})`);
  process.exit(2);
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
console.log(
  JSON.stringify({
    chart: "gdp-growth",
    repeat,
    coldMs: ms(cold),
    warmMedianMs: ms(median(warm)),
    warmMaxMs: ms(Math.max(...warm)),
    svgMedianMs: ms(median(svgStage)),
    pngMedianMs: ms(median(pngStage)),
    pngBytes: bytes,
  }),
);
