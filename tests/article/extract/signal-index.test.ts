import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countSignals, indexSignals } from "../../../pipeline/article/extract/signal-index.ts";
import { foldText } from "../../../pipeline/article/extract/topics.ts";
import { taxonomy } from "../../helpers/corpus.ts";

const weight = (signal: string) => (/[\s-]/.test(signal) ? 2 : 1);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The definition the index must agree with: one regex per topic, scanned with matchAll. */
function byRegex(signals: string[][], text: string): number[] {
  return signals.map((list) => {
    const sorted = [...list].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
    return [...text.matchAll(pattern)].reduce((sum, match) => sum + weight(match[0]), 0);
  });
}

const SIGNALS = [
  ["women", "women's rights", "afghan women", "rights"],
  ["rights of women", "women and girls", "u.s.", "g7"],
  ["talks", "peace talks", "talks in doha"],
];

const check = (signals: string[][], text: string) => expect(countSignals(indexSignals(signals, weight)!, text)).toEqual(byRegex(signals, text));

describe("countSignals", () => {
  it.each([
    "women's rights and the rights of women and girls",
    "afghan women's rights: women, womenfolk, rights",
    "the u.s. and g7 envoys; u.s.-led talks; g77",
    "peace talks in doha, talks in dohar, talks",
    "womenwomen women-women rightsrights",
    "",
    "talks talks talks",
  ])("counts as the per-topic regex does: %s", (text) => {
    check(SIGNALS, text);
  });

  it("gives a signal's count to every topic that lists it, overlapping or not", () => {
    expect(countSignals(indexSignals([["doha"], ["talks in doha"]], weight)!, "talks in doha")).toEqual([1, 2]);
  });

  it("agrees with the regex on the taxonomy and every sample article", () => {
    const signals = taxonomy.map((topic) => Object.values(topic.signals).flat().map(foldText));
    for (const name of readdirSync("corpus/raw")) check(signals, foldText(readFileSync(`corpus/raw/${name}`, "utf8")));
  });
});
