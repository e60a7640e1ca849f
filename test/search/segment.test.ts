import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { realIndexPath } from "../support/real-index.ts";

const run = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;

async function segment(...args: string[]): Promise<string[]> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "test/support/segment-paragraphs.ts", realIndexPath(), ...args], {
    cwd: ROOT,
    maxBuffer: 64 * 2 ** 20,
  });
  return stdout.split("\n");
}

describe("the dictionary an index carries", () => {
  it("cuts every paragraph of the real corpus exactly as jieba's full dictionary does", async () => {
    const [full, carried] = await Promise.all([segment(), segment("--index-dictionary")]);
    expect(full.length).toBeGreaterThan(5000);
    const differing = full.flatMap((line, i) => (line === carried[i] ? [] : [{ full: line, carried: carried[i] }]));
    expect(differing.slice(0, 3)).toEqual([]);
    expect(carried).toHaveLength(full.length);
  }, 60_000);
});
