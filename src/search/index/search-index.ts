import type MiniSearch from "minisearch";
import type { IngestedReport } from "../../ingest/types.ts";
import {
  INDEX_SCHEMA_VERSION,
  IndexLoadError,
  readIndexForSearch,
  sha1,
  writeIndexFile,
  type CachedRejection,
  type IndexBody,
  type IndexData,
  type IndexHeader,
  type ManifestEntry,
} from "./index-file.ts";
import { questionWords } from "../../question/understand.ts";
import { buildParagraphIndex, loadParagraphIndex, loadStoredParagraphIndex, type ParagraphDocument, type SerializedParagraphIndex } from "./paragraph-index.ts";
import { countGrams, prepareReport, type IndexedReport, type PreparedReport, type StoredParagraph } from "./report-paragraphs.ts";
import { corpusDictionary, preloadDictionary, useDictionary } from "../../zh/segment.ts";
import { allSynonymTerms } from "../../zh/synonyms.ts";
import type { GramCounts } from "./gram-counts.ts";

export { paragraphSearchText, type IndexedReport, type StoredParagraph } from "./report-paragraphs.ts";
export {
  INDEX_SCHEMA_VERSION,
  IndexLoadError,
  readIndexData,
  readIndexForSearch,
  readIndexHeader,
  sha1,
  writeIndexFile,
  type CachedRejection,
  type IndexBody,
  type IndexData,
  type IndexHeader,
  type ManifestEntry,
  type SearchBody,
  type SearchData,
} from "./index-file.ts";

/**
 * The index: reports, their paragraphs (text as printed, sentence boundaries, section path), a
 * MiniSearch index over paragraphs, the words it holds, the sentence frequency of character bigrams (the weight of a
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
  sentenceCount: number;
  /** Number of sentences containing each bigram (and each single character). */
  gramFrequency: GramCounts;
  manifest: ManifestEntry[];
  /** The part of jieba's dictionary this corpus uses (see segment.ts). */
  dictionary: string;
  /** Document ids are paragraph indexes. */
  miniSearch: MiniSearch<ParagraphDocument>;
  /** Every term of miniSearch (words and section words): retrieve.ts finds the ones containing a question's word. */
  vocabulary: string[];
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

/** The part of jieba's dictionary that the index's words (of text and headings) and the extra words use. */
export function dictionaryFor(miniSearch: SerializedParagraphIndex): string {
  return dictionaryOfWords(miniSearch.index.map(([term]) => term));
}

/** The part of jieba's dictionary these indexed words and the extra words use. */
export function dictionaryOfWords(words: Iterable<string>): string {
  return corpusDictionary([...words, ...dictionaryExtraWords()]);
}

/** A whole index from ingested reports, in memory (tests, and the full build of build.ts). */
export function buildIndex(reports: IngestedReport[], manifest: ManifestEntry[], builder = ""): SearchIndex {
  return toSearchIndex(assembleIndex(reports.map(prepareReport), manifest, [], builder));
}

/** Prepared reports, in their index order → the stored index. */
export function assembleIndex(prepared: readonly PreparedReport[], manifest: ManifestEntry[], rejected: CachedRejection[], builder: string): IndexData {
  const reports: IndexedReport[] = [];
  const paragraphs: StoredParagraph[] = [];
  const docs: ParagraphDocument[] = [];
  for (const p of prepared) {
    const reportIndex = reports.length;
    reports.push(p.report);
    p.paragraphs.forEach((paragraph, i) => {
      docs.push({ id: paragraphs.length, ...p.docs[i]! });
      paragraphs.push({ ...paragraph, report: reportIndex });
    });
  }
  const miniSearch = buildParagraphIndex(docs);
  return {
    header: makeHeader(reports, paragraphs, manifest, rejected, builder),
    body: {
      reports,
      paragraphs,
      gramFrequency: [...countGrams(paragraphs)],
      dictionary: reports.length > 0 ? dictionaryFor(miniSearch) : "",
      miniSearch,
    },
  };
}

/** An empty index's data (nothing usable in a corpus). */
export function emptyIndexData(): IndexData {
  return {
    header: makeHeader([], [], [], [], ""),
    body: { reports: [], paragraphs: [], gramFrequency: [], dictionary: "", miniSearch: buildParagraphIndex([]) },
  };
}

export function countSentences(paragraphs: readonly StoredParagraph[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.sentenceEnds.length;
  return n;
}

export function makeHeader(
  reports: IndexedReport[],
  paragraphs: StoredParagraph[],
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
    sentences: countSentences(paragraphs),
    manifest,
    rejected,
  };
}

/** Stored data → the searchable index. */
export function toSearchIndex(data: IndexData, miniSearch = loadParagraphIndex(data.body.miniSearch)): SearchIndex {
  const { body } = data;
  return searchIndexOf(
    data.header,
    body,
    new Map(body.gramFrequency),
    miniSearch,
    body.miniSearch.index.map(([term]) => term),
  );
}

function searchIndexOf(
  header: IndexHeader,
  body: Omit<IndexBody, "miniSearch" | "gramFrequency">,
  gramFrequency: GramCounts,
  miniSearch: MiniSearch<ParagraphDocument>,
  vocabulary: string[],
): SearchIndex {
  return {
    version: header.version,
    builtAt: header.builtAt,
    reports: body.reports,
    paragraphs: body.paragraphs,
    sentenceCount: countSentences(body.paragraphs),
    gramFrequency,
    manifest: header.manifest,
    dictionary: typeof body.dictionary === "string" ? body.dictionary : "",
    miniSearch,
    vocabulary,
    builder: header.builder,
  };
}

/** The searchable index → stored data (the MiniSearch part serialized again). */
export function toIndexData(index: SearchIndex): IndexData {
  return {
    header: makeHeader(index.reports, index.paragraphs, index.manifest, [], index.builder ?? ""),
    body: {
      reports: index.reports,
      paragraphs: index.paragraphs,
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
  /** Read and load in batches, letting the event loop run (the bot answers meanwhile). */
  yielding?: boolean;
}

/**
 * Reads, checks and loads an index file. The first index a process loads before segmenting
 * anything gives jieba its dictionary (see segment.ts).
 *
 * What a first answer does not need is not made: the search postings of a term are parsed, and
 * made into MiniSearch's Maps, when a search first asks for the term (index-file.ts's
 * readIndexForSearch, paragraph-index.ts's loadStoredParagraphIndex). Loading the 1× index takes
 * about 0.1 s of which gunzip and parsing the paragraphs and bigram counts are most; MiniSearch's
 * own loadJS of every term took 0.13 s more.
 */
export async function loadIndex(path: string, options: LoadOptions = {}): Promise<SearchIndex> {
  // A load in the background (yielding) does not block on jieba.
  const index = await openIndex(path, { ...options, whileInflating: options.yielding ? undefined : preloadSegmenter });
  useDictionary(index.dictionary);
  return index;
}

/**
 * Loads jieba with the index's dictionary (named in its header) when an earlier start left its file
 * (segment.ts's preloadDictionary): given as `whileInflating`, while zlib inflates the body.
 */
export function preloadSegmenter(header: IndexHeader): void {
  if (header.dictionaryKey) preloadDictionary(header.dictionaryKey);
}

/**
 * loadIndex without giving jieba the index's dictionary: for a process that may still segment
 * reports (ensure-index.ts reads the index while the corpus is checked) and calls
 * `useDictionary(index.dictionary)` itself once it keeps the index. `whileInflating` runs while
 * zlib inflates the body (ensureIndex preloads jieba then; a reindex goes back to the full
 * dictionary for what it segments).
 */
export async function openIndex(path: string, options: LoadOptions & { whileInflating?: (header: IndexHeader) => void } = {}): Promise<SearchIndex> {
  const { header, body } = await readIndexForSearch(path, options);
  try {
    return searchIndexOf(header, body, body.gramFrequency, loadStoredParagraphIndex(body.miniSearch, body.postings), [...body.postings.keys()]);
  } catch (cause) {
    throw new IndexLoadError(path, "The index file's search index cannot be loaded", { cause });
  }
}
