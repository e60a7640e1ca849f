import type MiniSearch from "minisearch";
import type { IngestedReport } from "../ingest/types.ts";
import {
  INDEX_SCHEMA_VERSION,
  IndexLoadError,
  parseIndexData,
  readIndexData,
  sha1,
  writeIndexFile,
  type CachedRejection,
  type IndexData,
  type IndexHeader,
  type ManifestEntry,
} from "./index-file.ts";
import { questionWords } from "./query.ts";
import { countGrams, paragraphSearchText, prepareReport, type IndexedReport, type PreparedReport, type StoredParagraph } from "./report-sentences.ts";
import { corpusDictionary, useDictionary } from "./segment.ts";
import { buildSentenceIndex, loadSentenceIndex, loadSentenceIndexAsync, type SentenceDocument } from "./sentence-index.ts";
import { allSynonymTerms } from "./synonyms.ts";

export { paragraphSearchText, type IndexedReport, type StoredParagraph } from "./report-sentences.ts";
export {
  INDEX_SCHEMA_VERSION,
  IndexLoadError,
  parseIndexData,
  readIndexData,
  readIndexHeader,
  sha1,
  writeIndexFile,
  type CachedRejection,
  type IndexBody,
  type IndexData,
  type IndexHeader,
  type ManifestEntry,
} from "./index-file.ts";

/**
 * The index: reports, their paragraphs (text as printed, sentence boundaries, section path), a
 * MiniSearch index over sentences, the document frequency of character bigrams (the weight of a
 * question word), and the part of jieba's dictionary the corpus uses (segment.ts: a process that
 * loads the index before segmenting anything segments with it, 0.07 s instead of 0.7 s). Built
 * here from ingested reports; stored by index-file.ts; built incrementally by build.ts.
 */

/** The index as searched. */
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
  /** Fingerprint of the code that built it ("" for an index built in memory). */
  builder?: string;
}

/** Of a report's paragraph text, for ManifestEntry.textSha1. */
export function textSha1(report: IngestedReport): string {
  return sha1(report.paragraphs.map((p) => p.text).join("\n"));
}

/** Words a question process must segment as the index did, beyond the corpus' own: synonyms and asking words. */
function dictionaryExtraWords(): string[] {
  return [...allSynonymTerms(), ...questionWords()];
}

/** Identifies the extra words: when they change, the next reindex makes a new dictionary (and nothing else). */
export function dictionaryInputsKey(): string {
  return sha1([...new Set(dictionaryExtraWords())].sort().join("\n")).slice(0, 16);
}

/** The part of jieba's dictionary that the paragraphs (text and headings) and the extra words use. */
export function dictionaryFor(paragraphs: readonly StoredParagraph[]): string {
  const texts = paragraphs.map((p) => `${paragraphSearchText(p)} ${p.headings.join(" ").toLowerCase()}`);
  return corpusDictionary(texts, dictionaryExtraWords());
}

/** A whole index from ingested reports, in memory (tests, and the full build of build.ts). */
export function buildIndex(reports: IngestedReport[], manifest: ManifestEntry[], builder = ""): SearchIndex {
  return toSearchIndex(assembleIndex(reports.map(prepareReport), manifest, [], builder));
}

/** Prepared reports, in their index order → the stored index. */
export function assembleIndex(
  prepared: readonly PreparedReport[],
  manifest: ManifestEntry[],
  rejected: CachedRejection[],
  builder: string,
): IndexData {
  const reports: IndexedReport[] = [];
  const paragraphs: StoredParagraph[] = [];
  const sentences: Array<[number, number]> = [];
  const docs: SentenceDocument[] = [];
  for (const p of prepared) {
    const reportIndex = reports.length;
    reports.push(p.report);
    let doc = 0;
    for (const paragraph of p.paragraphs) {
      const paragraphIndex = paragraphs.length;
      paragraphs.push({ ...paragraph, report: reportIndex });
      paragraph.sentenceEnds.forEach((_, si) => {
        sentences.push([paragraphIndex, si]);
        docs.push({ id: docs.length, ...p.docs[doc++]! });
      });
    }
  }
  return {
    header: makeHeader(reports, paragraphs, sentences, manifest, rejected, builder),
    body: {
      reports,
      paragraphs,
      sentences,
      gramFrequency: [...countGrams(paragraphs)],
      dictionary: reports.length > 0 ? dictionaryFor(paragraphs) : "",
      miniSearch: buildSentenceIndex(docs),
    },
  };
}

export function makeHeader(
  reports: IndexedReport[],
  paragraphs: StoredParagraph[],
  sentences: Array<[number, number]>,
  manifest: ManifestEntry[],
  rejected: CachedRejection[],
  builder: string,
): IndexHeader {
  return {
    version: INDEX_SCHEMA_VERSION,
    builtAt: new Date().toISOString(),
    builder,
    dictionaryInputs: dictionaryInputsKey(),
    reports: reports.length,
    paragraphs: paragraphs.length,
    sentences: sentences.length,
    manifest,
    rejected,
  };
}

/** Stored data → the searchable index. */
export function toSearchIndex(data: IndexData, miniSearch = loadSentenceIndex(data.body.miniSearch)): SearchIndex {
  const { header, body } = data;
  return {
    version: header.version,
    builtAt: header.builtAt,
    reports: body.reports,
    paragraphs: body.paragraphs,
    sentences: body.sentences,
    gramFrequency: new Map(body.gramFrequency),
    manifest: header.manifest,
    dictionary: typeof body.dictionary === "string" ? body.dictionary : "",
    miniSearch,
    builder: header.builder,
  };
}

/** The searchable index → stored data (the MiniSearch part serialized again). */
export function toIndexData(index: SearchIndex): IndexData {
  return {
    header: makeHeader(index.reports, index.paragraphs, index.sentences, index.manifest, [], index.builder ?? ""),
    body: {
      reports: index.reports,
      paragraphs: index.paragraphs,
      sentences: index.sentences,
      gramFrequency: [...index.gramFrequency],
      dictionary: index.dictionary,
      miniSearch: index.miniSearch.toJSON(),
    },
  };
}

/** Write the index atomically. */
export async function saveIndex(index: SearchIndex, path: string): Promise<number> {
  const data = toIndexData(index);
  return writeIndexFile({ ...data, header: { ...data.header, builtAt: index.builtAt } }, path);
}

export interface LoadOptions {
  /** Load the search part in batches, letting the event loop run (the bot answers meanwhile). */
  yielding?: boolean;
}

/**
 * Reads, checks and loads an index file. The first index a process loads before segmenting
 * anything gives jieba its dictionary (see segment.ts).
 */
export async function loadIndex(path: string, options: LoadOptions = {}): Promise<SearchIndex> {
  const data = await readIndexData(path);
  let index: SearchIndex;
  try {
    const miniSearch = options.yielding ? await loadSentenceIndexAsync(data.body.miniSearch) : loadSentenceIndex(data.body.miniSearch);
    index = toSearchIndex(data, miniSearch);
  } catch (cause) {
    throw new IndexLoadError(path, "The index file's search index cannot be loaded", { cause });
  }
  useDictionary(index.dictionary);
  return index;
}

/** The searchable index from a file's text (tests). */
export function parseIndex(raw: string, path: string): SearchIndex {
  const data = parseIndexData(raw, path);
  try {
    return toSearchIndex(data);
  } catch (cause) {
    throw new IndexLoadError(path, "The index file's search index cannot be loaded", { cause });
  }
}
