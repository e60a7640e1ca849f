/**
 * When a file's size and modification time may stand for its bytes (git's rule for an unchanged
 * work tree): only for a time well before the moment they were recorded. A file written within
 * RACY_MS of that moment may have been written again in the same tick of a coarse file-system
 * clock (FAT: 2 s) after it was read, and its time proves nothing.
 */
const RACY_MS = 2_000;

/** Whether a file time is well before the moment (ms since the epoch) it was recorded at. */
export function settledBefore(mtimeMs: number, recordedAt: number): boolean {
  return mtimeMs < recordedAt - RACY_MS;
}
