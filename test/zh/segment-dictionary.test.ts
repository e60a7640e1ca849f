import { describe, expect, it } from "vitest";
import { dictionaryKey, preloadDictionary, useDictionary, useFullDictionary } from "../../src/zh/segment.ts";

describe("the dictionary jieba segments with", () => {
  it("stays jieba's full one once a process segments reports, whatever index read asks for its own later", () => {
    // An index's dictionary, left in the temp folder as an earlier start leaves it.
    const dictionary = `测试词 100 n\n${Date.now()} 1 m`;
    useDictionary(dictionary);
    // A reindex starts: from now on a corpus dictionary is not loaded, not even by an index read
    // begun before it that inflates its body only now (ensureIndex's early read).
    useFullDictionary();
    expect(preloadDictionary(dictionaryKey(dictionary))).toBe(false);
  });
});
