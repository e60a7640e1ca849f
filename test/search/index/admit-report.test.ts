/**
 * admitReport, the one definition of a duplicate (used by the build and by the bot's uploads):
 * the same bytes as a known report, ingest's refusals, the same text under another name.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { admitReport, type KnownReport } from "../../../src/search/index/build.ts";

const SEED = fileURLToPath(new URL("../../../corpus/seed/haidong-2020-education-self-assessment.txt", import.meta.url));
const SEED_GB18030 = fileURLToPath(new URL("../../fixtures/haidong-gb18030.txt", import.meta.url));

describe("admitReport", () => {
  it("admits a new report with its sha1 and text sha1; refuses its copies, by bytes before reading and by text after", async () => {
    const seed = await readFile(SEED);
    const first = await admitReport("seed/haidong.txt", seed, []);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.report.report.title).toBe("政府履行教育职责情况自查自评情况");
    const known: KnownReport[] = [{ file: "seed/haidong.txt", sha1: first.sha1, textSha1: first.textSha1 }];

    expect(await admitReport("copy.txt", seed, known)).toEqual({
      ok: false,
      duplicate: "bytes",
      rejection: { file: "copy.txt", kind: "duplicate", reason: "duplicate of seed/haidong.txt (the same bytes)", duplicateOf: "seed/haidong.txt" },
    });
    // The same bytes as the known version of the same file: a duplicate of itself, nothing to update.
    expect(await admitReport("seed/haidong.txt", seed, known)).toMatchObject({ ok: false, duplicate: "bytes", rejection: { duplicateOf: "seed/haidong.txt" } });

    const gb18030 = await readFile(SEED_GB18030);
    expect(await admitReport("gbk/haidong.txt", gb18030, known)).toEqual({
      ok: false,
      duplicate: "text",
      rejection: { file: "gbk/haidong.txt", kind: "duplicate", reason: "duplicate of seed/haidong.txt (the same text)", duplicateOf: "seed/haidong.txt" },
    });
    // The same file saved in another encoding is a new version of it, not a copy of another report.
    const reencoded = await admitReport("seed/haidong.txt", gb18030, known);
    expect(reencoded.ok && reencoded.textSha1).toBe(first.textSha1);
  });

  it("passes ingest's own refusals on, without a duplicate mark", async () => {
    expect(await admitReport("empty.txt", new Uint8Array(), [])).toMatchObject({ ok: false, rejection: { file: "empty.txt", kind: "empty" } });
    const refused = await admitReport("binary.txt", new Uint8Array([0, 1, 2, 0, 255, 0, 7, 0]), []);
    expect(refused.ok === false && refused.duplicate).toBeUndefined();
  });
});
