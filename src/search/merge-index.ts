/**
 * The new index in file order: the reports kept from the previous index (their stored paragraphs
 * and search postings, renumbered; nothing of them is read or segmented again) and the prepared
 * new ones. Bigram counts and the corpus dictionary are made again from all the stored text.
 */
import { dictionaryFor, makeHeader, type CachedRejection, type IndexData, type ManifestEntry } from "./search-index.ts";
import { countGrams, type IndexedReport, type PreparedReport, type StoredParagraph } from "./report-sentences.ts";
import { buildSentenceIndex, mergeSentenceIndexes, type MergePart, type SentenceDocument } from "./sentence-index.ts";

/** @param files every report of the new index, in order: each is in `prepared` or in `previous`. */
export function mergeIndex(
  files: readonly string[],
  prepared: ReadonlyMap<string, PreparedReport>,
  previous: IndexData | null,
  manifest: ManifestEntry[],
  rejectionCache: CachedRejection[],
  builder: string,
): IndexData {
  const old = previous?.body;
  const oldReportIndex = new Map((old?.reports ?? []).map((r, i) => [r.file, i]));
  // Old paragraphs of each old report, and each old paragraph's first sentence id.
  const oldParagraphs: number[][] = (old?.reports ?? []).map(() => []);
  old?.paragraphs.forEach((p, i) => oldParagraphs[p.report]?.push(i));
  const firstSentence: number[] = [];
  old?.sentences.forEach(([p, si], id) => {
    if (si === 0) firstSentence[p] = id;
  });

  const reports: IndexedReport[] = [];
  const paragraphs: StoredParagraph[] = [];
  const sentences: Array<[number, number]> = [];
  const keep = new Map<number, number>();
  const newDocs: SentenceDocument[] = [];
  for (const file of files) {
    const reportIndex = reports.length;
    const fresh = prepared.get(file);
    if (fresh) {
      reports.push(fresh.report);
      let doc = 0;
      for (const p of fresh.paragraphs) {
        const paragraphIndex = paragraphs.length;
        paragraphs.push({ ...p, report: reportIndex });
        p.sentenceEnds.forEach((_, si) => {
          newDocs.push({ id: sentences.length, ...fresh.docs[doc++]! });
          sentences.push([paragraphIndex, si]);
        });
      }
      continue;
    }
    const oldIndex = oldReportIndex.get(file);
    if (oldIndex === undefined || !old) throw new Error(`${file} is in the manifest but not in the index body: run npm run reindex -- --full`);
    reports.push(old.reports[oldIndex]!);
    for (const op of oldParagraphs[oldIndex]!) {
      const p = old.paragraphs[op]!;
      const paragraphIndex = paragraphs.length;
      paragraphs.push({ ...p, report: reportIndex });
      p.sentenceEnds.forEach((_, si) => {
        keep.set(firstSentence[op]! + si, sentences.length);
        sentences.push([paragraphIndex, si]);
      });
    }
  }

  const parts: MergePart[] = [];
  if (old && keep.size > 0) parts.push({ index: old.miniSearch, keep });
  const miniSearch =
    parts.length === 0
      ? buildSentenceIndex(newDocs)
      : mergeSentenceIndexes([...parts, { index: buildSentenceIndex(newDocs), keep: new Map(newDocs.map((d) => [d.id, d.id])) }]);
  return {
    header: makeHeader(reports, paragraphs, sentences, manifest, rejectionCache, builder),
    body: { reports, paragraphs, sentences, gramFrequency: [...countGrams(paragraphs)], dictionary: dictionaryFor(paragraphs), miniSearch },
  };
}
