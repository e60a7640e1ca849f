/**
 * The new index in file order: the reports kept from the previous index (their stored paragraphs
 * and search postings, renumbered; nothing of them is read or segmented again) and the prepared
 * new ones. Bigram counts and the corpus dictionary are made again from all the stored text.
 */
import { dictionaryFor, makeHeader, type CachedRejection, type IndexData, type ManifestEntry } from "./search-index.ts";
import { countGrams, type IndexedReport, type PreparedReport, type StoredParagraph } from "./report-paragraphs.ts";
import { buildParagraphIndex, mergeParagraphIndexes, type MergePart, type ParagraphDocument } from "./paragraph-index.ts";

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
  // Old paragraphs (their indexes, which are their search document ids) of each old report.
  const oldParagraphs: number[][] = (old?.reports ?? []).map(() => []);
  old?.paragraphs.forEach((p, i) => oldParagraphs[p.report]?.push(i));

  const reports: IndexedReport[] = [];
  const paragraphs: StoredParagraph[] = [];
  const keep = new Map<number, number>();
  const newDocs: ParagraphDocument[] = [];
  for (const file of files) {
    const reportIndex = reports.length;
    const fresh = prepared.get(file);
    if (fresh) {
      reports.push(fresh.report);
      fresh.paragraphs.forEach((p, i) => {
        newDocs.push({ id: paragraphs.length, ...fresh.docs[i]! });
        paragraphs.push({ ...p, report: reportIndex });
      });
      continue;
    }
    const oldIndex = oldReportIndex.get(file);
    if (oldIndex === undefined || !old) throw new Error(`${file} is in the manifest but not in the index body: run npm run reindex -- --full`);
    reports.push(old.reports[oldIndex]!);
    for (const op of oldParagraphs[oldIndex]!) {
      keep.set(op, paragraphs.length);
      paragraphs.push({ ...old.paragraphs[op]!, report: reportIndex });
    }
  }

  const parts: MergePart[] = [];
  if (old && keep.size > 0) parts.push({ index: old.miniSearch, keep });
  const miniSearch =
    parts.length === 0
      ? buildParagraphIndex(newDocs)
      : mergeParagraphIndexes([...parts, { index: buildParagraphIndex(newDocs), keep: new Map(newDocs.map((d) => [d.id, d.id])) }]);
  return {
    header: makeHeader(reports, paragraphs, manifest, rejectionCache, builder),
    body: { reports, paragraphs, gramFrequency: [...countGrams(paragraphs)], dictionary: dictionaryFor(miniSearch), miniSearch },
  };
}
