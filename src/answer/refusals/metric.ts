/**
 * Refusals by the metric's words (coverage.ts, unasked-label.ts): one character, a word missing, coverage, the head
 * word, a later figure's subject, and another part, sector, metric, item or kind of people named.
 */
import { addedStated, isChangeTerm, coversEnough, found, namedByUnit, namedOrAbbreviated, PER_TIME_WORDS } from "../coverage.ts";
import {
  otherMetricNamed,
  otherMoneyHeadNamed,
  otherItemNamed,
  otherPeopleNamed,
  otherSectorNamed,
  sectorOfWholeAsked,
  subgroupNamed,
  unaskedPart,
} from "../unasked-label.ts";
import { extractFigures } from "../../zh/figures.ts";
import { alternation } from "../../zh/word-classes.ts";
import { clauseEndFrom, clausesOf } from "../../zh/text.ts";
import type { Assessment, Refusal } from "./types.ts";

export const oneCharacterNamed: Refusal = {
  name: "one character named",
  cheap: true,
  // "全国一共有多少个县": a question naming its metric by one character only (县) names no metric a
  // figure could be told apart by (试点县市达到1300多个, 试点已扩大到671个县): not found, with passages.
  // A measure word of its own narrows it enough ("养了多少头猪", "降了几次准").
  refuses: (a) => {
    const metric = a.q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && !t.isFigure);
    return a.q.countedIn === null && metric.length > 0 && metric.every((t) => [...t.word].length === 1)
      ? "the question names its metric by one character"
      : null;
  },
};

export const wordMissing: Refusal = {
  name: "word missing",
  cheap: false,
  // A place not named, or more than one metric word absent (coverage.ts absenceTolerated).
  refuses: (a) => (a.coverage!.missing !== null ? `"${a.coverage!.missing}" not found` : null),
};

export const coverage: Refusal = {
  name: "coverage",
  cheap: false,
  refuses: (a) => (coversEnough(a.coverage!.share) ? null : "metric not covered"),
};

export const aLaterFiguresSubjectAsked: Refusal = {
  name: "a later figure's subject asked",
  cheap: false,
  refuses: (a) => {
    const word = laterFiguresWord(a);
    return word === null ? null : `"${word}" is named only by a later figure's clause`;
  },
};

export const headWord: Refusal = {
  name: "head word",
  cheap: false,
  refuses: (a) => (a.coverage!.headGoverns ? null : "metric not in the sentence"),
};

export const partNotAsked: Refusal = {
  name: "part not asked",
  cheap: false,
  refuses: (a) => {
    const part = unaskedPart(a.q, a.fact, a.sentence);
    return part === null ? null : `a part (${part}) of the total asked`;
  },
};

/** A share of output printed as an intensity (word-classes.txt [intensity-of-output]: 投入强度). */
const INTENSITY = new RegExp(alternation("intensity-of-output"));
/** 占 before the base of a share, not 占比 nor 所占的 (their base is said before: "在工业总产值中…所占的比重"). */
const SHARE_OF = /占(?![比的])/g;

export const partAskedAsTheBase: Refusal = {
  name: "part asked as the base",
  cheap: false,
  // "基础研究经费占全社会研发经费的比重" against "全社会研究与试验发展经费支出占国内生产总值的比重…1.97%": what the question
  // takes as the share's base is the part the clause takes a share of, and its base is another; so with an intensity, a
  // share of output ("全社会研发经费投入强度达到2.5%"), when the base asked is no output.
  refuses: (a) => {
    const base = a.q.terms.filter((t) => t.isShareBase);
    if (a.fact.role !== "share" || base.length === 0) return null;
    const before = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
    // (Not 占比, whose base is said before it: "中央一般公共预算支出中对地方转移支付占比提高到70%左右".)
    const of = [...before.matchAll(SHARE_OF)].at(-1)?.index;
    const intensity = of === undefined && INTENSITY.test(before) && !base.some((t) => t.namedAlsoBy !== undefined);
    if (of === undefined && !intensity) return null;
    const [part, stated] = of === undefined ? [before.slice(0, before.search(INTENSITY)), ""] : [before.slice(0, of), before.slice(of + 1)];
    return base.some((t) => found(t, part)) && !base.some((t) => found(t, stated)) ? "a share of what the question takes as its base" : null;
  },
};

export const anotherSectorNamed: Refusal = {
  name: "another sector named",
  cheap: false,
  refuses: (a) => {
    const other = otherSectorNamed(a.q, a.fact, a.sentence);
    return other === null ? null : `its own clause names another sector (${other})`;
  },
};

export const aSectorsPartOfTheWholeAsked: Refusal = {
  name: "a sector's part of the whole asked",
  cheap: false,
  refuses: (a) => {
    const sector = sectorOfWholeAsked(a.q, a.fact, a.sentence);
    return sector === null ? null : `its own words name a sector's part (${sector}), and the whole was asked`;
  },
};

export const anotherMetricNamed: Refusal = {
  name: "another metric named",
  cheap: false,
  refuses: (a) => {
    const other = otherMetricNamed(a.q, a.fact, a.sentence);
    return other === null ? null : `its own clause names another metric (${other})`;
  },
};

export const anotherMoneyMetricNamed: Refusal = {
  name: "another money metric named",
  cheap: false,
  refuses: (a) => {
    const other = otherMoneyHeadNamed(a.q, a.fact, a.sentence);
    return other === null ? null : `its own clause closes on another metric of money (${other}), and not the one asked`;
  },
};

export const anotherItemNamed: Refusal = {
  name: "another item named",
  cheap: false,
  refuses: (a) => {
    const item = otherItemNamed(a.q, a.fact, a.sentence);
    return item === null ? null : `its own clause names another item (${item}), and the words asked are the clause before's`;
  },
};

export const anotherKindOfPeople: Refusal = {
  name: "another kind of people",
  cheap: false,
  refuses: (a) => {
    const people = otherPeopleNamed(a.q, a.fact, a.sentence);
    return people === null ? null : `its own clause names ${people}, another kind of people than those asked`;
  },
};

export const aSubgroupNotAsked: Refusal = {
  name: "a subgroup not asked",
  cheap: false,
  refuses: (a) => {
    const group = subgroupNamed(a.q, a.fact, a.sentence);
    return group === null ? null : `its own clause names a subgroup (${group}) the question does not`;
  },
};

/**
 * A word asked that the sentence names only after the figure's clause, in a clause with a figure of its own of the
 * same kind: that figure's subject, not this one's ("…在限额以上的有六百九十四个，加上农业、林业、水利方面的二百五十二个，运输
 * 交通和邮电方面的二百二十个…" for 交通邮电: 694 is industry's). Returns the word, or null.
 */
function laterFiguresWord({ q, fact, sentence }: Assessment): string | null {
  const ownEnd = clauseEndFrom(sentence, fact.figure.end);
  if (ownEnd >= sentence.length) return null;
  const upToOwn = sentence.slice(0, ownEnd);
  for (const term of q.terms) {
    // (A shape word names nothing of its own, but one per span of time does: "全年珠澳口岸出入境9706.3万人次（…），日均26.6万人次"
    // for 口岸日均出入境多少人次.)
    const named = !term.isShape || PER_TIME_WORDS.has(term.word);
    if (term.isPlace || !named || term.isPeriod || term.isFigure || term.word.length < 2 || isChangeTerm(term)) continue;
    // (A kind of quantity the figure's own unit names is its own: 面积 of "完成造林2953万公顷".)
    if (namedByUnit(term, fact.figure.unitClass)) continue;
    if (namedOrAbbreviated(term, upToOwn) || addedStated(term, upToOwn)) continue;
    // The later clause naming it, up to its own end, with a figure of the same kind after the word.
    const later = sentence.slice(ownEnd);
    for (const clause of clausesOf(later)) {
      if (!namedOrAbbreviated(term, clause)) continue;
      const at = term.alternatives.map((alt) => clause.indexOf(alt)).filter((i) => i >= 0);
      const after = clause.slice(at.length ? Math.min(...at) : 0);
      if (extractFigures(after).some((f) => f.unitClass === fact.figure.unitClass)) return term.word;
    }
  }
  return null;
}
