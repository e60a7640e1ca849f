import "dotenv/config";
import { scoreFacts } from "../src/answer/score-facts.ts";
import { parseQuestion } from "../src/question/understand.ts";
import { corpusOf } from "../src/search/corpus.ts";
import { loadIndex } from "../src/search/index/search-index.ts";

/**
 * For the engineer tuning answers: `npm run explain -- "2018年城镇新增就业" [N]` prints how the
 * question was parsed and the N best-scored figures, accepted or not, with the reason.
 */
const [question = "", top = "15"] = process.argv.slice(2);
const index = await loadIndex(process.env.INDEX_PATH ?? "./data/index.json");
const q = parseQuestion(question);
console.log(JSON.stringify({ ...q, terms: q.terms.map((t) => t.alternatives.join("/") + (t.isPlace ? "@" : "")) }));
const { scored } = scoreFacts(corpusOf(index), q, { thorough: true });
for (const s of scored.sort((a, b) => b.score.score - a.score.score).slice(0, Number(top))) {
  const p = index.paragraphs[s.paragraphIndex]!;
  const start = s.sentenceIndex === 0 ? 0 : p.sentenceEnds[s.sentenceIndex - 1]!;
  const f = s.fact;
  console.log(
    [index.reports[p.report]!.file, f.figure.text, f.role, f.kind, f.year ?? "-", s.score.score.toFixed(2),
      s.score.coverage.toFixed(2), s.score.refusal ?? "ok", p.text.slice(start, p.sentenceEnds[s.sentenceIndex]).slice(0, 80)].join(" | "),
  );
  // The score as the table made it (src/answer/score-table.ts): each adjustment that added anything.
  console.log("    " + s.score.adjustments.map((a) => `${a.name} ${a.points >= 0 ? "+" : ""}${a.points.toFixed(2)}`).join(", "));
}
