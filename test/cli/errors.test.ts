/**
 * Every command-line error is one line on stderr saying what to do, an exit code other than 0,
 * and no stack trace: the tools run as an admin runs them (processes) on a missing, corrupt or
 * wrong input. And an engine failure on one question is seen, not hidden: `npm run ask --jsonl`
 * still prints one JSON object for that line (with `error`) and carries on; the terminal chat
 * apologises in one line and carries on.
 */
import { corpusOf } from "../../src/search/corpus.ts";
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE_FAILED } from "../../src/answer/format.ts";
import { entryPointCommand } from "../../src/entry-points.ts";
import { runAsk } from "../../src/cli/ask.ts";
import { runChat } from "../../src/cli/chat.ts";
import { CliError, runCli } from "../../src/cli/run.ts";
import { createLogger } from "../../src/logger.ts";
import type { SearchIndex } from "../../src/search/index/search-index.ts";
import { freshDatabase } from "../support/postgres.ts";
import { realIndex, realIndexPath } from "../support/real-index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** tsx's loader by its path: the tools run in a temp folder, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const DEFECT = "Cannot read properties of undefined (reading 'sentenceEnds')";

let dir: string;
let real: SearchIndex;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-cli-errors-"));
  real = await realIndex();
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A script run as `npm run NAME` runs it, with a clean environment apart from `env`. */
async function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", TSX, join(ROOT, "scripts", `${script}.ts`), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function expectOneLine({ code, stderr }: { code: number; stderr: string }, says: RegExp): void {
  expect(code).not.toBe(0);
  expect(stderr.trimEnd().split("\n"), stderr).toHaveLength(1);
  expect(stderr).toMatch(says);
  expect(stderr).not.toMatch(/\n\s+at |node:internal|Node\.js v/);
}

/**
 * The real index, with the sentences of the paragraph that states `figure` unreadable: the engine
 * throws on the questions that reach that paragraph, as a defect would, and answers the others.
 */
function indexBrokenAt(figure: string): SearchIndex {
  const bad = real.paragraphs.findIndex((p) => p.text.includes(figure));
  expect(bad).toBeGreaterThanOrEqual(0);
  const broken = new Proxy(real.paragraphs[bad]!, {
    get(target, property) {
      if (property === "sentenceEnds") throw new TypeError(DEFECT);
      return Reflect.get(target, property, target);
    },
  });
  const paragraphs = new Proxy(real.paragraphs, { get: (target, property) => (property === String(bad) ? broken : Reflect.get(target, property, target)) });
  return new Proxy(real, { get: (target, property) => (property === "paragraphs" ? paragraphs : Reflect.get(target, property, target)) });
}

function sink(): { write(text: string): boolean; text: string } {
  const s = {
    text: "",
    write: (text: string) => {
      s.text += text;
      return true;
    },
  };
  return s;
}

describe("a tool that cannot start says why in one line", () => {
  // Paths relative to the cwd of `run` (a temp folder): the tools' defaults point at nothing there.
  it("npm run explain and npm run ask without an index, or with a corrupt one", async () => {
    await writeFile(join(dir, "corrupt.json"), '{"version":2,"builtAt":"2026-');
    const [explain, ask, corrupt, askJsonl] = await Promise.all([
      run("explain", ["高中毛入学率"]),
      run("ask", ["高中毛入学率"]),
      run("ask", ["--index", "corrupt.json", "高中毛入学率"]),
      run("ask", ["--jsonl"], { INDEX_PATH: "corrupt.json" }),
    ]);
    expectOneLine(explain, /^The index file cannot be read \(\.\/data\/index\.json\)\. Rebuild it with: npm run reindex$/m);
    expectOneLine(ask, /cannot be read .*Rebuild it with: npm run reindex/);
    expectOneLine(corrupt, /corrupt.*Rebuild it with: npm run reindex/);
    expectOneLine(askJsonl, /corrupt.*Rebuild it with: npm run reindex/);
    expect(askJsonl.stdout).toBe("");
  }, 60_000);

  it("npm run reindex with a corpus folder that is not there; npm run unanswered with a folder or a file that is not its log", async () => {
    await writeFile(join(dir, "notes.txt"), "这不是日志\n也不是\n");
    await mkdir(join(dir, "logs"), { recursive: true });
    const [reindex, folder, notLog] = await Promise.all([
      run("reindex", ["--corpus", "no-such-folder", "--index", "out.json"]),
      run("unanswered", ["--log", "logs"]),
      run("unanswered", [], { UNANSWERED_LOG: "notes.txt" }),
    ]);
    expectOneLine(reindex, /the corpus folder no-such-folder does not exist or is not a folder\. Pass --corpus DIR or set CORPUS_DIR\./);
    expectOneLine(folder, /cannot read the unanswered log logs \(EISDIR\): pass --log FILE or set UNANSWERED_LOG/);
    expectOneLine(notLog, /notes\.txt is not an unanswered log: none of its 2 line\(s\) is an entry/);
  }, 60_000);

  it("npm run ask, explain and reindex with a DATABASE_URL where no database answers, or with an empty database", async () => {
    // A port nothing listens on (the password is never shown), and the suite's server with a database holding no corpus yet.
    const gone = "postgres://zhaoshu:secret-password@127.0.0.1:1/zhaoshu";
    const empty = await freshDatabase("cli_errors");
    try {
      const [ask, explain, reindex, emptyAsk] = await Promise.all([
        run("ask", ["高中毛入学率"], { DATABASE_URL: gone }),
        run("explain", ["高中毛入学率"], { DATABASE_URL: gone }),
        run("reindex", ["--corpus", join(ROOT, "corpus")], { DATABASE_URL: gone }),
        run("ask", ["高中毛入学率"], { DATABASE_URL: empty.url }),
      ]);
      for (const r of [ask, explain, reindex]) {
        expectOneLine(r, /Cannot use the database at postgres:\/\/zhaoshu@127\.0\.0\.1:1\/zhaoshu: .*Check DATABASE_URL and that PostgreSQL is running\./);
        expect(r.stderr).not.toContain("secret-password");
      }
      expectOneLine(emptyAsk, /The database holds no corpus yet: run npm run reindex \(with DATABASE_URL set\) first\./);
    } finally {
      await empty.drop();
    }
  }, 60_000);

  it("explain with no question gives the usage, exit code 2", async () => {
    const { code, stderr } = await run("explain", [], { INDEX_PATH: realIndexPath() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Give one question.*\nUsage: npm run explain -- "问题" \[N\]/);
  }, 30_000);
});

describe("a reader that stops early (| head)", () => {
  /** Runs an entry point through the launcher, reads its first output and closes the pipe. */
  async function readFirstThenClose(
    entry: string,
    args: string[],
    env: Record<string, string>,
    input?: string,
  ): Promise<{ code: number | null; stderr: string }> {
    const { command, args: argv } = entryPointCommand(entry, args);
    const child = spawn(command, argv, { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdin.end(input ?? "");
    await once(child.stdout, "data");
    child.stdout.destroy();
    const [code] = (await once(child, "exit")) as [number | null];
    return { code, stderr };
  }

  it.each([
    ["ask", ["--index", "INDEX", "--jsonl"], "高中毛入学率\n".repeat(400)],
    ["explain", ["--index", "INDEX", "高中毛入学率", "500"], undefined],
  ])("npm run %s ends quietly with code 0", async (entry, args, input) => {
    const result = await readFirstThenClose(
      entry,
      args.map((a) => (a === "INDEX" ? realIndexPath() : a)),
      {},
      input,
    );
    expect(result.stderr).not.toMatch(/\n\s+at |node:internal|Node\.js v|EPIPE/);
    expect(result.code).toBe(0);
  });

  it("the terminal chat (npm start without BOT_TOKEN) ends quietly with code 0", async () => {
    // Its own copies: the chat brings the index up to date with its corpus folder first.
    const corpus = join(dir, "chat-corpus");
    await cp(join(ROOT, "corpus"), corpus, { recursive: true });
    await cp(realIndexPath(), join(dir, "chat-index.json"));
    const env = {
      BOT_TOKEN: "",
      INDEX_PATH: join(dir, "chat-index.json"),
      CORPUS_DIR: corpus,
      UNANSWERED_LOG: join(dir, "chat-unanswered.jsonl"),
      LOG_LEVEL: "error",
    };
    const result = await readFirstThenClose("main", [], env, "高中毛入学率\n".repeat(200));
    expect(result.stderr).not.toMatch(/\n\s+at |node:internal|Node\.js v|EPIPE/);
    expect(result.code).toBe(0);
  });
});

describe("runCli", () => {
  it("a known error is its message; an unknown one says how to see more, and LOG_LEVEL=debug shows the stack", async () => {
    const err = sink();
    expect(await runCli(async () => Promise.reject(new CliError("no such thing: pass --x", 3)), { stderr: err }, {})).toBe(3);
    expect(err.text).toBe("no such thing: pass --x\n");
    const unknown = sink();
    expect(await runCli(async () => Promise.reject(new RangeError("bad\nsecond line")), { stderr: unknown }, {})).toBe(1);
    expect(unknown.text).toBe("RangeError: bad (unexpected; run with LOG_LEVEL=debug for details)\n");
    const debug = sink();
    await runCli(async () => Promise.reject(new RangeError("bad")), { stderr: debug }, { LOG_LEVEL: "debug" });
    expect(debug.text).toMatch(/^RangeError: bad \(unexpected.*\)\nRangeError: bad\n\s+at /);
  });
});

describe("the engine fails on one question", () => {
  const questions = ["2018年城镇新增就业", "高中毛入学率", "GDP增长 2018"];

  it("npm run ask --jsonl: one JSON object for every line, the failed one with its error; the others answered", async () => {
    const out = sink();
    const err = sink();
    const stdin = Readable.from([`${questions.join("\n")}\n`]);
    const code = await runAsk(["--jsonl"], {}, { stdout: out, stderr: err, stdin }, async () => indexBrokenAt("95.62%"));
    expect(code).toBe(0);
    const lines = out.text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(questions);
    expect(lines[0]).toMatchObject({ found: true, figure: { text: "1361万人" } });
    expect(lines[1]).toEqual({
      query: "高中毛入学率",
      found: false,
      figure: null,
      sentence: "",
      paragraph: "",
      report: { title: "", file: "", date: "" },
      heading: "",
      score: 0,
      matched: [],
      alternatives: [],
      error: `TypeError: ${DEFECT}`,
    });
    expect(lines[2]).toMatchObject({ found: true });
    expect(err.text).toBe(`line 2: the engine failed on "高中毛入学率": TypeError: ${DEFECT} (unexpected; run with LOG_LEVEL=debug for details)\n`);
  });

  it("npm run ask as text: one line on stderr for the failed question, the others answered, exit code 1", async () => {
    const out = sink();
    const err = sink();
    const code = await runAsk(questions, {}, { stdout: out, stderr: err, stdin: Readable.from([]) }, async () => indexBrokenAt("95.62%"));
    expect(code).toBe(1);
    expect(out.text).toContain("1361万人");
    expect(out.text).not.toContain("95.62%");
    expect(err.text.trimEnd().split("\n")).toEqual([
      `The engine failed on "高中毛入学率": TypeError: ${DEFECT} (unexpected; run with LOG_LEVEL=debug for details)`,
    ]);
  });

  it("the terminal chat: one polite line, the error in the log, and the next question answered", async () => {
    const output = new PassThrough();
    let shown = "";
    output.on("data", (chunk) => (shown += chunk));
    const logs: string[] = [];
    const broken = indexBrokenAt("95.62%");
    await runChat({
      getCorpus: () => corpusOf(broken),
      input: Readable.from(["高中毛入学率\n2018年城镇新增就业\n:q\n"]),
      output,
      logger: createLogger("info", (l) => logs.push(l)),
    });
    const reply = shown.split("问> 高中毛入学率\n")[1]!.split("\n")[0];
    expect(reply).toBe(ENGINE_FAILED);
    expect(shown).not.toMatch(/TypeError|\n\s+at /);
    expect(shown).toContain("1361万人");
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/ERROR engine failed q=高中毛入学率 error=".*sentenceEnds/);
  });
});
