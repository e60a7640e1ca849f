import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderChart } from "../src/chart/index.ts";
import { GDP_GROWTH, GRAIN_OUTPUT } from "../src/chart/examples.ts";

/** `node scripts/run.mjs chart-examples [DIR]`: draws the example charts into DIR (docs/charts). */
const dir = process.argv[2] ?? "docs/charts";
await mkdir(dir, { recursive: true });
for (const [name, spec] of [
  ["gdp-growth.png", GDP_GROWTH],
  ["grain-output.png", GRAIN_OUTPUT],
] as const) {
  const path = join(dir, name);
  await writeFile(path, await renderChart(spec));
  console.log(path);
}
