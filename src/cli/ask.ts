/**
 * `npm run ask -- [--index FILE] [--jsonl] [QUESTION...]`: answers given as arguments (text) or,
 * with --jsonl, one question per stdin line → exactly one JSON object per line, in order.
 *
 * When the engine fails on a question, the others are still answered: in --jsonl its line is a
 * not-found answer with an `error` field (and a line on stderr), so a caller reading line by line
 * stays in step, and the exit code is 0 (the contract holds: one object per line); as text, one
 * line on stderr, and the exit code is 1.
 */
import { writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { answerQuestion, notFound } from "../answer/answer.ts";
import { answerInConversation, type Understood } from "../answer/conversation.ts";
import { formatAnswerText } from "../answer/format.ts";
import { exportRowsOf } from "../answer/series-chart.ts";
import { rowsToXlsx } from "../export/xlsx.ts";
import type { Answer } from "../answer/types.ts";
import { chooseBackend, openCorpus } from "../search/backend.ts";
import type { Corpus } from "../search/corpus.ts";
import { loadIndex, type SearchIndex } from "../search/index/search-index.ts";
import { CliError, errorMessage, PROCESS_IO, runCli, writeError, type CliIo } from "./run.ts";

export const ASK_USAGE = `Usage: npm run ask -- [--index FILE] [--jsonl [--conversation]] "高中毛入学率" …
  --index FILE    the index to read (default: the database at DATABASE_URL when it is set, else
                  INDEX_PATH or ./data/index.json)
  --jsonl         read one question per line on stdin, print one JSON answer per line
  --conversation  with --jsonl (or several questions): the lines are one chat, a line may follow up on
                  the ones before ("那2018年呢", "全国呢"); each answer carries "understood"
  --xlsx FILE     also write the (last) answer's table to FILE as an .xlsx: a series' periods, a
                  comparison's sides, or the one figure`;

/** A --jsonl line for a question the engine failed on: the shape of a not-found answer, and why. */
export interface FailedAnswer extends Answer {
  error: string;
}

export function failedAnswer(query: string, error: unknown): FailedAnswer {
  return { ...notFound(query, []), error: errorMessage(error) };
}

export interface AskIo extends CliIo {
  stdin: NodeJS.ReadableStream;
}

/** @param load reads the index file (tests give one the engine fails on) */
export function runAsk(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: AskIo = { ...PROCESS_IO, stdin: process.stdin },
  load: (path: string) => Promise<SearchIndex> = loadIndex,
): Promise<number> {
  return runCli(
    async () => {
      let parsed;
      try {
        parsed = parseArgs({
          args: argv,
          options: {
            index: { type: "string" },
            jsonl: { type: "boolean", default: false },
            conversation: { type: "boolean", default: false },
            xlsx: { type: "string" },
          },
          allowPositionals: true,
        });
      } catch (error) {
        throw CliError.usage((error as Error).message, ASK_USAGE);
      }
      const { values, positionals } = parsed;
      if (!values.jsonl && positionals.length === 0) throw CliError.usage("Give a question, or --jsonl to read them from stdin.", ASK_USAGE);
      const { corpus, close } = await openCorpus(chooseBackend(env, values.index), load);
      try {
        return await answerAll(corpus, { values, positionals }, io, env);
      } finally {
        await close();
      }
    },
    io,
    env,
  );
}

interface AskOptions {
  values: { jsonl: boolean; conversation: boolean; xlsx?: string | undefined };
  positionals: string[];
}

/** Every question asked, answered from the corpus: JSON lines, or text. */
async function answerAll(corpus: Corpus, { values, positionals }: AskOptions, io: AskIo, env: NodeJS.ProcessEnv): Promise<number> {
  // One chat: each question is read against the one before (question/follow-up.ts).
  let previous: Understood | null = null;
  const answer = async (query: string): Promise<Answer> => {
    if (!values.conversation) return answerQuestion(corpus, query);
    const turn = await answerInConversation(corpus, query, previous);
    previous = turn.understood;
    return turn.answer;
  };

  if (values.jsonl) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      const query = line.trim();
      try {
        io.stdout.write(`${JSON.stringify(await answer(query))}\n`);
      } catch (error) {
        writeError(io.stderr, env, error, `line ${n}: the engine failed on ${JSON.stringify(query.slice(0, 60))}: `);
        io.stdout.write(`${JSON.stringify(failedAnswer(query, error))}\n`);
      }
    }
    return 0;
  }

  let failures = 0;
  let last: Answer | null = null;
  for (const q of positionals) {
    try {
      last = await answer(q);
      io.stdout.write(`${formatAnswerText(last)}\n\n`);
    } catch (error) {
      failures++;
      writeError(io.stderr, env, error, `The engine failed on ${JSON.stringify(q.slice(0, 60))}: `);
    }
  }
  if (values.xlsx) {
    const rows = last ? exportRowsOf(last) : [];
    if (rows.length === 0) throw new CliError("No figure to write: the answer states none, so no table was written.");
    await writeFile(values.xlsx, await rowsToXlsx(last!.subject || last!.query, rows));
    io.stdout.write(`表格已写入 ${values.xlsx}\n`);
  }
  return failures === 0 ? 0 : 1;
}
