import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeMachine } from "../src/bench/machine.ts";
import { formatMarkdown, formatTable, jsonLine } from "../src/bench/report.ts";
import { DEFAULT_CORPUS, DEFAULT_QA, runBench } from "../src/bench/run.ts";
import { checkTargets } from "../src/bench/targets.ts";

/**
 * `npm run bench -- [--scales 1,10] [--repeat 1000] [--budget 600] [--heap MB] [--markdown FILE]`:
 * the figures of issues 5 and 8 as a table, then one JSON line. Progress goes to stderr. Times
 * are judged against floors measured in the same run (src/bench/targets.ts).
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    scales: { type: "string", default: "1,10" },
    repeat: { type: "string", default: "1000" },
    budget: { type: "string", default: "600" },
    heap: { type: "string" },
    markdown: { type: "string" },
    corpus: { type: "string", default: DEFAULT_CORPUS },
  },
});

const scales = values.scales.split(",").map(Number);
if (scales.some((s) => !Number.isInteger(s) || s < 1)) {
  console.error(`--scales takes whole numbers ≥ 1, e.g. 1,10,100 (got ${values.scales})`);
  process.exit(2);
}
const options = {
  scales,
  repeat: Number(values.repeat),
  budgetMs: Number(values.budget) * 1000,
  heapMB: values.heap ? Number(values.heap) : undefined,
  corpusDir: values.corpus,
  qaPath: DEFAULT_QA,
  askQuestion: "高中毛入学率",
  askExpect: "95.62%",
  askRuns: 5,
};

const machine = describeMachine();
const results = await runBench({ ...options, log: (line) => console.error(line) });
const targets = checkTargets(results);
console.log(formatTable(results, targets));
if (values.markdown) {
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  await writeFile(values.markdown, formatMarkdown(machine, results, targets, command));
}
console.log(jsonLine(machine, options, results, targets));
