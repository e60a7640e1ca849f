import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { cleanText, normaliseText } from "../../src/ingest/clean.ts";
import { ingestText } from "../../src/ingest/ingest.ts";
import { closeSpacedTitles, removePageFurniture, repairArtifacts } from "../../src/ingest/repair.ts";

/** A fixture under test/fixtures/pdf-text/, without its "## " header (where the excerpt comes from). */
async function pdfText(name: string): Promise<string> {
  const text = await readFile(new URL(`../fixtures/pdf-text/${name}`, import.meta.url), "utf8");
  return text.replace(/^(?:## [^\n]*\r?\n)+\r?\n/, "");
}

const paragraphsOf = (file: string, text: string) => ingestText(file, text).paragraphs.map((p) => p.text);

describe("closeSpacedTitles", () => {
  it("closes letter-spaced short headings only", () => {
    expect(closeSpacedTitles("一、综 合\n目 录\n国务院总理 李克强")).toBe("一、综合\n目录\n国务院总理 李克强");
  });
});

describe("number spacing (normaliseText)", () => {
  it("removes a space before a unit, inside a grouped number, and between a word and its figure", () => {
    expect(normaliseText("出口2572.74 亿元，增长10.6%")).toBe("出口2572.74亿元，增长10.6%");
    expect(normaliseText("年末全市常住人口1 048.53万人")).toBe("年末全市常住人口1048.53万人");
    expect(normaliseText("全市地区生产总值增长 5.2%、约 4.4 万亿元")).toBe("全市地区生产总值增长5.2%、约4.4万亿元");
    expect(normaliseText("人口自然增长率下降到1 0 ．0 6 ‰")).toBe("人口自然增长率下降到10.06‰");
  });

  it("reads a full stop between a figure's digits as its decimal point (合肥 2009), not one ending a sentence", () => {
    expect(normaliseText("财政收入301。2亿元，增长40%，其中地方财政收入160。9亿元，增长57。8%")).toBe(
      "财政收入301.2亿元，增长40%，其中地方财政收入160.9亿元，增长57.8%",
    );
    expect(normaliseText("新建学校12所。2009年起实施")).toBe("新建学校12所。2009年起实施");
    expect(normaliseText("共12。2009年起实施")).toBe("共12。2009年起实施");
  });

  it("keeps apart two numbers that are not one: a table number and a year", () => {
    expect(normaliseText("表3 2022年主要工业产品产量")).toBe("表3 2022年主要工业产品产量");
  });
});

describe("removePageFurniture", () => {
  it("joins a sentence that runs over a form feed (北京 2024, pdftotext)", async () => {
    const text = removePageFurniture(await pdfText("beijing-2024-gwr-pdftotext.txt"));
    expect(text).not.toContain("\f");
    expect(text).toContain("有序处置重点\n企业风险，监管预付式资金");
    expect(cleanText(await pdfText("beijing-2024-gwr-pdftotext.txt"))).toContain(
      "完成全国首例地方政府专项债券提前偿还试点，有序处置重点企业风险，监管预付式资金",
    );
  });

  // Constructed: Beijing's own lines around its page break, with the footer a 公文 PDF prints
  // ("— 5 —") and a running header, as pdftotext gives them between form feeds.
  const page = (n: number, lines: string[]) => ["北京市人民政府工作报告", ...lines, "", `— ${n} —`, ""].join("\n");
  const pages = [
    page(5, ["险，完善地方金融监管机制，完成全国首例地方政府专项债券提前偿还试点，有序处置重点"]),
    page(6, ["企业风险，监管预付式资金、打击非法集资等风险防范化解工作取得积极成效。扎实推进平", "安北京建设。"]),
    page(7, ["着力做好以下十一个方面工作："]),
  ].join("\f");

  it("drops page numbers and a running header at the page edges, and joins the sentence", () => {
    const text = removePageFurniture(pages);
    expect(text).not.toMatch(/— \d —|北京市人民政府工作报告/);
    expect(text).toContain("有序处置重点\n企业风险");
    expect(text).toContain("安北京建设。\n\n着力做好以下十一个方面工作：");
  });

  it("without form feeds, trusts only page numbers no sentence looks like", () => {
    const text = removePageFurniture(pages.replace(/\f/g, "\n"));
    expect(text).not.toMatch(/— \d —|北京市人民政府工作报告/);
    expect(text).toContain("有序处置重点\n企业风险");
    expect(removePageFurniture("全年粮食总产量\n302.32万吨。\n2\n比上年增长1.2%。")).toBe("全年粮食总产量\n302.32万吨。\n2\n比上年增长1.2%。");
  });

  it("leaves a table placeholder alone", () => {
    const text = "比上年增长6.1%。\n\n\uE000table 1\uE000\n\n— 3 —\f全年粮食总产量302.32万吨。";
    expect(repairArtifacts(text)).toContain("\n\uE000table 1\uE000\n");
  });
});

describe("lines broken by the page width (joinBrokenLines on PDF text)", () => {
  it("joins lines broken inside words and numbers and ends paragraphs where a short line ends a sentence (合肥)", async () => {
    const paragraphs = paragraphsOf("hefei-2024-tjgb.txt", await pdfText("hefei-2024-tjgb.txt"));
    expect(paragraphs).toContain(
      "初步核算，全年生产总值（GDP）[2]13507.69亿元，按不变价格计算，比上年增长6.1%。其中，第一产业增加值343.26亿元，增长3.0%；第二产业增加值4961.25亿元，增长8.4%；第三产业增加值8203.18亿元，增长4.8%[3]。三次产业结构为2.5：36.7：60.7。按常住人口计算，人均GDP136063元（折合19105美元），比上年增长4.1%。",
    );
    expect(paragraphs).toContain(
      "常住人口1000.2万人，增加14.9万人；常住人口城镇化率86.38%，提高0.83个百分点。全年出生人口7.9万人，出生率7.98‰；死亡人口6.1万人，死亡率6.15‰；自然增长率1.83‰，比上年提高0.01个千分点。",
    );
    expect(paragraphs.some((p) => p.startsWith("年末全市共有县级环境监测站[10]5个。可吸入颗粒物（PM10）年均浓度为56.7微克/立方米"))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith("[2][4]地区生产总值及其分类项目增加值绝对量按现价计算"))).toBe(true);
  });

  it("keeps a metric with its figure across a line break (北京: 全市地区生产总\\n值增长 5.2%)", async () => {
    const paragraphs = paragraphsOf("beijing-2024-gwr-pdftotext.txt", await pdfText("beijing-2024-gwr-pdftotext.txt"));
    expect(paragraphs.some((p) => p.includes("全市地区生产总值增长5.2%、约4.4万亿元，一般公共预算收入增长8.2%、突破6000亿元"))).toBe(true);
    expect(paragraphs).toContain("现在，我代表北京市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。");
  });

  it("joins a numbered item that runs to the margin with its next line (普陀 决算)", async () => {
    const paragraphs = paragraphsOf("putuo-guihua-2024-final-accounts.txt", await pdfText("putuo-guihua-2024-final-accounts.txt"));
    expect(
      paragraphs.some((p) =>
        p.startsWith(
          "3、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：行政事业单位养老保险支出。年初预算为452.40万元",
        ),
      ),
    ).toBe(true);
    expect(paragraphs.some((p) => p.includes("医疗保险单位部分降低，导致支出减少。"))).toBe(true);
  });
});
