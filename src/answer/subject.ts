import { partsOf } from "../question/follow-up.ts";
import type { Corpus } from "../search/corpus.ts";

/** What a question asks about, without its years, place, kind or asking words ("粮食产量"), as a headline writes it. */
export function subjectOf(corpus: Corpus, text: string): string {
  const { metric, kind } = partsOf(text, { places: corpus.places, present: corpus.present });
  return `${metric.replace(/[a-z]+/g, (w) => w.toUpperCase())}${kind === "target" ? "目标" : ""}`;
}
