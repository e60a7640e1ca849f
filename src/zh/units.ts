/** Units of measure as reports print them, and the class of quantity each measures. */
import { parseChineseNumeral } from "./numerals.ts";
import { toSearchForm } from "./normalize.ts";

// biome-ignore format: a short list of names reads best on two lines
export type UnitClass =
  | "percent" | "points" | "money" | "people" | "person-times" | "count"
  | "mass" | "length" | "area" | "energy" | "times" | "age" | "duration" | "concentration" | "ordinal" | "none";

/** The classes of a sum or a count, which a magnitude asked ("多少亿", "几万") measures: not a rate, an age or a multiple. */
export const SUM_CLASSES: readonly UnitClass[] = ["money", "people", "person-times", "count", "mass", "length", "area", "energy"];

/** Base units, longest first so that 个百分点 wins over 个 and 平方公里 over 公里. */
// biome-ignore format: a table, one line for each kind of unit
const UNIT_CLASSES: Array<[string, UnitClass]> = [
  ["个百分点", "points"], ["百分点", "points"],
  ["平方公里", "area"], ["平方米", "area"], ["平米", "area"], ["公顷", "area"], ["亩", "area"], ["畝", "area"],
  // Energy in kilowatt-hours, printed 千瓦小时 in the 1980s ("发电量达到４４５５亿千瓦小时", gwr-1987).
  ["千瓦时", "energy"], ["千瓦小时", "energy"], ["千瓦", "none"], ["兆瓦", "none"], ["立方米", "none"], ["度", "energy"],
  ["人民币", "money"], ["美元", "money"], ["欧元", "money"], ["港元", "money"], ["元", "money"],
  ["人次", "person-times"], ["人", "people"], ["名", "people"], ["位", "people"],
  ["公里", "length"], ["千米", "length"], ["米", "length"],
  // Ships by their deadweight ("五年内新增轮船四十万载重吨", gwr-1955).
  // Energy in tonnes of standard coal ("万元GDP能耗降至0.46吨标煤", 荆门 2020; "能源消费总量…万吨标准煤").
  ["吨标准煤", "mass"], ["吨标煤", "mass"],
  ["载重吨", "mass"], ["公斤", "mass"], ["千克", "mass"], ["吨", "mass"], ["噸", "mass"], ["斤", "mass"], ["担", "mass"], ["擔", "mass"],
  // Working days (企业开办时间压缩至0.5个工作日).
  ["个月", "duration"], ["小时", "duration"], ["天", "duration"], ["个工作日", "duration"], ["工作日", "duration"],
  ["户", "count"], ["所", "count"], ["个", "count"], ["個", "count"], ["项", "count"], ["項", "count"],
  ["家", "count"], ["座", "count"], ["台", "count"], ["辆", "count"], ["輛", "count"], ["套", "count"],
  ["间", "count"], ["件", "count"], ["条", "count"], ["张", "count"], ["部", "count"], ["批", "count"],
  ["处", "count"], ["只", "count"], ["头", "count"], ["篇", "count"], ["种", "count"], ["次", "count"],
  ["艘", "count"], ["架", "count"], ["册", "count"], ["匹", "count"], ["类", "count"],
  // Events held (举办赛事活动128场); cases and parcels (清拆违法建设37513宗, 退出宅基地28851宗).
  ["场", "count"], ["宗", "count"],
  // Cases and accidents (破获电信网络诈骗案件3352起), medals (世界级金牌增至173枚), train runs ("海铁联运天天班”开行393趟).
  ["起", "count"], ["枚", "count"], ["趟", "count"],
  ["岁", "age"], ["倍", "times"], ["%", "percent"], ["‰", "percent"],
  // Statistical bulletins: trains (中欧班列909列), containers (320.02万标箱), transport turnover
  // (亿人公里, 亿吨公里) and air quality
  // (PM2.5 32微克/立方米, also printed 28.5微克每立方米 or 每立方米34微克). Containers in TEU as typed (多少万TEU), in either case.
  ["列", "count"], ["标箱", "count"], ["标准箱", "count"],
  // Tractors counted in standard units of 15 horsepower ("拖拉机由778标准台增加到2,377标准台", gwr-1956).
  ["标准台", "count"], ["TEU", "count"], ["teu", "count"], ["班次", "count"], ["班", "count"], ["人公里", "none"], ["吨公里", "none"],
  ["微克/立方米", "concentration"], ["微克每立方米", "concentration"], ["微克", "concentration"],
  // …and in symbols ("PM2.5平均浓度降到46μg/m3", 阳泉 2021; "29μg/m³"), with the micro sign or the Greek letter.
  ["μg/m3", "concentration"], ["μg/m³", "concentration"], ["µg/m3", "concentration"], ["µg/m³", "concentration"],
  // Rates per 100,000 or 10,000 (孕产妇死亡率14.3/10万): a rate, as a percentage is.
  ["/10万", "percent"], ["/万", "percent"], ["/千", "percent"],
  // Certificates and documents (核发许可证1252份), noise levels (66.4分贝).
  ["份", "count"], ["分贝", "none"],
  // A ratio to one, printed with the ratio sign or a colon (城乡居民收入比缩小到2.21∶1).
  ["∶1", "none"], [":1", "none"], ["：1", "none"],
  // The 1950s reports' metric units by their old names (平方公尺 for 平方米, 立方公尺 for 立方米) and the
  // roubles of Soviet loans (十三亿八千九百万新卢布); printing sheets of publishing plans (四百五十六亿印张).
  ["平方公尺", "area"], ["平方", "area"], ["立方公尺", "none"], ["公尺", "length"], ["新卢布", "money"], ["卢布", "money"], ["印张", "none"],
];
export const UNIT_CLASS: ReadonlyMap<string, UnitClass> = new Map(UNIT_CLASSES);
/** The units of a ratio to one (∶1, :1, ：1). */
const RATIO_TO_ONE = /^[∶:：]1$/;

/** Every unit, longest first (人公里 before 人), as a regex alternation. */
export const UNIT_ALTERNATION = UNIT_CLASSES.map(([u]) => u)
  .sort((a, b) => b.length - a.length)
  // A ratio to one ends there: "41.3：13.5：45.2" is a ratio of three parts, not 41.3：1 and a 3.5.
  .map((u) => (RATIO_TO_ONE.test(u) ? `${escapeRegex(u)}(?![\\d.])` : escapeRegex(u)))
  .join("|");

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Units that are one unit printed otherwise: TEU is 标箱 (a twenty-foot container), 個 is 个. */
const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ["TEU", "标箱"],
  ["teu", "标箱"],
  ["個", "个"],
  ["項", "项"],
  ["輛", "辆"],
  ["噸", "吨"],
  ["畝", "亩"],
  ["擔", "担"],
]);

/** The one name of a unit printed several ways (TEU → 标箱). */
export function canonicalUnit(unit: string): string {
  return UNIT_ALIASES.get(unit) ?? unit;
}

/** A unit without its magnitude: 万家 → 家, 亿元 → 元. */
export function baseUnit(unit: string): string {
  const stripped = unit.replace(/^(万亿|亿|万|千|萬億|億|萬)/, "");
  // 千 of 千瓦时 is no magnitude: 瓦时 is no unit (千米 is 1000 米, as 千 reads elsewhere).
  return UNIT_CLASS.has(stripped) || !UNIT_CLASS.has(unit) ? stripped : unit;
}

/**
 * Whether two printed figures say the same quantity, the finer one rounded as the coarser is
 * printed: "13533.98亿元" and "135,339,828" 万元 (1,353,398,280,000 to the 百万 the first prints).
 */
export function sameQuantity(a: PrintedFigure, b: PrintedFigure): boolean {
  if (baseUnit(a.unit) !== baseUnit(b.unit)) return false;
  const x = scaledValue(a);
  const y = scaledValue(b);
  const step = Math.max(resolution(a), resolution(b));
  return Math.abs(x - y) <= step / 2 + 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

interface PrintedFigure {
  text: string;
  value: number;
  unit: string;
}

/** What a unit's magnitude multiplies by, read as the numeral 一 + magnitude: 万元 1e4, 万亿元 1e12, 亿 alone 1e8; 1 for none. */
export function magnitude(unit: string): number {
  const prefix = unit.slice(0, unit.length - baseUnit(unit).length);
  return prefix ? (parseChineseNumeral(`一${prefix}`) ?? 1) : 1;
}

/** A figure's value in its base unit: 5.67 of "5.67万亿元" is 5.67e12 元. */
export function scaledValue(f: PrintedFigure): number {
  return f.value * magnitude(f.unit);
}

/** The step of the last digit printed, in base units: 0.01亿 for "13533.98亿元". */
function resolution(f: PrintedFigure): number {
  const decimals = /\.(\d+)/.exec(f.text)?.[1]?.length ?? 0;
  return 10 ** -decimals * magnitude(f.unit);
}

/**
 * A figure as its report states it: as printed, or — a table cell printed bare ("1,631,971",
 * "320.02") — with the unit its column, row or table states for it ("1,631,971万元"). 百分之…,
 * 三分之一 and 1/3 print their unit already.
 */
export function statedFigure(text: string, unit: string): string {
  const printed = text.trim();
  // In simplified characters: "二百十七萬噸" prints 万吨's 吨 (噸).
  const printsUnit = toSearchForm(printed).includes(baseUnit(unit)) || ((unit === "%" || unit === "‰") && /百分之|分之|\d\/\d/.test(printed));
  return unit && !printsUnit ? `${printed}${unit}` : printed;
}

export function unitClassOf(unit: string): UnitClass {
  const base = baseUnit(unit);
  if (!base) return unit ? "count" : "none";
  return UNIT_CLASS.get(base) ?? "none";
}

/**
 * A unit's character opening a noun of its own after a figure, by the characters that may follow it:
 * "惠及近千万家庭" counts families (家庭), not firms (家).
 */
const WORD_AFTER_UNIT: Readonly<Record<string, string>> = { 家: "庭长属乡电具政园" };

/** What a figure counts, read from its unit and the text after it: "千万家" then "庭，" counts 家庭. */
export function countedAfter(unit: string, after: string): string {
  const last = unit.slice(-1);
  return WORD_AFTER_UNIT[last]?.includes(after.charAt(0)) ? last + after : after;
}
