import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Three projects; `npm test` runs them all, `npx vitest run --project unit` (or corpus, process)
 * one. A test file is in unit unless it is listed below.
 * - unit: in-process tests on fixtures and excerpts, no global setup, modules shared within a worker;
 *   the whole project well under 15 s.
 * - corpus: in-process tests over the real index of corpus/ (built once by the global setup) or
 *   over indexes they build from its reports.
 * - process: tests that start processes (the CLI, npm run reindex, the bot against the fake Bot
 *   API in test/e2e/, a fresh Node for jieba, PostgreSQL); those that read the real index get it
 *   from the same global setup, which builds it once for both projects. A real PostgreSQL server
 *   runs for this project's whole run (test/support/postgres-setup.ts).
 * A file that calls realIndex() without being listed here fails with a message saying so.
 */
const CORPUS_TESTS = [
  "test/answer/answer.test.ts",
  "test/answer/officials-questions.test.ts",
  "test/answer/series-set.test.ts",
  "test/answer/prefilter.test.ts",
  "test/ingest/pdf-tables.test.ts",
  "test/ingest/pdf-columns.test.ts",
  "test/bot/engine-failure.test.ts",
  "test/bot/handlers.test.ts",
  "test/search/index/build.test.ts",
  "test/search/index/paragraph-index.test.ts",
  "test/search/index/sidecar-build.test.ts",
  "test/search/live-index.test.ts",
];

const PROCESS_TESTS = [
  "test/answer/extra-set.test.ts",
  "test/bot/admin.test.ts",
  "test/build/launcher.test.ts",
  "test/cli/errors.test.ts",
  "test/cli/reindex.test.ts",
  "test/e2e/**/*.test.ts",
  "test/search/ensure-index.test.ts",
  "test/search/index/search-index.test.ts",
  "test/search/segment.test.ts",
  "test/search/pg/**/*.test.ts",
  "test/unanswered.test.ts",
];

const REAL_INDEX = ["test/support/global-setup.ts"];
/** The process tests get a real PostgreSQL server too (started once, in a temp folder). */
const POSTGRES = ["test/support/postgres-setup.ts"];

/**
 * The process tests first, then corpus, then unit (vitest orders projects by name): the longest
 * files start first and the short unit files fill the end. Within a project, vitest's own order
 * (the slowest of the last run first; on a fresh clone, the largest file first).
 */
const PROJECT_ORDER = ["process", "corpus", "unit"];
class ProcessTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.sort((a, b) => PROJECT_ORDER.indexOf(a.project.name) - PROJECT_ORDER.indexOf(b.project.name));
  }
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. The
    // process and corpus tests spend much of their time waiting for child processes and files, so
    // one worker more than the cores keeps the cores busy (npm test on 2 cores: about 60 s, not 107).
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: ProcessTestsFirst },
    projects: [
      // Unit files share their worker's modules (isolate: false): each file re-importing src/ and
      // loading jieba's full dictionary anew (about 1.5 s, twice over as nodejs-jieba also builds its
      // TextRank extractor) took the project from 9 s to 20 s. Unit tests hold no state of their own
      // in modules; the ones that switch the segmenter's dictionary set the one they need.
      { extends: true, test: { name: "unit", isolate: false, include: ["test/**/*.test.ts"], exclude: [...CORPUS_TESTS, ...PROCESS_TESTS] } },
      { extends: true, test: { name: "corpus", include: CORPUS_TESTS, globalSetup: REAL_INDEX } },
      { extends: true, test: { name: "process", include: PROCESS_TESTS, globalSetup: [...REAL_INDEX, ...POSTGRES] } },
    ],
  },
});
