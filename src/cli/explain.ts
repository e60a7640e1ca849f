/**
 * `npm run explain -- "2018年城镇新增就业" [N] [--index FILE]`: for the engineer tuning answers,
 * how the question was understood (one JSON line), then the N best-scored figures (default 15),
 * accepted or not, with the reason, each followed by the adjustments that made its score.
 */
import { parseArgs } from "node:util";
import { scoreFacts, type ScoredFact } from "../answer/score-facts.ts";
import { understandIn } from "../answer/answer.ts";
import { chooseBackend, openCorpus } from "../search/backend.ts";
import type { Corpus } from "../search/corpus.ts";
import { CliError, PROCESS_IO, runCli, type CliIo, type CliStream } from "./run.ts";

export const EXPLAIN_USAGE = `Usage: npm run explain -- "问题" [N] [--index FILE]
  N             how many scored figures to show, best first (default 15)
  --index FILE  the index to read (default: the database at DATABASE_URL when it is set, else
                INDEX_PATH or ./data/index.json)`;

export function runExplain(argv: string[], env: NodeJS.ProcessEnv, io: CliIo = PROCESS_IO): Promise<number> {
  return runCli(
    async () => {
      const { question, top, indexFlag } = parseExplainArgs(argv);
      const { corpus, close } = await openCorpus(chooseBackend(env, indexFlag));
      try {
        const q = understandIn(corpus, question);
        io.stdout.write(`${JSON.stringify({ ...q, terms: q.terms.map((t) => t.alternatives.join("/") + (t.isPlace ? "@" : "")) })}\n`);
        const { scored } = await scoreFacts(corpus, q, { thorough: true });
        printScoredFacts(corpus, [...scored].sort((a, b) => b.score.score - a.score.score).slice(0, top), io.stdout);
        return 0;
      } finally {
        await close();
      }
    },
    io,
    env,
  );
}

function parseExplainArgs(argv: string[]): { question: string; top: number; indexFlag: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { index: { type: "string" } }, allowPositionals: true });
  } catch (error) {
    throw CliError.usage((error as Error).message, EXPLAIN_USAGE);
  }
  const [question = "", topText = "15", ...rest] = parsed.positionals;
  const top = Number(topText);
  if (!question.trim() || !(Number.isInteger(top) && top > 0) || rest.length > 0) {
    throw CliError.usage("Give one question (quoted if it has spaces), then optionally how many figures to show.", EXPLAIN_USAGE);
  }
  return { question, top, indexFlag: parsed.values.index };
}

/**
 * One line per scored figure: report file | figure | role | kind | year | score | coverage |
 * refusal or ok | the sentence (80 characters); then, indented, each adjustment that added
 * anything to its score (src/answer/score-table.ts).
 */
export function printScoredFacts(corpus: Corpus, scored: readonly ScoredFact[], out: CliStream): void {
  for (const s of scored) {
    const p = corpus.paragraph(s.paragraphIndex);
    const start = s.sentenceIndex === 0 ? 0 : p.sentenceEnds[s.sentenceIndex - 1]!;
    const f = s.fact;
    const fields = [
      corpus.report(p.report).file,
      f.figure.text,
      f.role,
      f.kind,
      f.year ?? "-",
      s.score.score.toFixed(2),
      s.score.coverage.toFixed(2),
      s.score.refusal ?? "ok",
      p.text.slice(start, p.sentenceEnds[s.sentenceIndex]).slice(0, 80),
    ];
    out.write(`${fields.join(" | ")}\n`);
    out.write(`    ${s.score.adjustments.map((a) => `${a.name} ${a.points >= 0 ? "+" : ""}${a.points.toFixed(2)}`).join(", ")}\n`);
  }
}
