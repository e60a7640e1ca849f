/**
 * What a refusal looks at (Assessment, ReportContext) and what it is (Refusal): see acceptance.ts, the one place
 * that decides, for the order in which refusals are tried.
 */
import type { Question } from "../../question/types.ts";
import type { Coverage } from "../coverage.ts";
import type { Fact } from "../facts.ts";
import type { YearRules } from "../year-rules.ts";
import type { Place } from "../../zh/places.ts";

/** What the refusals know of a fact's report. */
export interface ReportContext {
  rules: YearRules;
  /** Its place (null when it could not be told). */
  place: Place | null;
  /** For a report without a known place: whether it names the place often (corpus.ts isAbout). */
  isAbout: (place: string) => boolean;
}

/** What the refusals look at. */
export interface Assessment {
  q: Question;
  fact: Fact;
  /** The search-form sentence (same offsets as printed), what is deducted blanked. */
  sentence: string;
  /** The same, nothing blanked. */
  printedSentence: string;
  /** The year the fact is about: its own, or the one its report implies (see rank.ts). */
  year: number | null;
  /** The report: what its genre says of undated figures, and its place. */
  report: ReportContext;
  /** Worked out only for facts the cheap refusals let through. */
  coverage: Coverage | null;
}

export interface Refusal {
  name: string;
  /** Needs no coverage. */
  cheap: boolean;
  /** The reason when it refuses the fact, or null. */
  refuses: (a: Assessment) => string | null;
}
