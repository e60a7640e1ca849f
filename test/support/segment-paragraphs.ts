/**
 * Prints jieba's words of every paragraph of an index, one line each: with jieba's full dictionary,
 * or (`--index-dictionary`) with the dictionary the index carries, as a process that only answers
 * questions segments. Run as a process of its own: jieba's dictionary is one per process.
 *
 *   node --import tsx test/support/segment-paragraphs.ts INDEX [--index-dictionary]
 */
import { readIndexData } from "../../src/search/index/index-file.ts";
import { paragraphSearchText } from "../../src/search/index/report-paragraphs.ts";
import { loadIndex } from "../../src/search/index/search-index.ts";
import { words } from "../../src/zh/segment.ts";

const [path, mode] = process.argv.slice(2);
if (!path) throw new Error("usage: segment-paragraphs.ts INDEX [--index-dictionary]");
const { body } = await readIndexData(path);
if (mode === "--index-dictionary") await loadIndex(path);
process.stdout.write(body.paragraphs.map((p) => words(paragraphSearchText(p)).join(" ")).join("\n") + "\n");
