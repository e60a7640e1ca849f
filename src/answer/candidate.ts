/** A sentence of the corpus as a reply candidate: the Candidate of the answer shape (types.ts). */
import type { Question } from "../question/types.ts";
import type { Corpus } from "../search/corpus.ts";
import { sentenceAt } from "./reading-context.ts";
import type { Candidate, Figure } from "./types.ts";

/** Sentence `sentenceIndex` of a paragraph with its paragraph, report and section; `figure` null for a passage without one. */
export function candidateAt(corpus: Corpus, paragraphId: number, sentenceIndex: number, q: Question, figure: Figure | null, score: number): Candidate {
  const paragraph = corpus.paragraph(paragraphId);
  const report = corpus.report(paragraph.report);
  const { sentence, searchSentence } = sentenceAt(paragraph, sentenceIndex);
  return {
    found: figure !== null,
    figure,
    sentence,
    paragraph: paragraph.text,
    report: {
      title: report.title,
      file: report.file,
      date: report.date,
      genre: report.genre,
      place: report.place?.name ?? "",
      period: report.period ? (report.period.from === report.period.to ? String(report.period.from) : `${report.period.from}—${report.period.to}`) : "",
      published: report.published,
    },
    heading: paragraph.headings.join(" › "),
    score: Math.round(score * 100) / 100,
    matched: matchedWords(sentence, searchSentence, q),
  };
}

/** The words of the question as printed in the sentence, for highlighting. */
function matchedWords(sentence: string, searchSentence: string, q: Question): string[] {
  const out = new Set<string>();
  for (const term of q.terms) {
    for (const alt of term.alternatives) {
      const at = searchSentence.indexOf(alt);
      if (at >= 0) out.add(sentence.slice(at, at + alt.length));
    }
  }
  return [...out];
}
