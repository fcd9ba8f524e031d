import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../pipeline/article/dates/sentences.ts";

describe("splitSentences", () => {
  it("splits at sentence ends", () => {
    expect(splitSentences("The Taliban leader’s response has not been clear yet. A Qatari official said it mattered.", "en")).toEqual([
      "The Taliban leader’s response has not been clear yet.",
      "A Qatari official said it mattered.",
    ]);
  });
  it("does not split after titles and initialisms", () => {
    const text = "Dr. Mohamed Abdel Razek explained it. The U.S. State Department agreed.";
    expect(splitSentences(text, "en")).toEqual(["Dr. Mohamed Abdel Razek explained it.", "The U.S. State Department agreed."]);
  });
  it("does not split inside a date or a time with its zone", () => {
    expect(splitSentences("They met on Dec. 7, 2022, at 6:45 p.m. ET in Doha. Then they left.", "en")).toEqual([
      "They met on Dec. 7, 2022, at 6:45 p.m. ET in Doha.",
      "Then they left.",
    ]);
    expect(splitSentences("Talks began on October 9. 2021 in Doha.", "en")).toHaveLength(1);
  });
  it("ends a sentence at p.m. followed by a new sentence", () => {
    expect(splitSentences("They left at 6 p.m. Nothing else happened.", "en")).toHaveLength(2);
  });
  it("splits French text and keeps 'M.' with its name", () => {
    expect(splitSentences("M. Obama a soutenu le bureau. Cette rencontre était la première.", "fr")).toEqual([
      "M. Obama a soutenu le bureau.",
      "Cette rencontre était la première.",
    ]);
  });
  it("splits a paragraph far longer than a segmenter window as it splits its sentences one by one", () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `Dr. Al-Thani met envoy ${i} in Doha on May ${(i % 28) + 1}, 2023.`);
    expect(splitSentences(sentences.join(" "), "en")).toEqual(sentences);
  });
  it("keeps a single word longer than a window whole, surrogate pairs included", () => {
    const word = "😀".repeat(5000);
    expect(splitSentences(`${word}.`, "en")).toEqual([`${word}.`]);
  });
});
