import { createHash } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import MiniSearch, { type Options } from "minisearch";
import { extractFigures } from "../answer/figures.ts";
import type { IngestedReport, Report } from "../ingest/types.ts";
import { toSearchForm } from "./normalize.ts";
import { questionWords } from "./query.ts";
import { bigrams, corpusDictionary, useDictionary, words } from "./segment.ts";
import { allSynonymTerms } from "./synonyms.ts";

/**
 * The persisted index: reports, their paragraphs (text as printed, sentence boundaries, section
 * path), a MiniSearch index over sentences, and the document frequency of character bigrams (the
 * weight of a question word). One JSON file, written atomically, with a schema version: a file
 * this code cannot read is refused with a message that says what to do.
 */

export const INDEX_SCHEMA_VERSION = 2;

/** One place for MiniSearch's options: loadJSON must be given the same ones used to build. */
const MINISEARCH_OPTIONS: Options<SentenceDocument> = {
  idField: "id",
  // words: jieba words of the sentence; grams: its character bigrams; context: its section path.
  fields: ["words", "grams", "context"],
  // Documents are pre-tokenised (space-separated, already in search form).
  tokenize: (text) => text.split(" "),
  processTerm: (term) => term || null,
  searchOptions: {
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
    boost: { words: 2, grams: 1, context: 0.5 },
    combineWith: "OR",
  },
};

interface SentenceDocument {
  id: number;
  words: string;
  grams: string;
  context: string;
}

export interface IndexedReport extends Report {
  paragraphs: number;
  figures: number;
}

export interface StoredParagraph {
  /** Index into `reports`. */
  report: number;
  headings: string[];
  text: string;
  /** End offset of each sentence in `text`. */
  sentenceEnds: number[];
  /** The paragraph in search form, only when it differs from `text` (traditional characters). */
  searchText?: string;
}

export interface ManifestEntry {
  file: string;
  bytes: number;
  sha1: string;
}

export interface SearchIndex {
  version: number;
  builtAt: string;
  reports: IndexedReport[];
  paragraphs: StoredParagraph[];
  /** Sentence id → [paragraph index, sentence index]. */
  sentences: Array<[number, number]>;
  /** Number of sentences containing each bigram (and each single character). */
  gramFrequency: Map<string, number>;
  manifest: ManifestEntry[];
  /** The part of jieba's dictionary this corpus uses (see segment.ts). */
  dictionary: string;
  miniSearch: MiniSearch<SentenceDocument>;
}

export class IndexLoadError extends Error {
  readonly path: string;
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super(`${message} (${path}). Rebuild it with: npm run reindex`, options);
    this.name = "IndexLoadError";
    this.path = path;
  }
}

export function buildIndex(reports: IngestedReport[], manifest: ManifestEntry[]): SearchIndex {
  const miniSearch = new MiniSearch<SentenceDocument>(MINISEARCH_OPTIONS);
  const index: SearchIndex = {
    version: INDEX_SCHEMA_VERSION,
    builtAt: new Date().toISOString(),
    reports: [],
    paragraphs: [],
    sentences: [],
    gramFrequency: new Map(),
    manifest,
    dictionary: "",
    miniSearch,
  };
  const docs: SentenceDocument[] = [];
  for (const { report, paragraphs } of reports) {
    const reportIndex = index.reports.length;
    let figures = 0;
    for (const p of paragraphs) {
      const paragraphIndex = index.paragraphs.length;
      const searchText = toSearchForm(p.text);
      const context = words(toSearchForm(p.headings.join(" "))).join(" ");
      const sentenceEnds: number[] = [];
      let offset = 0;
      p.sentences.forEach((sentence, si) => {
        offset += sentence.length;
        sentenceEnds.push(offset);
        const search = searchText.slice(offset - sentence.length, offset);
        figures += extractFigures(sentence).length;
        const grams = bigrams(search);
        for (const g of new Set([...grams, ...search.replace(/[^\p{Script=Han}]/gu, "")])) {
          index.gramFrequency.set(g, (index.gramFrequency.get(g) ?? 0) + 1);
        }
        const id = index.sentences.length;
        index.sentences.push([paragraphIndex, si]);
        docs.push({ id, words: words(search).join(" "), grams: grams.join(" "), context });
      });
      index.paragraphs.push({
        report: reportIndex,
        headings: p.headings,
        text: p.text,
        sentenceEnds,
        ...(searchText !== p.text.toLowerCase() ? { searchText } : {}),
      });
    }
    index.reports.push({ ...report, paragraphs: paragraphs.length, figures });
  }
  miniSearch.addAll(docs);
  const texts = index.paragraphs.map((p) => paragraphSearchText(p) + " " + p.headings.join(" ").toLowerCase());
  index.dictionary = corpusDictionary(texts, [...allSynonymTerms(), ...questionWords()]);
  return index;
}

/** The search form of a stored paragraph (filled in for every paragraph when the index loads). */
export function paragraphSearchText(p: StoredParagraph): string {
  return (p.searchText ??= p.text.toLowerCase());
}

export function sha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

interface IndexFile {
  version: number;
  builtAt: string;
  reports: IndexedReport[];
  paragraphs: StoredParagraph[];
  sentences: Array<[number, number]>;
  gramFrequency: Array<[string, number]>;
  manifest: ManifestEntry[];
  dictionary: string;
  miniSearch: unknown;
}

/** Write the index atomically: a temp file beside the target, fsync, then rename over it. */
export async function saveIndex(index: SearchIndex, path: string): Promise<void> {
  const file: IndexFile = {
    version: index.version,
    builtAt: index.builtAt,
    reports: index.reports,
    paragraphs: index.paragraphs,
    sentences: index.sentences,
    gramFrequency: [...index.gramFrequency],
    manifest: index.manifest,
    dictionary: index.dictionary,
    miniSearch: index.miniSearch.toJSON(),
  };
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await open(tmp, "w");
    try {
      await handle.writeFile(JSON.stringify(file));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

export async function loadIndex(path: string): Promise<SearchIndex> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (cause) {
    throw new IndexLoadError(path, "The index file cannot be read", { cause });
  }
  const index = parseIndex(raw, path);
  useDictionary(index.dictionary);
  return index;
}

export function parseIndex(raw: string, path: string): SearchIndex {
  let file: IndexFile;
  try {
    file = JSON.parse(raw) as IndexFile;
  } catch (cause) {
    throw new IndexLoadError(path, "The index file is not valid JSON (truncated or corrupt)", { cause });
  }
  if (!file || typeof file !== "object" || file.version !== INDEX_SCHEMA_VERSION) {
    throw new IndexLoadError(
      path,
      `The index file has schema version ${String(file?.version)}, this program reads version ${INDEX_SCHEMA_VERSION}`,
    );
  }
  if (!Array.isArray(file.reports) || !Array.isArray(file.paragraphs) || !Array.isArray(file.sentences)) {
    throw new IndexLoadError(path, "The index file lacks reports, paragraphs or sentences");
  }
  let miniSearch: MiniSearch<SentenceDocument>;
  try {
    miniSearch = MiniSearch.loadJS(file.miniSearch as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS);
  } catch (cause) {
    throw new IndexLoadError(path, "The index file's search index cannot be loaded", { cause });
  }
  return {
    version: file.version,
    builtAt: file.builtAt,
    reports: file.reports,
    paragraphs: file.paragraphs,
    sentences: file.sentences,
    gramFrequency: new Map(file.gramFrequency),
    manifest: file.manifest ?? [],
    dictionary: typeof file.dictionary === "string" ? file.dictionary : "",
    miniSearch,
  };
}
