/**
 * `node scripts/run.mjs ENTRY [ARGS…]`: runs an entry point compiled into dist/ (see build.mjs),
 * in this process, with ARGS as its command line. What the npm scripts run: `npm start` is
 * `node scripts/run.mjs main`, `npm run ask` is `node scripts/run.mjs ask`, and so on.
 *
 * It never runs stale code: when a source that went into dist/ changed since the build (its
 * mtime or size, checked in a few milliseconds), or dist/ is missing, it rebuilds first (about
 * 0.3 s), so an edit to src/ is picked up by the next run without a build step. Plain
 * JavaScript: nothing to compile before it can decide. An entry point that does not compile
 * stops only itself, with esbuild's message (file:line:column), not the others.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, DIST, entryPoints, formatBuildError, staleReason } from "./build.mjs";

const [name = "", ...rest] = process.argv.slice(2);
if (!/^[\w-]+$/.test(name)) {
  process.stderr.write("Usage: node scripts/run.mjs ENTRY [ARGS…] (ENTRY: main, ask, reindex, explain, unanswered, bench, …)\n");
  process.exit(2);
}

const entries = entryPoints();
if (!(name in entries)) {
  process.stderr.write(`Unknown entry point "${name}": one of ${Object.keys(entries).join(", ")}.\n`);
  process.exit(2);
}

if (staleReason() !== null) {
  try {
    await build();
  } catch {
    // Another entry point that does not compile (a file someone is editing) must not stop this
    // one: build it alone (and again on the next run, until every entry point compiles).
    try {
      await build([name]);
    } catch (error) {
      process.stderr.write(`${formatBuildError(error)}\n`);
      process.exit(1);
    }
  }
}

const file = join(DIST, `${name}.js`);
if (!existsSync(file)) {
  process.stderr.write(`${file} is missing after a build: run npm run build and see what it says.\n`);
  process.exit(1);
}
// The entry sees the command line it would see run directly: argv[1] is its file, then its arguments.
process.argv.splice(1, process.argv.length - 1, file, ...rest);
await import(pathToFileURL(file).href);
