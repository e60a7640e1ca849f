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
 */
import MiniSearch, { type AsPlainObject, type Options } from "minisearch";

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
  // MiniSearch keeps a running average, updated as each document is added: replayed in the same order.
  const averageFieldLength: number[] = FIELDS.map(() => 0);
  for (let n = 0; n < count; n++) {
    const lengths = fieldLength[n];
    if (!lengths) throw new Error(`paragraph index: document ids must be 0…${count - 1}; ${n} is missing`);
    FIELDS.forEach((_, fieldId) => {
      averageFieldLength[fieldId] = (averageFieldLength[fieldId]! * n + lengths[fieldId]!) / (n + 1);
    });
  }
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

export function loadParagraphIndex(data: SerializedParagraphIndex): MiniSearch<ParagraphDocument> {
  return MiniSearch.loadJS(data, MINISEARCH_OPTIONS);
}

/** The same, in batches that let the event loop run between them (the bot keeps answering meanwhile). */
export function loadParagraphIndexAsync(data: SerializedParagraphIndex): Promise<MiniSearch<ParagraphDocument>> {
  return MiniSearch.loadJSAsync(data, MINISEARCH_OPTIONS);
}
