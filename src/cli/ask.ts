import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { answerQuestion } from "../answer/answer.ts";
import { formatAnswerText } from "../answer/format.ts";
import { loadIndex, type SearchIndex } from "../search/index/search-index.ts";

/**
 * `npm run ask -- [--index FILE] [--jsonl] [QUESTION...]`: answers given as arguments (text) or,
 * with --jsonl, one question per stdin line → exactly one JSON object per line, in order.
 */
export async function runAsk(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { index: { type: "string" }, jsonl: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const indexPath = values.index ?? env.INDEX_PATH ?? "./data/index.json";
  let index: SearchIndex;
  try {
    index = await loadIndex(indexPath);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      process.stdout.write(JSON.stringify(answerQuestion(index, line.trim())) + "\n");
    }
    return 0;
  }
  if (positionals.length === 0) {
    console.error('Usage: npm run ask -- [--index FILE] [--jsonl] "高中毛入学率"');
    return 2;
  }
  for (const q of positionals) {
    console.log(formatAnswerText(answerQuestion(index, q)));
    console.log();
  }
  return 0;
}
