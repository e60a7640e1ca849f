/**
 * How one process of the project starts another: the entry point compiled, through the launcher
 * that the npm scripts use (scripts/run.mjs, which rebuilds dist/ first when a source changed; see
 * scripts/build.mjs), rather than the TypeScript through tsx (0.3–0.5 s more at every start).
 */
import { fileURLToPath } from "node:url";

/** scripts/run.mjs, wherever the checkout is (also from the compiled code: see scripts/build.mjs). */
export const LAUNCHER = fileURLToPath(new URL("../scripts/run.mjs", import.meta.url));

/**
 * The command that runs an entry point (a file of scripts/ without .ts, `main` for src/main.ts,
 * `bench-worker` for src/bench/worker.ts) with these arguments: spawn(command, args).
 * `nodeOptions` go before the launcher (`--expose-gc`, `--max-old-space-size=…`).
 */
export function entryPointCommand(entry: string, args: readonly string[] = [], nodeOptions: readonly string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: [...nodeOptions, LAUNCHER, entry, ...args] };
}
