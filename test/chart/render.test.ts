import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GDP_GROWTH, GRAIN_OUTPUT } from "../../src/chart/examples.ts";
import { renderChart, renderChartSvg } from "../../src/chart/index.ts";
import { CHART_HEIGHT, CHART_WIDTH, chartKind, SCALE, svgToPng } from "../../src/chart/render.ts";
import type { ChartSpec } from "../../src/chart/types.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  pixels: Buffer;
}

/** A PNG as resvg writes it (8-bit RGBA or RGB, not interlaced) decoded: the chunks, the zlib stream, the row filters. */
function decodePng(png: Buffer): Image {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8], "bit depth").toBe(8);
      expect(body[12], "interlace").toBe(0);
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      expect(channels, `colour type ${body[9]}`).toBeGreaterThan(0);
    } else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    if (filter > 4) throw new Error(`row ${y}: filter ${filter}`);
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth;
      rows[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: rows };
  const pixels = Buffer.alloc(width * height * 4, 0xff);
  for (let i = 0; i < width * height; i++) rows.copy(pixels, i * 4, i * 3, i * 3 + 3);
  return { width, height, pixels };
}

/** Pixels darker than mid-grey in a rectangle given in chart (CSS) pixels. */
function darkPixels(image: Image, box: { x: number; y: number; w: number; h: number }): number {
  let dark = 0;
  for (let y = box.y * SCALE; y < (box.y + box.h) * SCALE; y++) {
    for (let x = box.x * SCALE; x < (box.x + box.w) * SCALE; x++) {
      const i = (y * image.width + x) * 4;
      if (0.299 * image.pixels[i]! + 0.587 * image.pixels[i + 1]! + 0.114 * image.pixels[i + 2]! < 128) dark++;
    }
  }
  return dark;
}

/** The title's band: the top of the chart, above the plot. */
const TITLE_BAND = { x: 0, y: 15, w: 500, h: 45 };

describe("renderChart", () => {
  it("draws a PNG of 800 × 480 at 2×, on white", async () => {
    const image = decodePng(await renderChart(GDP_GROWTH));
    expect([image.width, image.height]).toEqual([CHART_WIDTH * SCALE, CHART_HEIGHT * SCALE]);
    expect([...image.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it("really draws its text with the CJK font: without any font the title's band is blank", async () => {
    const svg = renderChartSvg(GDP_GROWTH);
    const withFont = decodePng(await svgToPng(svg));
    const noFont = decodePng(await svgToPng(svg, { fonts: false }));
    const drawn = darkPixels(withFont, TITLE_BAND);
    // 国内生产总值增长率（2014—2024年） in bold 20px at 2×: several thousand dark pixels.
    expect(drawn).toBeGreaterThan(3000);
    expect(darkPixels(noFont, TITLE_BAND)).toBeLessThan(drawn / 50);
    // The rest of the chart (the line, the grid) is the same in both.
    const plot = { x: 60, y: 100, w: 700, h: 280 };
    const linePixels = (image: Image) => {
      let red = 0;
      for (let y = plot.y * SCALE; y < (plot.y + plot.h) * SCALE; y++) {
        for (let x = plot.x * SCALE; x < (plot.x + plot.w) * SCALE; x++) {
          const i = (y * image.width + x) * 4;
          if (image.pixels[i]! > 150 && image.pixels[i + 1]! < 100) red++;
        }
      }
      return red;
    };
    expect(linePixels(noFont)).toBeGreaterThan(2000);
    expect(Math.abs(linePixels(withFont) - linePixels(noFont))).toBeLessThan(linePixels(noFont) / 5);
  });

  it("the font has every character of the example charts (no tofu): none is drawn as the .notdef box", async () => {
    // A character the font lacks is drawn as its .notdef glyph, the same box each time. Each
    // character goes in a cell of its own, a private-use code point no font has in the first.
    const text = [GDP_GROWTH, GRAIN_OUTPUT].flatMap((s) => [s.title, s.unit, s.source, ...s.points.flatMap((p) => [p.label, p.text])]).join("");
    const chars = ["\u{10FFFD}", ...new Set([...`${text}单位：无数字，图中空缺`.replace(/[\s\u0020-\u007e]/g, "")])];
    const cell = 40;
    const columns = 20;
    const width = columns * cell;
    const height = Math.ceil(chars.length / columns) * cell;
    const cells = chars.map((ch, i) => `<text x="${(i % columns) * cell + 4}" y="${Math.floor(i / columns) * cell + 32}">${ch}</text>`);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" style="font-size:32px;font-family:Noto Sans S Chinese;">${cells.join("")}</svg>`;
    const image = decodePng(await svgToPng(svg));
    const cellPixels = (i: number): Buffer => {
      const rows: Buffer[] = [];
      for (let y = 0; y < cell * SCALE; y++) {
        const start = ((Math.floor(i / columns) * cell * SCALE + y) * image.width + (i % columns) * cell * SCALE) * 4;
        rows.push(image.pixels.subarray(start, start + cell * SCALE * 4));
      }
      return Buffer.concat(rows);
    };
    const notdef = cellPixels(0);
    expect(darkPixels(image, { x: 0, y: 0, w: cell, h: cell }), "the .notdef box is drawn").toBeGreaterThan(50);
    const tofu = chars.filter((_, i) => i > 0 && cellPixels(i).equals(notdef));
    expect(tofu).toEqual([]);
  });
});

describe("renderChartSvg", () => {
  const svg = renderChartSvg(GDP_GROWTH);
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

  it("labels every point with its figure as printed, the axis with the unit, and names the source", () => {
    for (const point of GDP_GROWTH.points) {
      expect(texts).toContain(point.label);
      const printed = GDP_GROWTH.points.filter((p) => p.value !== null && p.text === point.text).length;
      expect(texts.filter((t) => t === point.text)).toHaveLength(printed);
    }
    expect(texts).toContain("单位：%");
    expect(texts).toContain(GDP_GROWTH.title);
    expect(texts.some((t) => t?.startsWith("来源：2015—2025年政府工作报告"))).toBe(true);
    expect(svg).toContain(`font-family:Noto Sans S Chinese`);
  });

  it("leaves a gap where a value is null: no point, no label, no zero, the line broken in two", () => {
    const gap = GDP_GROWTH.points.findIndex((p) => p.value === null);
    expect(gap).toBe(5);
    const symbols = [...svg.matchAll(/ecmeta_data_index="(\d+)"/g)].map((m) => Number(m[1]));
    expect(symbols).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10]);
    const line = [...svg.matchAll(/<path d="([^"]+)"[^>]*stroke="#c0392b"/g)].map((m) => m[1]!);
    expect(line).toHaveLength(1);
    expect(line[0]!.match(/M/g)).toHaveLength(2);
    expect(texts.filter((t) => t === "0" || t === "0%" || t === "")).toEqual([]);
    // The period keeps its place on the axis, and the footnote says why it is empty.
    expect(texts.some((t) => t?.includes("2019年无数字"))).toBe(true);
  });

  it("draws a line by default, bars when asked or for at most 3 points", () => {
    expect(chartKind(GDP_GROWTH)).toBe("line");
    expect(chartKind(GRAIN_OUTPUT)).toBe("bar");
    const three: ChartSpec = { ...GDP_GROWTH, kind: undefined, points: GDP_GROWTH.points.slice(6, 9) };
    expect(chartKind(three)).toBe("bar");
    expect(chartKind({ ...three, kind: "line" })).toBe("line");
    const bars = renderChartSvg(three);
    expect(bars).not.toMatch(/stroke="#c0392b"/);
    expect([...bars.matchAll(/ecmeta_data_index="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([0, 1, 2]);
    for (const p of three.points) expect(bars).toContain(`>${p.text}</text>`);
  });

  it("draws a bar chart's gap as no bar, and a negative bar's label under it", () => {
    const spec: ChartSpec = {
      title: "某市工业增加值增速",
      unit: "%",
      source: "来源：某市政府工作报告",
      kind: "bar",
      points: [
        { label: "2019年", value: 5.1, text: "5.1%" },
        { label: "2020年", value: -2.4, text: "-2.4%" },
        { label: "2021年", value: null, text: "" },
        { label: "2022年", value: 3.3, text: "3.3%" },
      ],
    };
    const bars = renderChartSvg(spec);
    expect([...bars.matchAll(/ecmeta_data_index="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([0, 1, 3]);
    const y = (text: string) => Number(new RegExp(`translate\\([\\d.]+ ([\\d.]+)\\)"[^>]*>${text}<`).exec(bars)?.[1]);
    expect(y("-2.4%")).toBeGreaterThan(y("5.1%"));
  });

  it("draws an empty series or one with no value at all without failing", () => {
    for (const points of [[], [{ label: "2020年", value: null, text: "" }]]) {
      const out = renderChartSvg({ ...GDP_GROWTH, points });
      expect(out).toContain(GDP_GROWTH.title);
      expect(out).not.toMatch(/ecmeta_data_index/);
    }
  });
});
