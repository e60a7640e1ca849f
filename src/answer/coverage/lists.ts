/**
 * Lists of items joined by 、: a word of their initials (abbreviatesList: 农林水利), and a head word the last item prints
 * once for them all (headSharedByList).
 */
import type { QueryTerm } from "../../question/types.ts";
import type { Fact } from "../facts.ts";
import { LIST_INITIALS_MIN, LIST_INITIALS_MAX } from "./shared.ts";

/** What parts the items of a list a word of initials abbreviates: "农业、林业、水利", "教育、科学、文化、卫生、体育". */
const LIST_SEPARATOR = /[、和及与]/;
/** The longest item of such a list, in characters (水利, 广播电视: the first item's start is counted back at most this far). */
const LIST_ITEM_MAX = 4;

/**
 * A word of items' first characters, in any order: 农林水利 for "农业、林业、水利等方面支出" (农|林|水利), 科教文卫 for
 * "教育、科学、文化、卫生等事业", 青壮年 for "青、壮年". Each part (one or two characters) opens a different item of one
 * run of items joined by 、 (or 和, 及, 与). Three characters or four: two (民生) would find "民族、生态".
 */
export function abbreviatesList(word: string, text: string): boolean {
  if (word.length < LIST_INITIALS_MIN || word.length > LIST_INITIALS_MAX || !/^\p{Script=Han}+$/u.test(word)) return false;
  // (Cheap refusals first: abbreviates() asks this of most words and texts it reads.)
  for (const c of word) if (!text.includes(c)) return false;
  const splits = word.length === 3 ? SPLITS_OF_THREE : SPLITS_OF_FOUR;
  for (const starts of runsOf(text)) {
    for (const sizes of splits) {
      const parts: string[] = [];
      let i = 0;
      for (const n of sizes) parts.push(word.slice(i, (i += n)));
      const used = new Set<number>();
      const opens = (part: string) => {
        const k = starts.findIndex((at, i) => !used.has(i) && at.some((a) => text.startsWith(part, a)));
        if (k < 0) return false;
        used.add(k);
        return true;
      };
      if (parts.every(opens)) return true;
    }
  }
  return false;
}

/** How a word of three or four initials may split into its items' openings (each one or two characters). */
// biome-ignore format: one split a line would hide the two lists
const SPLITS_OF_THREE = [[1, 1, 1], [1, 2], [2, 1]];
// biome-ignore format: as above
const SPLITS_OF_FOUR = [[1, 1, 1, 1], [1, 1, 2], [2, 2], [1, 2, 1], [2, 1, 1]];

/** The list runs of texts read lately: a paragraph is asked of every word of a question, for every figure. */
const RUNS_KEPT = 2000;
const runsKept = new Map<string, number[][][]>();

function runsOf(text: string): number[][][] {
  let runs = runsKept.get(text);
  if (runs === undefined) {
    if (runsKept.size >= RUNS_KEPT) runsKept.clear();
    runsKept.set(text, (runs = listRuns(text)));
  }
  return runs;
}

/**
 * The runs of items joined by list separators in a text, each as its items' possible start offsets: the item before
 * each separator starts one to LIST_ITEM_MAX characters back (not past the separator before), the last one right
 * after the last separator. Separators more than an item apart begin another run.
 */
function listRuns(text: string): number[][][] {
  const runs: number[][][] = [];
  let run: number[][] = [];
  let last = -1;
  const closeRun = () => {
    if (last >= 0 && /\p{Script=Han}/u.test(text[last + 1] ?? "")) run.push([last + 1]);
    if (run.length > 1) runs.push(run);
    run = [];
  };
  for (let at = 0; at < text.length; at++) {
    if (!LIST_SEPARATOR.test(text[at]!)) continue;
    if (last >= 0 && at - last - 1 > LIST_ITEM_MAX) closeRun();
    const starts: number[] = [];
    for (let k = 1; k <= LIST_ITEM_MAX && at - k > last && /\p{Script=Han}/u.test(text[at - k]!); k++) starts.push(at - k);
    if (starts.length > 0) run.push(starts);
    last = at;
  }
  closeRun();
  return runs;
}

/**
 * Whether the term closes the last item of the figure's list, after the figure's own item, with a name of two characters
 * or more before it: "二氧化硫、化学需氧量排放量分别下降3.5%、2.9%" prints 排放量 once for both items.
 */
export function headSharedByList(term: QueryTerm, fact: Fact, sentence: string): boolean {
  const item = fact.listItem;
  if (!item || item.siblings.length === 0) return false;
  const last = item.siblings.reduce((a, b) => (b[0] > a[0] ? b : a));
  if (last[0] < item.own[0]) return false;
  // (A list of names joined by 、, not of clauses each with its own figure: "接待游客5300万人次，实现旅游总收入438亿元，分别
  // 增长44.6%、35.2%".)
  if (/[\d，,；;]/.test(sentence.slice(item.own[0], last[1]))) return false;
  const text = sentence.slice(last[0], last[1]);
  return term.alternatives.some((alt) => alt.length >= 2 && text.endsWith(alt) && text.length - alt.length >= 2);
}
