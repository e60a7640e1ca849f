import { corpusOf } from "../../src/search/corpus.ts";
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.ts";
import type { SearchIndex } from "../../src/search/index/search-index.ts";
import { realIndex } from "../support/real-index.ts";

/**
 * The pre-filters (src/answer/prefilter.ts) skip texts none of whose figures could be accepted.
 * They may change speed, never an answer: every question of every set over the default corpus is
 * answered with and without them, and the answers (figure, sentence, report, alternatives) agree.
 */
let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const FIXTURES = new URL("../fixtures/", import.meta.url);
const sets = readdirSync(FIXTURES).filter((f) => /^(dev|heldout\d*)\.jsonl$/.test(f));

describe("pre-filters", () => {
  it.each(sets)("change no answer of %s", async (name) => {
    const questions = readFileSync(new URL(name, FIXTURES), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q);
    expect(questions.length).toBeGreaterThan(30);
    for (const q of questions) {
      expect(await answerQuestion(corpusOf(index), q, { prefilter: false }), q).toEqual(await answerQuestion(corpusOf(index), q));
    }
  });
});
