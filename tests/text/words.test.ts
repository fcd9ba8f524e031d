import { describe, expect, it } from "vitest";
import { endsOnFunctionWord, isFunctionWord } from "../../pipeline/text/words.ts";

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
