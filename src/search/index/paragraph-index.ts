/**
 * The MiniSearch index over paragraphs, made and merged in MiniSearch's own serialized form
 * (`AsPlainObject`, what `toJSON` gives and `loadJS` takes).
 *
 * - buildParagraphIndex makes exactly what `new MiniSearch(MINISEARCH_OPTIONS).addAll(docs).toJSON()`
 *   makes (test/search/paragraph-index.test.ts holds it to that), several times faster: MiniSearch
 *   looks every token up in its radix tree, this only counts them in a Map.
 * - mergeParagraphIndexes keeps some documents of existing indexes under new ids and drops the
 *   rest: how an incremental reindex reuses the unchanged reports without segmenting them again.
 *   The result equals a fresh build of the same documents in the same order: same postings, same
 *   field lengths, same average field lengths to the last bit (they are replayed in id order).
 * - loadParagraphIndex is lazy: MiniSearch.loadJS turns every term's postings into Maps and a
 *   radix tree (about 0.13 s at 1×, the largest part of loading an index); here a term's postings
 *   are made when a search first asks for the term, and the tree only if something needs more
 *   than exact terms (prefix or fuzzy search, adding or removing documents, toJSON).
 */
import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";

export interface ParagraphDocument {
  id: number;
  /** jieba words of the paragraph, in search form, space-separated. */
  words: string;
}

// Section headings are not indexed: retrieve.ts counts them on the candidates' text. As a field
// they doubled the postings of their words (every paragraph of a section) and changed no answer.
const FIELDS = ["words"] as const;

/** One place for MiniSearch's options: loadJS must be given the same ones used to build. */
export const MINISEARCH_OPTIONS: Options<ParagraphDocument> = {
  idField: "id",
  // Partial words (入园率 in 毛入园率) are found by retrieve.ts, which adds the indexed words that
  // contain a question's word.
  fields: [...FIELDS],
  // Documents are pre-tokenised (space-separated, already in search form).
  tokenize: (text) => text.split(" "),
  processTerm: (term) => term || null,
  searchOptions: {
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
    combineWith: "OR",
  },
};

/** MiniSearch's serialized form; the only version this module writes and merges. */
export type SerializedParagraphIndex = AsPlainObject;
const SERIALIZATION_VERSION = 2;

/** term → field id → document short id → term frequency. */
type Postings = Map<string, Record<string, Record<number, number>>>;

/** A paragraph's length as MiniSearch counts it (BM25's field length): its distinct tokens. */
export function fieldLengthOf(words: string): number {
  return new Set(MINISEARCH_OPTIONS.tokenize!(words, FIELDS[0])).size;
}

/** MiniSearch's average field length: a running average, updated as each document is added in order. */
export function runningAverage(lengths: Iterable<number>): number {
  let average = 0;
  let n = 0;
  for (const length of lengths) {
    average = (average * n + length) / (n + 1);
    n++;
  }
  return average;
}

/** MiniSearch's BM25+ parameters (its defaults: k 1.2, b 0.7, d 0.5): a store that ranks like it uses them. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

export function buildParagraphIndex(docs: readonly ParagraphDocument[]): SerializedParagraphIndex {
  const tokenize = MINISEARCH_OPTIONS.tokenize!;
  const processTerm = MINISEARCH_OPTIONS.processTerm!;
  // term → per field, [short id, frequency, short id, frequency, …]: flat arrays are several
  // times faster to fill than the objects MiniSearch's form has, made once at the end.
  const lists = new Map<string, number[][]>();
  const fieldLength: Record<number, number[]> = {};
  docs.forEach((doc, shortId) => {
    const lengths: number[] = [];
    FIELDS.forEach((field, fieldId) => {
      // MiniSearch counts the distinct tokens, before processTerm drops any.
      let distinct = 0;
      let dropped: Set<unknown> | null = null;
      for (const token of tokenize(doc[field], field)) {
        const term = processTerm(token, field);
        if (typeof term !== "string" || term === "") {
          if (!(dropped ??= new Set()).has(token)) distinct++;
          dropped.add(token);
          continue;
        }
        let byField = lists.get(term);
        if (!byField) lists.set(term, (byField = FIELDS.map(() => [])));
        const list = byField[fieldId]!;
        if (list.length > 0 && list[list.length - 2] === shortId) list[list.length - 1]!++;
        else {
          list.push(shortId, 1);
          distinct++;
        }
      }
      lengths[fieldId] = distinct;
    });
    fieldLength[shortId] = lengths;
  });
  const postings: Postings = new Map();
  for (const [term, byField] of lists) {
    const fields: Record<string, Record<number, number>> = {};
    byField.forEach((list, fieldId) => {
      if (list.length === 0) return;
      const freqs: Record<number, number> = {};
      for (let i = 0; i < list.length; i += 2) freqs[list[i]!] = list[i + 1]!;
      fields[fieldId] = freqs;
    });
    postings.set(term, fields);
  }
  const documentIds: Record<number, number> = {};
  docs.forEach((doc, shortId) => (documentIds[shortId] = doc.id));
  return serialized(postings, documentIds, fieldLength, docs.length);
}

/** A part of a merge: an index, and the new id of each of its documents that is kept (by old id). */
export interface MergePart {
  index: SerializedParagraphIndex;
  keep: ReadonlyMap<number, number>;
}

/**
 * The kept documents of every part, under their new ids (which must be 0…n-1 across all parts,
 * each used once), as one index whose short ids are the new ids.
 */
export function mergeParagraphIndexes(parts: readonly MergePart[]): SerializedParagraphIndex {
  const postings: Postings = new Map();
  const fieldLength: Record<number, number[]> = {};
  const documentIds: Record<number, number> = {};
  let count = 0;
  for (const { index, keep } of parts) {
    if (index.serializationVersion !== SERIALIZATION_VERSION) {
      throw new Error(`MiniSearch serialization version ${index.serializationVersion} cannot be merged (expected ${SERIALIZATION_VERSION})`);
    }
    // Short id in this part → new id; short ids of dropped documents map to nothing.
    const newIdOf = new Map<number, number>();
    for (const [shortId, id] of Object.entries(index.documentIds)) {
      const newId = keep.get(id as number);
      if (newId === undefined) continue;
      newIdOf.set(Number(shortId), newId);
      documentIds[newId] = newId;
      fieldLength[newId] = (index.fieldLength as Record<string, number[]>)[shortId]!;
      count++;
    }
    if (newIdOf.size === 0) continue;
    for (const [term, byField] of index.index) {
      let merged = postings.get(term);
      for (const fieldId in byField) {
        const freqs = byField[fieldId]!;
        let into: Record<number, number> | undefined;
        for (const shortId in freqs) {
          const newId = newIdOf.get(Number(shortId));
          if (newId === undefined) continue;
          if (!merged) postings.set(term, (merged = {}));
          into ??= merged[fieldId] ??= {};
          into[newId] = freqs[shortId]!;
        }
      }
    }
  }
  return serialized(postings, documentIds, fieldLength, count);
}

function serialized(postings: Postings, documentIds: Record<number, number>, fieldLength: Record<number, number[]>, count: number): SerializedParagraphIndex {
  for (let n = 0; n < count; n++) {
    if (!fieldLength[n]) throw new Error(`paragraph index: document ids must be 0…${count - 1}; ${n} is missing`);
  }
  // MiniSearch keeps a running average, updated as each document is added: replayed in the same order.
  const averageFieldLength = FIELDS.map((_, fieldId) => runningAverage(Array.from({ length: count }, (_, n) => fieldLength[n]![fieldId]!)));
  return {
    documentCount: count,
    nextId: count,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((field, i) => [field, i])),
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: [...postings],
    serializationVersion: SERIALIZATION_VERSION,
  };
}

/**
 * The searchable index, its postings made as they are asked for (see LazyPostings): searches give
 * exactly what `MiniSearch.loadJS(data, MINISEARCH_OPTIONS)` gives (test/search/index/paragraph-index.test.ts).
 */
export function loadParagraphIndex(data: SerializedParagraphIndex): MiniSearch<ParagraphDocument> {
  const { index, ...meta } = data;
  return loadStoredParagraphIndex(meta, new Map(index));
}

/**
 * The same from MiniSearch's serialized form without its postings, and the postings by term, each
 * parsed or as its JSON text (index-file.ts's readIndexForSearch): a term's text is parsed when a
 * search first asks for the term.
 */
export function loadStoredParagraphIndex(
  meta: Omit<SerializedParagraphIndex, "index">,
  postings: ReadonlyMap<string, StoredPostings | string>,
): MiniSearch<ParagraphDocument> {
  const whole = () => MiniSearch.loadJS({ ...meta, index: [...postings].map(([term, p]) => [term, parsed(p)]) }, MINISEARCH_OPTIONS);
  if (meta.serializationVersion !== SERIALIZATION_VERSION) return whole();
  // Everything but the postings (document ids and field lengths: a few ms), then the postings, lazily.
  const miniSearch = MiniSearch.loadJS({ ...meta, index: [] }, MINISEARCH_OPTIONS);
  const internals = miniSearch as unknown as { _index?: { _tree?: unknown } };
  // MiniSearch keeps its terms in `_index`, a SearchableMap (its own copy of the class, so not
  // instanceof this one), and reads it only through its methods (7.2.0, pinned in package.json).
  // Should a version keep them otherwise, load the usual way.
  if (!(internals._index?._tree instanceof Map)) return whole();
  internals._index = new LazyPostings(postings);
  return miniSearch;
}

/** A term's postings as stored: field id → document short id → term frequency, as a JSON object. */
export type StoredPostings = SerializedParagraphIndex["index"][number][1];

function parsed(postings: StoredPostings | string): StoredPostings {
  return typeof postings === "string" ? (JSON.parse(postings) as StoredPostings) : postings;
}

/** A term's postings as MiniSearch holds them: field id → document short id → term frequency. */
type TermPostings = Map<number, Map<number, number>>;

/**
 * MiniSearch's term map, filled as terms are asked for. `get` and `has` (all an exact-term search
 * uses) read the stored postings and convert a term's on its first `get`, as loadJS would; any
 * other use fills the radix tree with every term first (in the stored order, as loadJS does, so
 * the tree and its iteration order are loadJS's), reusing the postings already made.
 */
class LazyPostings extends SearchableMap<TermPostings> {
  #stored: ReadonlyMap<string, StoredPostings | string> | null;
  #made: Map<string, TermPostings> | null = new Map();

  constructor(stored: ReadonlyMap<string, StoredPostings | string>) {
    super();
    this.#stored = stored;
  }

  override get(term: string): TermPostings | undefined {
    return this.#stored ? this.#postings(term) : super.get(term);
  }

  override has(term: string): boolean {
    return this.#stored ? this.#stored.has(term) : super.has(term);
  }

  /** loadJS's conversion of one term: `objectToNumericMap` per field, keys in Object.keys order. */
  #postings(term: string): TermPostings | undefined {
    let postings = this.#made!.get(term);
    if (postings) return postings;
    const text = this.#stored!.get(term);
    if (text === undefined) return undefined;
    const stored = parsed(text);
    postings = new Map();
    for (const fieldId of Object.keys(stored)) {
      const byDocument = new Map<number, number>();
      const frequencies = stored[fieldId]!;
      for (const shortId of Object.keys(frequencies)) byDocument.set(parseInt(shortId, 10), frequencies[shortId]!);
      postings.set(parseInt(fieldId, 10), byDocument);
    }
    this.#made!.set(term, postings);
    return postings;
  }

  /** Every term into the radix tree; from then on this is a plain SearchableMap. */
  #fill(): void {
    const stored = this.#stored;
    if (!stored) return;
    for (const term of stored.keys()) super.set(term, this.#postings(term)!);
    this.#stored = null;
    this.#made = null;
  }

  override atPrefix(prefix: string): SearchableMap<TermPostings> {
    this.#fill();
    return super.atPrefix(prefix);
  }
  override clear(): void {
    this.#fill();
    super.clear();
  }
  override delete(term: string): void {
    this.#fill();
    super.delete(term);
  }
  override entries(): ReturnType<SearchableMap<TermPostings>["entries"]> {
    this.#fill();
    return super.entries();
  }
  override forEach(fn: (term: string, value: TermPostings, map: SearchableMap<TermPostings>) => void): void {
    this.#fill();
    super.forEach(fn);
  }
  override fuzzyGet(term: string, maxEditDistance: number): ReturnType<SearchableMap<TermPostings>["fuzzyGet"]> {
    this.#fill();
    return super.fuzzyGet(term, maxEditDistance);
  }
  override keys(): ReturnType<SearchableMap<TermPostings>["keys"]> {
    this.#fill();
    return super.keys();
  }
  override set(term: string, value: TermPostings): SearchableMap<TermPostings> {
    this.#fill();
    return super.set(term, value);
  }
  override get size(): number {
    this.#fill();
    return super.size;
  }
  override update(term: string, fn: (value: TermPostings | undefined) => TermPostings): SearchableMap<TermPostings> {
    this.#fill();
    return super.update(term, fn);
  }
  override fetch(term: string, initial: () => TermPostings): TermPostings {
    this.#fill();
    return super.fetch(term, initial);
  }
  override values(): ReturnType<SearchableMap<TermPostings>["values"]> {
    this.#fill();
    return super.values();
  }
  override [Symbol.iterator](): ReturnType<SearchableMap<TermPostings>["entries"]> {
    this.#fill();
    return super[Symbol.iterator]();
  }
}

/** Per index, arrays by document reused from query to query (left zeroed after each). */
const scratch = new WeakMap<object, { scores: Float64Array; matched: Uint16Array; seen: Uint8Array }>();

/** What `rankParagraphs` reads of a MiniSearch instance (7.2.0's fields, pinned in package.json). */
interface RankingInternals {
  _index: { get(term: string): TermPostings | undefined };
  _documentIds: Map<number, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  /** One more than the largest short id ever given. */
  _nextId: number;
}

/**
 * The documents holding any of the query's terms, best first, with their scores: exactly what
 * `miniSearch.search(query.join(" "), { boostTerm, filter })` returns for this index's options
 * (OR, exact terms, one field), ids and scores alike (test/search/paragraph-index.test.ts holds it
 * to that on every question set). MiniSearch builds a result object, a term list and a match
 * record per document and term; this keeps a score and a count per document, which makes a
 * question's ranking about three times faster, the slowest part of an answer.
 *
 * The arithmetic is MiniSearch's, step for step: per term in query order, BM25+ times the term's
 * boost, added to the document's score; the score times the number of distinct terms matched;
 * sorted by score (stable: ties keep the order documents were first met, term by term, each
 * term's documents in id order).
 */
export function rankParagraphs(
  miniSearch: MiniSearch<ParagraphDocument>,
  query: readonly string[],
  boostTerm: (term: string) => number,
  filter?: (id: number) => boolean,
): Array<{ id: number; score: number }> {
  const ms = miniSearch as unknown as RankingInternals;
  const { k, b, d } = BM25;
  const fieldId = 0;
  const average = ms._avgFieldLength[fieldId]!;
  // Per document (by short id): its score and the distinct terms it matched; `met` in the order
  // documents were first met (MiniSearch's result Map order, which its stable sort keeps for ties).
  const size = ms._nextId;
  let space = scratch.get(ms);
  if (!space || space.scores.length < size)
    scratch.set(ms, (space = { scores: new Float64Array(size), matched: new Uint16Array(size), seen: new Uint8Array(size) }));
  const { scores, matched, seen } = space;
  const met: number[] = [];
  const out: Array<{ id: number; score: number }> = [];
  try {
    query.forEach((term, position) => {
      // A term asked twice adds its score twice but counts once (MiniSearch's assignUniqueTerms).
      const counts = query.indexOf(term) === position ? 1 : 0;
      const postings = term ? ms._index.get(term)?.get(fieldId) : undefined;
      if (!postings) return;
      const boost = boostTerm(term);
      const idf = Math.log(1 + (ms._documentCount - postings.size + 0.5) / (postings.size + 0.5));
      for (const [shortId, tf] of postings) {
        // (A discarded document: none in an index built or merged here, where MiniSearch would also
        // lower the term's document count for the documents after it.)
        if (!ms._documentIds.has(shortId)) continue;
        const length = ms._fieldLength.get(shortId)![fieldId]!;
        const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / average)));
        // As MiniSearch weighs it: term weight × term boost × field boost × document boost × BM25+.
        const weighted = 1 * boost * 1 * 1 * raw;
        if (seen[shortId] === 0) {
          seen[shortId] = 1;
          met.push(shortId);
          scores[shortId] = weighted;
        } else scores[shortId] = scores[shortId]! + weighted;
        matched[shortId]! += counts;
      }
    });
    for (const shortId of met) {
      const id = ms._documentIds.get(shortId)!;
      if (!filter || filter(id)) out.push({ id, score: scores[shortId]! * (matched[shortId]! || 1) });
    }
  } finally {
    // Left clean for the next query, whatever happened.
    for (const shortId of met) {
      scores[shortId] = 0;
      matched[shortId] = 0;
      seen[shortId] = 0;
    }
  }
  return out.sort((x, y) => y.score - x.score);
}
