import { describe, expect, it } from "vitest";
import { countLetterRuns, countWords, endsOnFunctionWord, isFunctionWord } from "../../../pipeline/article/text/words.ts";

describe("isFunctionWord", () => {
  it.each(["of", "The", "and", "le", "des", "à", "und", "von", "del", "y"])("takes %s for a function word", (word) => {
    expect(isFunctionWord(word)).toBe(true);
  });

  it.each(["Doha", "talks", "Taliban", "prendre", "Gespräche", "US"])("does not take %s for a function word", (word) => {
    expect(isFunctionWord(word)).toBe(false);
  });
});

describe("endsOnFunctionWord", () => {
  it("sees a phrase broken after a connector", () => {
    expect(endsOnFunctionWord("Significance of meeting between Qatari FM and")).toBe(true);
    expect(endsOnFunctionWord("Le Qatar, médiateur clé entre les talibans et ")).toBe(true);
  });

  it("sees a complete phrase", () => {
    expect(endsOnFunctionWord("Taliban leader in Kandahar")).toBe(false);
    expect(endsOnFunctionWord("")).toBe(false);
  });
});

describe("countWords", () => {
  it("counts runs of non-space characters, as splitting on white space would", () => {
    for (const text of ["Talks resume in Doha", "one", "Gespräche  über\tFlüchtlinge", "a – b"]) expect(countWords(text)).toBe(text.split(/\s+/).length);
  });
  it("counts no-break spaces as spaces and nothing in an empty text", () => {
    expect(countWords("14\u00a0March 2024")).toBe(3);
    expect(countWords("")).toBe(0);
  });
});

describe("countLetterRuns", () => {
  it("counts the runs of letters a test accepts, in any script, digits and marks between them apart", () => {
    const upper = (run: string) => /^\p{Lu}/u.test(run);
    expect(countLetterRuns("Toggle navigation · Share 2024 Doha", upper)).toBe(3);
    expect(countLetterRuns("Katar, Straße 12 und Доха", upper)).toBe(3);
    expect(countLetterRuns("12 — 2024", () => true)).toBe(0);
  });
});
