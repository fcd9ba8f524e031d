import { describe, expect, it } from "vitest";
import { eachWordRun } from "../../../pipeline/article/text/word-runs.ts";

const runs = (text: string) => {
  const found: string[] = [];
  eachWordRun(text, (start, end) => found.push(text.slice(start, end)));
  return found;
};

describe("eachWordRun", () => {
  it("splits at spaces and punctuation, keeping digits in words", () => {
    expect(runs("Talks, in Doha (2023): day-2 of G4.")).toEqual(["Talks", "in", "Doha", "2023", "day", "2", "of", "G4"]);
  });
  it("keeps accented and non-Latin letters in words", () => {
    expect(runs("l'année über Gespräche — محادثات")).toEqual(["l", "année", "über", "Gespräche", "محادثات"]);
  });
  it("reads a letter outside the basic plane as one letter", () => {
    expect(runs("a 𝐀𝐁 b")).toEqual(["a", "𝐀𝐁", "b"]);
  });
  it("gives nothing for a text without letters or digits, and a whole word for a text that is one", () => {
    expect(runs(" ,.– ")).toEqual([]);
    expect(runs("Doha")).toEqual(["Doha"]);
  });
  it("finds exactly what the letter-or-digit regex finds", () => {
    const text = "Ünïcödé ½ ² ǅ ٣ ẞ ſ x\u0301y 1st — ok…";
    expect(runs(text)).toEqual([...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]));
  });
});
