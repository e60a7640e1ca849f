/**
 * The npm scripts run compiled JavaScript (scripts/build.mjs → dist/, run by scripts/run.mjs):
 * it must answer as the TypeScript sources do, find the data files beside the sources, hash the
 * same sources for the index's builder fingerprint, and never run stale code: an edit, a new
 * entry point or a syntax error in the sources shows on the next run, without a build step.
 */
import { execFile } from "node:child_process";
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryPointCommand } from "../../src/entry-points.ts";
import { realIndexPath } from "../support/real-index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const exec = promisify(execFile);

/** A process's output and exit code, whether it failed or not. */
async function run(args: string[], cwd = ROOT): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, args, { cwd, maxBuffer: 1 << 24 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-launcher-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the compiled entry points", () => {
  it("answer as the TypeScript sources do", async () => {
    const args = ["--index", realIndexPath(), "高中毛入学率", "2018年城镇新增就业", "1953年工业总产值"];
    // How one process of the project starts another (the bot its reindex): entryPointCommand.
    const command = entryPointCommand("ask", args);
    expect(command.command).toBe(process.execPath);
    const compiled = await run(command.args);
    const sources = await run(["--import", "tsx", "scripts/ask.ts", ...args]);
    expect(compiled.code).toBe(0);
    expect(compiled.stdout).toContain("95.62%");
    expect(compiled.stdout).toBe(sources.stdout);
  });

  it("find the data beside the sources (CMaps of a PDF in a standard Chinese font) and hash the same sources as tsx", async () => {
    const corpus = join(dir, "pdf");
    await mkdir(corpus);
    await copyFile(join(FIXTURES, "formats", "standard-cjk-font.pdf"), join(corpus, "standard-cjk-font.pdf"));
    const index = join(dir, "pdf.json");
    // Built by the sources (tsx), brought up to date by the compiled code: nothing to do, so the
    // builder fingerprints agree (another one would make it a full reindex).
    const first = await run(["--import", "tsx", "scripts/reindex.ts", "--json", "--corpus", corpus, "--index", index]);
    expect(first.code).toBe(0);
    const again = await run(["scripts/run.mjs", "reindex", "--json", "--corpus", corpus, "--index", index]);
    const outcome = JSON.parse(again.stdout.trim().split("\n").at(-1)!) as {
      written: boolean;
      fullReason: string | null;
      reports: Array<{ file: string; paragraphs: number }>;
    };
    expect(outcome).toMatchObject({ written: false, fullReason: null });
    expect(outcome.reports).toEqual([expect.objectContaining({ file: "standard-cjk-font.pdf", paragraphs: 2 })]);
  });

  it("say which entry points there are when asked for one that is not", async () => {
    const result = await run(["scripts/run.mjs", "no-such-entry"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown entry point "no-such-entry": one of .*ask.*reindex/);
  });
});

describe("scripts/run.mjs on a copy of the project", () => {
  let project: string;
  beforeAll(async () => {
    project = join(dir, "project");
    await mkdir(project);
    for (const part of ["src", "scripts", "package.json", "tsconfig.json"]) await cp(join(ROOT, part), join(project, part), { recursive: true });
    await symlink(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  });

  it("builds dist/ when there is none, and rebuilds after an edit, a new entry point or a fixed syntax error", async () => {
    const probe = join(project, "scripts", "probe.ts");
    const lib = join(project, "src", "probe-lib.ts");
    await writeFile(lib, 'export const WORD: string = "first";\n');
    await writeFile(probe, 'import { WORD } from "../src/probe-lib.ts";\nconsole.log(WORD, process.argv.slice(2).join(","));\n');
    const first = await run(["scripts/run.mjs", "probe", "a", "--b"], project);
    expect(first).toMatchObject({ code: 0, stdout: "first a,--b\n" });
    const manifest = JSON.parse(await readFile(join(project, "dist", "build.json"), "utf8")) as { inputs: Record<string, unknown> };
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(["scripts/probe.ts", "src/probe-lib.ts", "scripts/build.mjs"]));

    // An edit to a module the entry imports, of the same size: its mtime tells.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(lib, 'export const WORD: string = "again";\n');
    expect(await run(["scripts/run.mjs", "probe"], project)).toMatchObject({ code: 0, stdout: "again \n" });

    // A syntax error: the build's message with file and line, and the old code is not run.
    await writeFile(lib, "export const WORD: string = ;\n");
    const broken = await run(["scripts/run.mjs", "probe"], project);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe("");
    expect(broken.stderr).toMatch(/^Build failed:\nsrc\/probe-lib\.ts:1:\d+: /);

    await writeFile(lib, 'export const WORD: string = "fixed";\n');
    expect(await run(["scripts/run.mjs", "probe"], project)).toMatchObject({ code: 0, stdout: "fixed \n" });

    // A new entry point is there at once.
    await writeFile(join(project, "scripts", "another.ts"), 'console.log("another");\n');
    expect(await run(["scripts/run.mjs", "another"], project)).toMatchObject({ code: 0, stdout: "another\n" });

    // One that does not compile stops itself only.
    await writeFile(join(project, "scripts", "broken.ts"), 'import { nothing } from "../src/no-such-module.ts";\nconsole.log(nothing);\n');
    expect(await run(["scripts/run.mjs", "probe"], project)).toMatchObject({ code: 0, stdout: "fixed \n" });
    const broken2 = await run(["scripts/run.mjs", "broken"], project);
    expect(broken2.code).toBe(1);
    expect(broken2.stderr).toMatch(/^Build failed:\nscripts\/broken\.ts:1:\d+: Could not resolve/);
    await rm(join(project, "scripts", "broken.ts"));
    expect(await run(["scripts/run.mjs", "another"], project)).toMatchObject({ code: 0, stdout: "another\n" });
    expect(JSON.parse(await readFile(join(project, "dist", "build.json"), "utf8"))).toMatchObject({ complete: true });
  });
});
