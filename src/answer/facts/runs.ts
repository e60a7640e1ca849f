/** Runs of figures: the role a run shares, and a run of labelled figures, each label its own figure's. */
import type { FigureSpan } from "../../zh/figures.ts";
import type { Fact, FactRole } from "./types.ts";
import { figureRole } from "./role.ts";

/** The longest label of a later item in a run of labelled figures ("、水泥2.3亿吨"): a noun, not a clause. */
const RUN_LABEL_MAX = 8;

/**
 * A run of labelled figures joined by 、 ("淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、
 * 电解铝100多万吨"): each later item's label names its own figure, not the others'. The first item's
 * clause also holds what all share (淘汰落后…产能), so its words stay every item's context.
 */
export function separateLabelledRun(sentence: string, facts: Fact[]): void {
  const free = facts.filter((f) => !f.listItem && !f.isItem);
  let run: Fact[] = [];
  const close = () => {
    if (run.length >= 3) {
      const later = run.slice(1).map((f): [number, number] => [f.clause[0], f.figure.start]);
      // The first item's label, when the later ones share a tail it ends in ("提出了钢产量一千八百万吨、煤产量…、粮食产量…":
      // 钢产量, as long as the shortest of theirs), is a sibling of the later ones; the words before it lead the whole run.
      const first = firstItemLabel(sentence, run[0]!, later);
      // "钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能": what 等 names is every item's.
      const last = run.at(-1)!;
      // (After a measure the unit list lacks: "3500万标准箱等落后产能".)
      // So is what 的 names after the last ("…、棉花产量一亿担的四项指标": 指标 is every item's).
      const kind = RUN_KIND.exec(sentence.slice(last.figure.end, last.clause[1]))?.[1] ?? "";
      run.forEach((f, i) => {
        const own: [number, number] = [f.clause[0], f.figure.start];
        const siblings = later.filter((_, k) => k !== i - 1);
        if (i > 0 && first) siblings.push(first);
        f.listItem = { own, siblings, ...(kind ? { part: `${sentence.slice(...own)} ${kind}` } : {}) };
      });
    }
    run = [];
  };
  for (const f of free) {
    // The figure ends its clause, but for a measure its unit list lacks ("7600多万重量箱").
    const endsClause = /^\p{Script=Han}{0,3}$/u.test(sentence.slice(f.figure.end, f.clause[1])) && sentence[f.clause[1]] === "、";
    const previous = run.at(-1);
    const joined = previous !== undefined && previous.clause[1] + 1 === f.clause[0];
    const label = sentence.slice(f.clause[0], f.figure.start);
    const labelled = label.length >= 1 && label.length <= RUN_LABEL_MAX && /^\p{Script=Han}+$/u.test(label);
    if (joined && labelled) {
      run.push(f);
      if (sentence[f.clause[1]] !== "、") close();
    } else {
      close();
      if (endsClause) run = [f];
    }
  }
  close();
}

/** After a run's last figure, what every item of it is: "…3500万标准箱等落后产能", "…一亿担的四项指标". Group 1. */
const RUN_KIND = /^\p{Script=Han}{0,3}?(?:等|的(?:[一二三四五六七八九十两\d]+[项个类种大])?)(\p{Script=Han}.*?)[。；;]?$/u;

/** The span of a run's first label, ending at its figure, when the later labels share a tail it ends in too; else null. */
function firstItemLabel(sentence: string, first: Fact, later: ReadonlyArray<[number, number]>): [number, number] | null {
  const labels = later.map(([a, b]) => sentence.slice(a, b));
  const shortest = Math.min(...labels.map((l) => l.length));
  const lead = sentence.slice(first.clause[0], first.figure.start);
  let tail = 0;
  while (tail < shortest - 1 && labels.every((l) => l.at(-tail - 1) === lead.at(-tail - 1))) tail++;
  if (tail === 0 || lead.length <= shortest) return null;
  return [first.figure.start - shortest, first.figure.start];
}

/**
 * What joins the last two figures of one run: 和, 及. (Not 、 alone: "市本级、中宁县债务率分别由2021年的191%、199%降至…"
 * would pair the names' list with the old levels, which the list reading does not yet keep apart from the metric.)
 */
const RUN_JOINER = /^\s*[和及]\s*$/;
/** 和, 及 or 、 between two items of one run: "提高2000元、1500元和1884元". */
const RUN_ITEM_JOINER = /^\s*[和及、]\s*$/;
/** 、 between two figures, and the 分别从/由 that opens their run: "分别从154.3元、220元提高到300元". */
const LISTED_FROM = /^\s*、\s*$/;
const FROM_BEFORE_RUN = /分别(?:从|由)\s*$/;

/**
 * A figure's role, shared with the run it opens: "由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%" — 5.6% is an old
 * level as 13.1% is, the last of its run, before 减为.
 */
export function runRole(sentence: string, clauses: ReadonlyArray<[number, number]>, figures: readonly FigureSpan[], i: number): FactRole {
  const roleAt = (k: number): FactRole => {
    const f = figures[k]!;
    const [start, end] = clauses.find(([a, b]) => f.start >= a && f.start < b) ?? [0, sentence.length];
    const previousEnd = k > 0 && figures[k - 1]!.end > start ? figures[k - 1]!.end : start;
    return figureRole(sentence.slice(start, f.start), sentence.slice(f.end, end), sentence, f, figures[k + 1], sentence.slice(previousEnd, f.start));
  };
  const own = roleAt(i);
  if (own !== "level") return own;
  // "供养标准每人每年提高2000元和1884元": the later item of a run of amounts after a change verb is a change too.
  // (Rates are left alone: "分别提高到8%和8.5%" and "提高8%和8.5%" read alike once the verb is far.)
  const figure = figures[i]!;
  // (Not an item with a verb of its own: "新增1700公里、突破7000公里" is the level reached.)
  if (figure.unitClass !== "percent" && i > 0 && !figure.qualifier) {
    let first = i - 1;
    while (
      first > 0 &&
      figures[first - 1]!.unitClass === figure.unitClass &&
      RUN_ITEM_JOINER.test(sentence.slice(figures[first - 1]!.end, figures[first]!.start))
    )
      first--;
    const joined = RUN_ITEM_JOINER.test(sentence.slice(figures[i - 1]!.end, figure.start));
    if (joined && figures[first]!.unitClass === figure.unitClass && roleAt(first) === "change") return "change";
  }
  // "人均筹资标准分别从154.3元、220元提高到300元": old levels after 从/由 listed with 、 are a run too.
  const joins = (k: number) => {
    const between = sentence.slice(figures[k]!.end, figures[k + 1]!.start);
    return RUN_JOINER.test(between) || (LISTED_FROM.test(between) && FROM_BEFORE_RUN.test(sentence.slice(0, figures[i]!.start)));
  };
  for (let k = i; figures[k + 1] && joins(k); k++) {
    const next = roleAt(k + 1);
    if (next === "before") return "before";
    if (next !== "level") break;
  }
  return own;
}
