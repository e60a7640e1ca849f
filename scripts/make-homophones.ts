/**
 * Remakes src/zh/data/homophones.txt: the characters of GB 2312 (the 6,763 of everyday simplified
 * Chinese) grouped by their toneless pinyin readings, from the npm package pinyin-pro (MIT). A
 * question's typo of a homophone (增涨 for 增长, 保销 for 报销) is corrected against the corpus with
 * it (question/typos.ts). The package is not a dependency: install it for the run only.
 *
 *   npm install --no-save pinyin-pro@3.29.4 && node --import tsx scripts/make-homophones.ts
 */
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { pinyin } = require("pinyin-pro") as { pinyin(text: string, options: Record<string, unknown>): string[] };
const { version } = require("pinyin-pro/package.json") as { version: string };

// GB 2312's hanzi: rows 0xB0–0xF7, cells 0xA1–0xFE (row 0xD7 ends at 0xF9).
const decoder = new TextDecoder("gb18030");
const characters: string[] = [];
for (let row = 0xb0; row <= 0xf7; row++) {
  for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) characters.push(decoder.decode(new Uint8Array([row, cell])));
}

const byReading = new Map<string, string[]>();
for (const c of characters) {
  for (const reading of new Set(pinyin(c, { toneType: "none", multiple: true, type: "array", v: true }))) {
    if (!/^[a-z]+$/.test(reading)) continue;
    byReading.set(reading, [...(byReading.get(reading) ?? []), c]);
  }
}

const header = [
  `# Toneless pinyin readings of the ${characters.length} characters of GB 2312, from pinyin-pro ${version} (MIT), made by`,
  "# scripts/make-homophones.ts. One reading a line: the reading, then its characters. A character with",
  "# several readings (长: chang, zhang) is under each.",
];
const lines = [...byReading].sort(([a], [b]) => a.localeCompare(b)).map(([reading, chars]) => `${reading} ${chars.join("")}`);
writeFileSync(new URL("../src/zh/data/homophones.txt", import.meta.url), `${[...header, ...lines].join("\n")}\n`);
console.log(`${characters.length} characters, ${lines.length} readings`);
