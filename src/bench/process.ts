import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { entryPointCommand } from "../entry-points.ts";
import { now } from "./stats.ts";

/**
 * Process measurement. Each step of the benchmark runs in its own process so that its peak RSS is
 * its own (not the harness's, nor an earlier step's), and so that a step that runs too long or out
 * of memory is stopped and reported instead of taking the benchmark down with it.
 */

export interface StepOutcome<T> {
  ok: boolean;
  result?: T;
  /** Why the step failed: over budget, a signal, or the exit code with the end of stderr. */
  error?: string;
  wallMs: number;
  /** For a failed step: the highest RSS seen before it ended (sampled), to tell how far it got. */
  peakRssMB?: number;
}

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const RESULT_PREFIX = "BENCH_RESULT ";
const GNU_TIME = "/usr/bin/time";

interface RunOutput {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  timedOut: boolean;
  /** Highest VmHWM (peak RSS) of the spawned process, sampled from /proc every 200 ms; 0 if unknown. */
  sampledPeakMB: number;
}

/** The kernel's peak RSS of a live process, in MB (Linux); 0 when it cannot be read. */
function vmHwmMB(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Process groups of the steps running now, so that an interrupted benchmark can stop them. */
const running = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Stops every step still running (they are in their own process groups: Ctrl-C does not reach them). */
export function killRunningSteps(): void {
  for (const pid of running) killGroup(pid);
}

interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Written to the command's stdin, which is then closed (otherwise stdin is empty). */
  input?: string;
}

/** Runs a command in its own process group; past the budget the whole group is killed. */
function run(command: string, args: string[], budgetMs: number, options: RunOptions = {}): Promise<RunOutput> {
  return new Promise((resolve) => {
    const start = now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? REPO_ROOT,
      env: options.env ?? process.env,
      detached: true,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let sampledPeakMB = 0;
    const sampler = setInterval(() => (sampledPeakMB = Math.max(sampledPeakMB, vmHwmMB(child.pid!))), 200);
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    // Keep the end of stderr only: an out-of-memory crash prints a long trace.
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-8000)));
    running.add(child.pid!);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid!);
    }, budgetMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      running.delete(child.pid!);
      resolve({ code, signal, stdout, stderr, wallMs: now() - start, timedOut, sampledPeakMB });
    });
  });
}

function failure(out: RunOutput, budgetMs: number): string {
  if (out.timedOut) return `stopped after the ${Math.round(budgetMs / 1000)} s budget`;
  const tail = out.stderr
    .split("\n")
    .map((l) => l.trim())
    // The message, not the native stack frames that follow a fatal error ("1: 0xb78db3 node::…").
    .filter((l) => !/^\d+: 0x/.test(l) && /heap out of memory|Invalid string length|RangeError|Error|Killed/.test(l))
    .slice(-2)
    .join(" | ");
  const how = out.signal ? `killed by ${out.signal}` : `exit code ${out.code}`;
  return tail ? `${how}: ${tail.slice(0, 300)}` : how;
}

export interface WorkerOptions {
  budgetMs: number;
  /** --max-old-space-size for the worker, in MB; Node's default when absent. */
  heapMB?: number;
}

/** Runs one job of worker.ts (compiled, `node --expose-gc scripts/run.mjs bench-worker`) and returns the JSON it reports. */
export async function runWorker<T>(job: string, args: string[], options: WorkerOptions): Promise<StepOutcome<T>> {
  const flags = ["--expose-gc"];
  if (options.heapMB) flags.push(`--max-old-space-size=${options.heapMB}`);
  // Compiled, as the npm scripts run: worker.ts is the entry point `bench-worker`.
  const worker = entryPointCommand("bench-worker", [job, ...args], flags);
  const out = await run(worker.command, worker.args, options.budgetMs);
  const line = out.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (out.code !== 0 || !line) {
    return { ok: false, error: failure(out, options.budgetMs), wallMs: out.wallMs, peakRssMB: out.sampledPeakMB };
  }
  return { ok: true, result: JSON.parse(line.slice(RESULT_PREFIX.length)) as T, wallMs: out.wallMs };
}

/** What worker.ts prints: the one line runWorker reads. */
export function reportResult(result: unknown): void {
  process.stdout.write(RESULT_PREFIX + JSON.stringify(result) + "\n");
}

export interface CommandResult {
  wallMs: number;
  /** Peak RSS of the largest process of the tree (GNU time's "Maximum resident set size"); null without /usr/bin/time. */
  peakRssMB: number | null;
  stdout: string;
}

/**
 * A whole command as a user runs it, e.g. `npm run ask -- …`. GNU time reports the peak RSS that
 * wait4 gives for the command, which covers its reaped descendants too (npm → sh → node).
 */
export async function measureCommand(
  command: string,
  args: string[],
  options: WorkerOptions & Omit<RunOptions, "env"> & { env?: NodeJS.ProcessEnv },
): Promise<StepOutcome<CommandResult>> {
  const haveTime = existsSync(GNU_TIME);
  const base = { ...process.env, ...options.env };
  const env = options.heapMB ? { ...base, NODE_OPTIONS: `${base.NODE_OPTIONS ?? ""} --max-old-space-size=${options.heapMB}`.trim() } : base;
  const how = { env, cwd: options.cwd, input: options.input };
  const out = haveTime ? await run(GNU_TIME, ["-v", command, ...args], options.budgetMs, how) : await run(command, args, options.budgetMs, how);
  if (out.code !== 0) return { ok: false, error: failure(out, options.budgetMs), wallMs: out.wallMs };
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(out.stderr);
  return {
    ok: true,
    result: { wallMs: out.wallMs, peakRssMB: rss ? Number(rss[1]) / 1024 : null, stdout: out.stdout },
    wallMs: out.wallMs,
  };
}
