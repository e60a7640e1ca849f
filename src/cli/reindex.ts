import { parseArgs } from "node:util";
import { rebuildIndexFile } from "../search/build.ts";

/** `npm run reindex -- [--corpus DIR] [--index FILE]`: build the index, report per file. Returns the exit code. */
export async function runReindex(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { corpus: { type: "string" }, index: { type: "string" } },
    allowPositionals: false,
  });
  const corpusDir = values.corpus ?? env.CORPUS_DIR ?? "./corpus";
  const indexPath = values.index ?? env.INDEX_PATH ?? "./data/index.json";
  const started = Date.now();
  let result;
  try {
    result = await rebuildIndexFile(corpusDir, indexPath);
  } catch (error) {
    console.error(`reindex failed: ${(error as Error).message}. The previous index (if any) is untouched.`);
    return 1;
  }
  const { index, rejected } = result;
  for (const r of index.reports) {
    console.log(`${r.file}\t${r.title}\t${r.date}\t${r.paragraphs} paragraphs\t${r.figures} figures`);
  }
  for (const r of rejected) console.log(`REJECTED ${r.file}: ${r.reason}`);
  if (index.reports.length === 0) {
    console.error(`No usable report in ${corpusDir}; nothing was written.`);
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Indexed ${index.reports.length} reports (${rejected.length} rejected) into ${indexPath} in ${seconds} s.`);
  return 0;
}
