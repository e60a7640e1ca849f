/**
 * A corpus with one bad file of each kind a reindex rejects, beside good reports in every format
 * and encoding (test/cli/reindex.test.ts; also handy by hand: see the README's reindex section).
 */
import { chmod, copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** One bad file of each kind the issue names, beside good reports in every format. */
export async function makeMixedCorpus(into: string): Promise<void> {
  await mkdir(join(into, "gwr"), { recursive: true });
  await mkdir(join(into, "seed"), { recursive: true });
  await mkdir(join(into, "uploads"), { recursive: true });
  // Good: the seed page and a work report in UTF-8, a work report in GBK, a Word and a PDF report.
  await copyFile(join(CORPUS, "seed/haidong-2020-education-self-assessment.txt"), join(into, "seed/haidong-2020-education-self-assessment.txt"));
  await copyFile(join(CORPUS, "gwr/gwr-2019.txt"), join(into, "gwr/gwr-2019.txt"));
  await copyFile(join(FIXTURES, "gwr-2018-gbk.txt"), join(into, "gwr/gwr-2018-gbk.txt"));
  await copyFile(join(FIXTURES, "formats/gwr-2019-excerpt.docx"), join(into, "gwr-2019-excerpt.docx"));
  await copyFile(join(FIXTURES, "formats/haidong-excerpt.pdf"), join(into, "haidong-excerpt.pdf"));
  // Bad, one of each kind; duplicates both ways: the same bytes, and the same text in another encoding.
  await copyFile(join(CORPUS, "gwr/gwr-2019.txt"), join(into, "uploads/gwr-2019.txt"));
  await copyFile(join(FIXTURES, "haidong-gb18030.txt"), join(into, "uploads/haidong-gb18030.txt"));
  await writeFile(join(into, "empty.txt"), "");
  await writeFile(join(into, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(join(into, "undecodable.txt"), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff, 0xfe, 0xff, 0x41, 0x80, 0x80]));
  await copyFile(join(FIXTURES, "formats/scanned.pdf"), join(into, "scanned.pdf"));
  await copyFile(join(FIXTURES, "formats/password-protected.pdf"), join(into, "password-protected.pdf"));
  await writeFile(join(into, "huge.txt"), Buffer.alloc(11 * 1024 * 1024, "全市高中阶段毛入学率达到95.62%。\n"));
  const docx = await readFile(join(FIXTURES, "formats/haidong-excerpt.docx"));
  await writeFile(join(into, "broken.docx"), docx.subarray(0, docx.length / 2));
  await copyFile(join(FIXTURES, "formats/word-97.doc"), join(into, "old-format.doc"));
  // Copies of the read-only reference corpus: writable, like files an admin drops in.
  for (const f of ["seed/haidong-2020-education-self-assessment.txt", "gwr/gwr-2019.txt", "uploads/gwr-2019.txt"]) await chmod(join(into, f), 0o644);
}
