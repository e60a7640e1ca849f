/**
 * The layer rules (issue 8 item 6), checked over every import of src/ (static, type-only, re-export
 * and dynamic). A question flows one way: zh (Chinese text, a leaf) ← ingest ← question ← search ←
 * answer ← bot, cli; the bot and the CLI are two front ends, neither imports the other. A failure
 * names each file and import that breaks a rule.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf } from "./imports.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(ROOT, "src");
/** The documentation at the top of the repository. */
const DOCUMENTATION = ["README.md", "CHANGELOG.md", "BENCHMARKS.md"];
/** A path relative to the root, with forward slashes. */
const fromRoot = (path: string): string => relative(ROOT, path).split(sep).join("/");

/** What each layer must not import (folders of src/). src/zh is checked apart: it imports nothing of the project. */
const FORBIDDEN: Record<string, readonly string[]> = {
  ingest: ["search", "answer", "bot", "cli", "question"],
  question: ["search", "answer", "bot", "cli", "ingest"],
  search: ["answer", "bot", "cli"],
  answer: ["bot", "cli"],
  // Drawing a chart and writing a workbook know nothing of the engine: the answer layer gives them plain data.
  chart: ["ingest", "question", "search", "answer", "bot", "cli", "export"],
  export: ["ingest", "question", "search", "answer", "bot", "cli", "chart"],
  bot: ["cli"],
};

function sourceFiles(dir: string, names = /\.ts$/): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && names.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Each project import of src/: the importing file, the specifier as written, where it leads (relative to the root). */
function projectImports(): Array<{ file: string; line: number; specifier: string; target: string }> {
  const out = [];
  for (const path of sourceFiles(SRC)) {
    for (const ref of importsOf(readFileSync(path, "utf8"))) {
      if (!ref.specifier.startsWith(".")) continue; // node: builtins and packages
      const target = fromRoot(resolve(dirname(path), ref.specifier));
      out.push({ file: fromRoot(path), line: ref.line, specifier: ref.specifier, target });
    }
  }
  return out;
}

const layerOf = (path: string): string | undefined => /^src\/([^/]+)\//.exec(path)?.[1];
const show = (v: { file: string; line: number; specifier: string }) => `${v.file}:${v.line} imports "${v.specifier}"`;

describe("layer rules over the imports of src/", () => {
  const imports = projectImports();

  it("finds the imports it checks", () => {
    expect(imports.length).toBeGreaterThan(200);
    // Every layer with a rule is a folder of src/ (a renamed folder would leave its rule checking nothing).
    const folders = new Set(sourceFiles(SRC).map((f) => layerOf(fromRoot(f))));
    for (const layer of ["zh", ...Object.keys(FORBIDDEN)]) expect(folders, layer).toContain(layer);
  });

  it("src/zh imports nothing of the project outside src/zh", () => {
    const violations = imports.filter((i) => layerOf(i.file) === "zh" && !i.target.startsWith("src/zh/")).map(show);
    expect(violations).toEqual([]);
  });

  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    it(`src/${layer} imports none of ${forbidden.map((f) => `src/${f}`).join(", ")}`, () => {
      const violations = imports.filter((i) => layerOf(i.file) === layer && forbidden.includes(layerOf(i.target) ?? "")).map(show);
      expect(violations).toEqual([]);
    });
  }

  it("no file of src/, test/ or the documentation refers to ../shared or a machine's /work (the repository stands alone)", () => {
    // (This file names them, to look for them.)
    const self = fileURLToPath(import.meta.url);
    const tests = sourceFiles(join(ROOT, "test"), /\.(?:ts|txt|md|json|jsonl|html)$/).filter((path) => path !== self);
    const files = [...sourceFiles(SRC), ...tests, ...DOCUMENTATION.map((f) => join(ROOT, f))];
    const offending = files.flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((text, n) => (/\.\.\/shared|\/work\//.test(text) ? [`${fromRoot(path)}:${n + 1}: ${text.trim().slice(0, 80)}`] : [])),
    );
    expect(offending).toEqual([]);
  });
});

describe("the import scanner", () => {
  it("reads static, type-only, side-effect, re-export and dynamic imports, across lines", () => {
    const source = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      "import {",
      "  c,",
      "  type D,",
      '} from "./c.ts";',
      'import "./side-effect.ts";',
      'export { e } from "./e.ts";',
      'export * from "./f.ts";',
      'export type { G } from "./g.ts";',
      "export const h = 1;",
      'const m = await import("./m.ts");',
      "const n = await import(`./n.ts`);",
      "const url = import.meta.url;",
    ].join("\n");
    expect(importsOf(source).map((r) => `${r.kind} ${r.specifier} ${r.line}`)).toEqual([
      "static ./a.ts 1",
      "static ../b.ts 2",
      "static ./c.ts 6",
      "static ./side-effect.ts 7",
      "static ./e.ts 8",
      "static ./f.ts 9",
      "static ./g.ts 10",
      "dynamic ./m.ts 12",
      "dynamic ./n.ts 13",
    ]);
  });

  it("counts no import inside a comment, a string, a template or a regular expression", () => {
    const source = [
      '// import { x } from "./comment.ts";',
      '/* import("./block.ts") */',
      'const s = "import { y } from \\"./string.ts\\"";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal is the input under test
      'const t = `import("./template.ts") ${"import(\\"./inner.ts\\")"} import("./after.ts")`;',
      'const r = /import\\("\\.\\/regex.ts"\\)|[\'"]/g;',
      "const half = a / 2; const q = b / 3;",
      'import { z } from "./real.ts";',
    ].join("\n");
    expect(importsOf(source).map((r) => r.specifier)).toEqual(["./real.ts"]);
  });
});
