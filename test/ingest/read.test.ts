import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { decodeReportBytes, stripHtml } from "../../src/ingest/read.ts";

const seedUrl = new URL("../../corpus/seed/haidong-2020-education-self-assessment.txt", import.meta.url);
const gbkUrl = new URL("../fixtures/gbk-excerpt.txt", import.meta.url);

/** Line 34 of the seed: the paragraph the GBK fixture was made from (iconv -f UTF-8 -t GBK). */
async function seedLine34(): Promise<string> {
  return (await readFile(seedUrl, "utf8")).split("\n")[33] ?? "";
}

describe("decodeReportBytes", () => {
  it("decodes a GBK file to the same text as the UTF-8 original", async () => {
    const decoded = decodeReportBytes(await readFile(gbkUrl));
    expect(decoded).toEqual({ text: `${await seedLine34()}\n`, encoding: "gb18030" });
    expect("text" in decoded && decoded.text).toContain("全市高中阶段毛入学率达到95.62%");
  });

  it("decodes UTF-8 without and with a BOM, dropping the BOM", async () => {
    const line = await seedLine34();
    const utf8 = new TextEncoder().encode(line);
    expect(decodeReportBytes(utf8)).toEqual({ text: line, encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeReportBytes(withBom)).toEqual({ text: line, encoding: "utf-8" });
  });

  it("rejects empty and whitespace-only files", () => {
    expect(decodeReportBytes(new Uint8Array())).toEqual({ error: "empty file" });
    expect(decodeReportBytes(new TextEncoder().encode(" \n\u3000\t\n"))).toEqual({ error: "empty file" });
  });

  it("rejects binary files", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeReportBytes(png)).toEqual({ error: "binary file" });
    const controls = new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decodeReportBytes(controls)).toEqual({ error: "binary file" });
  });

  it("rejects bytes that are neither UTF-8 nor GBK", () => {
    expect(decodeReportBytes(new Uint8Array([0x41, 0xff, 0xff, 0xff, 0x42]))).toEqual({
      error: "undecodable (not UTF-8 or GBK)",
    });
  });
});

describe("stripHtml", () => {
  it("keeps the text, breaks lines at block tags and decodes entities", () => {
    const html =
      "<html><head><style>p{color:red}</style><script>var x = '<p>no</p>';</script></head><body>" +
      "<h2>二、主要成效</h2><p>2019年,全市高中阶段毛入学率达到95.62%&nbsp;&amp;&#12290;</p>" +
      "<div>普惠性幼儿园覆盖率<b>达到</b>99.8%<br>&#x4e00;是</div></body></html>";
    const lines = stripHtml(html)
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual(["二、主要成效", "2019年,全市高中阶段毛入学率达到95.62% &。", "普惠性幼儿园覆盖率达到99.8%", "一是"]);
  });
});
