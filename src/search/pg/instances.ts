/**
 * Where each passage stands in a corpus version: its paragraphs (the reports that print it, and
 * where), in corpus order. A passage is a distinct paragraph text (with, for a table row, its
 * columns): a report and its copies, or a passage quoted by many reports, are stored and searched
 * once, and ranking expands each passage found to its paragraphs from this index, in memory.
 *
 * Written by the reindex with each version (corpus_state.instances: typed arrays in one buffer,
 * about 16 bytes a paragraph) and read whole by a reader with that version.
 */

export interface InstanceIndex {
  /** Where a passage's paragraphs are in the arrays below, [from, to), in corpus order; null for one this version does not hold. */
  range(passageId: number): [number, number] | null;
  readonly paragraphIds: Float64Array;
  readonly reports: Uint32Array;
  /** The first paragraph of a passage, for ordering passages as MiniSearch orders paragraphs; null when absent. */
  first(passageId: number): { report: number; position: number } | null;
  readonly paragraphs: number;
}

export interface Instance {
  passage: number;
  paragraph: number;
  /** The report's id in the version (0…n−1, corpus order). */
  report: number;
  position: number;
}

/** Instances in corpus order → the stored form (passages ascending, each one's instances in corpus order). */
export function encodeInstances(instances: readonly Instance[]): Buffer {
  const byPassage = [...instances.entries()].sort(([ia, a], [ib, b]) => a.passage - b.passage || ia - ib).map(([, x]) => x);
  const passages: number[] = [];
  const starts: number[] = [];
  byPassage.forEach((x, i) => {
    if (passages.at(-1) !== x.passage) {
      passages.push(x.passage);
      starts.push(i);
    }
  });
  starts.push(byPassage.length);
  const p = passages.length;
  const n = byPassage.length;
  // Float64 first (8-byte aligned), then the 32-bit arrays.
  const buffer = Buffer.alloc(8 + 8 * p + 8 * n + 4 * (p + 1) + 4 * n + 4 * n);
  buffer.writeUInt32LE(p, 0);
  buffer.writeUInt32LE(n, 4);
  const view = arraysOf(buffer, p, n);
  view.passageIds.set(passages);
  view.paragraphIds.set(byPassage.map((x) => x.paragraph));
  view.starts.set(starts);
  view.reports.set(byPassage.map((x) => x.report));
  view.positions.set(byPassage.map((x) => x.position));
  return buffer;
}

function arraysOf(buffer: Buffer, p: number, n: number) {
  // A Buffer from the pg driver may sit at any offset of its ArrayBuffer: copy it to an aligned one.
  const bytes = buffer.byteOffset % 8 === 0 ? buffer : Buffer.from(buffer);
  const base = bytes.byteOffset + 8;
  const ab = bytes.buffer;
  return {
    passageIds: new Float64Array(ab, base, p),
    paragraphIds: new Float64Array(ab, base + 8 * p, n),
    starts: new Uint32Array(ab, base + 8 * p + 8 * n, p + 1),
    reports: new Uint32Array(ab, base + 8 * p + 8 * n + 4 * (p + 1), n),
    positions: new Uint32Array(ab, base + 8 * p + 8 * n + 4 * (p + 1) + 4 * n, n),
  };
}

export function decodeInstances(stored: Buffer): InstanceIndex {
  const p = stored.readUInt32LE(0);
  const n = stored.readUInt32LE(4);
  const { passageIds, paragraphIds, starts, reports, positions } = arraysOf(stored, p, n);
  const find = (passageId: number): number => {
    let lo = 0;
    let hi = p - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const id = passageIds[mid]!;
      if (id === passageId) return mid;
      if (id < passageId) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return {
    paragraphs: n,
    paragraphIds,
    reports,
    range(passageId) {
      const at = find(passageId);
      return at < 0 ? null : [starts[at]!, starts[at + 1]!];
    },
    first(passageId) {
      const at = find(passageId);
      if (at < 0) return null;
      const i = starts[at]!;
      return { report: reports[i]!, position: positions[i]! };
    },
  };
}
