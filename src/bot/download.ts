/** Fetching a file an admin sent: from the Bot API's file endpoint, or from disk with a local Bot API server. */
import { readFile } from "node:fs/promises";
import { isAbsolute } from "node:path";

/** file_path from getFile → the file's bytes. */
export type FileDownloader = (filePath: string) => Promise<Uint8Array>;

/** Bots may download files up to this size from the cloud Bot API. */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;
const TIMEOUT_MS = 120_000;

export function telegramDownloader(token: string, apiRoot: string): FileDownloader {
  return async (filePath) => {
    // A local Bot API server (--local) answers getFile with the file's absolute path on its disk.
    if (isAbsolute(filePath)) return readFile(filePath);
    const response = await fetch(`${apiRoot}/file/bot${token}/${filePath}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`download failed: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
