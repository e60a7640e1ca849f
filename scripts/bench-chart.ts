import { parseArgs } from "node:util";
import { measureChart } from "../src/bench/chart.ts";

/** `node scripts/run.mjs bench-chart [--repeat 20]`: the time to draw one chart, as one JSON line (src/bench/chart.ts). */
let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(2), options: { repeat: { type: "string", default: "20" } } });
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: node scripts/run.mjs bench-chart [--repeat 20]`);
  process.exit(2);
}
const { values } = parsed;
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`--repeat takes a whole number ≥ 1 (got ${values.repeat})`);
  process.exit(2);
}
console.log(JSON.stringify(await measureChart(repeat)));
