/**
 * A series as a PNG chart, in this process and without a browser: Apache ECharts lays the chart
 * out as an SVG string (its server-side renderer, no DOM), resvg rasterises it with a CJK font
 * that comes with npm install (@embedpdf/fonts-sc: Noto Sans CJK SC, all of GB2312 and 20,945
 * CJK ideographs), never a system font, so the picture is the same on every machine.
 *
 * ECharts is loaded on the first chart, from its one-file CommonJS build (about 60 ms; its ES
 * modules take some 400 ms), so a process that draws no chart does not pay for it.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import type { EChartsOption } from "echarts";
import type { ChartPoint, ChartSpec } from "./types.ts";

/** The size of the chart as laid out, in CSS pixels; the PNG is SCALE times that. */
export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 480;
export const SCALE = 2;

/** The family name the font files declare (name ID 16), which the SVG's text asks for. */
export const FONT_FAMILY = "Noto Sans S Chinese";
/** The weights loaded: regular for labels and axes, bold for the title. */
const FONT_FILES = ["NotoSansHans-Regular.otf", "NotoSansHans-Bold.otf"];

const require = createRequire(import.meta.url);

type ECharts = typeof import("echarts");
type Resvg = typeof import("@resvg/resvg-js");
let echartsModule: ECharts | undefined;
let resvgModule: Resvg | undefined;
const echarts = (): ECharts => (echartsModule ??= require("echarts") as ECharts);
const resvg = (): Resvg => (resvgModule ??= require("@resvg/resvg-js") as Resvg);

let fontPaths: string[] | undefined;
/** The font files' paths in node_modules (the package exports only its index, so found beside it). */
export function chartFontFiles(): string[] {
  if (fontPaths) return fontPaths;
  const dir = join(dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
  const paths = FONT_FILES.map((file) => join(dir, file));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`chart font missing: ${missing.join(", ")} (npm ci installs @embedpdf/fonts-sc)`);
  return (fontPaths = paths);
}

/** Line unless the spec says, or bar for a series of at most 3 points. */
export function chartKind(spec: ChartSpec): "line" | "bar" {
  return spec.kind ?? (spec.points.length <= 3 ? "bar" : "line");
}

const COLOR = "#c0392b";
const TEXT = "#1f2329";
const MUTED = "#646a73";
const GRID = { left: 24, right: 32, top: 84, bottom: 56 };

/**
 * Width of a text in the label font, as ECharts estimates it without a canvas: an ideograph is
 * one em, digits and Latin letters a little over half of one.
 */
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u0020-\u007e]/.test(ch) ? 0.58 : 1;
  return em * fontSize;
}

interface LabelPlan {
  fontSize: number;
  /** Bars whose labels are wider than a bar's slot: labels turned upright above the bars. */
  upright: boolean;
  /** A line too dense for its labels: those that would still overlap are hidden (by ECharts). */
  hideOverlap: boolean;
}

/** How the point labels fit: the width each period has on the axis against the widest label. */
function planLabels(points: ChartPoint[], kind: "line" | "bar"): LabelPlan {
  const slot = (CHART_WIDTH - GRID.left - GRID.right - 48) / Math.max(points.length, 1);
  const widest = (fontSize: number) => Math.max(0, ...points.filter((p) => p.value !== null).map((p) => textWidth(p.text, fontSize)));
  for (const fontSize of [13, 12, 11, 10]) {
    if (widest(fontSize) <= slot - 4) return { fontSize, upright: false, hideOverlap: false };
  }
  if (kind === "bar") return { fontSize: 11, upright: true, hideOverlap: slot < 18 };
  return { fontSize: 10, upright: false, hideOverlap: true };
}

interface LabelPlace {
  position: "top" | "bottom";
  align: "center" | "left" | "right";
}

/**
 * Where a line's label goes so that the line does not cross it: under a valley (the line rises on
 * both sides), over a peak; where the line passes through rising, above and to the left of the
 * point (the segment before lies below it, the one after to the right), falling, above and to the
 * right. Next to a flat stretch, on the side the line leaves free. A label that ends at its point
 * never reaches its neighbour's, as long as each is at most one period wide (planLabels).
 */
function linePlace(points: ChartPoint[], i: number): LabelPlace {
  const value = points[i]?.value;
  const before = points[i - 1]?.value;
  const after = points[i + 1]?.value;
  const top = { position: "top", align: "center" } as const;
  const bottom = { position: "bottom", align: "center" } as const;
  if (value === null || value === undefined) return top;
  if (typeof before !== "number" && typeof after !== "number") return top;
  if (typeof before !== "number" || typeof after !== "number") {
    const neighbour = (typeof before === "number" ? before : after) as number;
    return value < neighbour ? bottom : top;
  }
  const rise = Math.sign(value - before);
  const next = Math.sign(after - value);
  if (rise < 0 && next > 0) return bottom;
  if (rise > 0 && next > 0) return { position: "top", align: "right" };
  if (rise < 0 && next < 0) return { position: "top", align: "left" };
  // Falling onto a flat stretch, or leaving one upwards: the line keeps above and level, below is free.
  if ((rise < 0 && next === 0) || (rise === 0 && next > 0)) return bottom;
  return top;
}

/** The footnote: the source, and the periods drawn as gaps. */
function footnote(spec: ChartSpec): string {
  const gaps = spec.points.filter((p) => p.value === null).map((p) => p.label);
  return gaps.length > 0 ? `${spec.source}    ${gaps.join("、")}无数字，图中空缺` : spec.source;
}

/** The ECharts option of a spec (exported for the tests). */
export function chartOption(spec: ChartSpec): EChartsOption {
  const kind = chartKind(spec);
  const plan = planLabels(spec.points, kind);
  const rotate = spec.points.length > 12 ? 40 : 0;
  const data = spec.points.map((point, i) => {
    if (point.value === null) return null;
    if (kind === "bar") {
      const position = point.value < 0 ? ("bottom" as const) : ("top" as const);
      // Upright, the text reads upwards from the end of the bar (downwards under a negative one).
      const upright = { rotate: 90, align: point.value < 0 ? ("right" as const) : ("left" as const), verticalAlign: "middle" as const };
      return { value: point.value, label: plan.upright ? { position, ...upright } : { position } };
    }
    const place = linePlace(spec.points, i);
    // A label beside its point reaches a little back over it (its text clear above), so it reads as that point's.
    const offset = place.align === "left" ? [-3, 0] : place.align === "right" ? [3, 0] : [0, 0];
    return { value: point.value, label: { ...place, offset } };
  });
  const label = {
    show: true,
    fontSize: plan.fontSize,
    color: TEXT,
    distance: 6,
    formatter: (params: { dataIndex: number }) => spec.points[params.dataIndex]?.text ?? "",
  };
  return {
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FONT_FAMILY },
    title: {
      text: spec.title,
      left: GRID.left,
      top: 20,
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 20, fontWeight: "bold", color: TEXT },
    },
    grid: { ...GRID, containLabel: true },
    xAxis: {
      type: "category",
      data: spec.points.map((p) => p.label),
      boundaryGap: true,
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: "#8f959e" } },
      axisLabel: { fontFamily: FONT_FAMILY, fontSize: 12, color: MUTED, interval: 0, rotate },
    },
    yAxis: {
      type: "value",
      // A line may start above zero (it shows change); a bar's length is its value, so it starts at zero.
      scale: kind === "line",
      // Room above and below the extremes for the labels (then rounded out to whole ticks).
      boundaryGap: kind === "line" ? ["12%", "12%"] : [0, plan.upright ? "30%" : "12%"],
      name: spec.unit ? `单位：${spec.unit}` : "",
      nameLocation: "end",
      nameGap: 18,
      nameTextStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: MUTED, align: "left" },
      axisLabel: { fontFamily: FONT_FAMILY, fontSize: 12, color: MUTED },
      splitLine: { lineStyle: { color: "#e5e6eb", type: "dashed" } },
    },
    series: [
      kind === "line"
        ? {
            type: "line",
            data,
            connectNulls: false,
            showSymbol: true,
            showAllSymbol: true,
            symbol: "circle",
            symbolSize: 7,
            itemStyle: { color: COLOR },
            lineStyle: { color: COLOR, width: 2.5 },
            label,
            labelLayout: { hideOverlap: plan.hideOverlap },
          }
        : {
            type: "bar",
            data,
            barMaxWidth: 64,
            itemStyle: { color: COLOR },
            label,
            labelLayout: { hideOverlap: plan.hideOverlap },
          },
    ],
    graphic: [
      {
        type: "text",
        left: GRID.left,
        bottom: 14,
        style: { text: footnote(spec), fontFamily: FONT_FAMILY, fontSize: 12, fill: MUTED },
      },
    ],
  };
}

/** The chart as an SVG string, CHART_WIDTH × CHART_HEIGHT, its text in FONT_FAMILY. */
export function renderChartSvg(spec: ChartSpec): string {
  const chart = echarts().init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * An SVG as a PNG, SCALE times its size, on white. `fonts: false` loads no font at all, so no
 * text is drawn (what a machine without the font would show; the tests compare the two).
 */
export async function svgToPng(svg: string, options: { fonts?: boolean } = {}): Promise<Buffer> {
  const withFonts = options.fonts ?? true;
  const renderOptions: ResvgRenderOptions = {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: SCALE },
    font: withFonts
      ? { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY }
      : { fontFiles: [], loadSystemFonts: false },
    logLevel: "off",
  };
  // Rendered on libuv's thread pool: the event loop (the bot) goes on meanwhile.
  const image = await resvg().renderAsync(svg, renderOptions);
  return image.asPng();
}

/** The chart of a series as PNG bytes (1600 × 960: 800 × 480 at 2×). */
export async function renderChart(spec: ChartSpec): Promise<Buffer> {
  return svgToPng(renderChartSvg(spec));
}
