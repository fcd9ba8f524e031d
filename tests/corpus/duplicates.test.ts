import { describe, expect, it } from "vitest";
import { findDuplicates, SAME_ARTICLE, type DuplicateCandidate } from "../../pipeline/corpus/duplicates.ts";

const sha = (digit: string) => digit.repeat(64);
const candidate = (raw: string, shaDigit: string, fingerprint: string[]): DuplicateCandidate => ({ raw, raw_sha256: sha(shaDigit), fingerprint });
const paragraphs = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe("findDuplicates", () => {
  it("finds nothing among different articles", () => {
    expect(findDuplicates([candidate("000.txt", "a", paragraphs("x", 5)), candidate("001.txt", "b", paragraphs("y", 5))]).size).toBe(0);
  });

  it("points a byte-identical copy at the first", () => {
    const dup = findDuplicates([candidate("000.txt", "a", paragraphs("x", 5)), candidate("005.txt", "a", paragraphs("x", 5))]);
    expect(dup).toEqual(new Map([["005.txt", "000.txt"]]));
  });

  it("points a byte-identical copy without substantial paragraphs at the first", () => {
    expect(findDuplicates([candidate("000.txt", "a", []), candidate("005.txt", "a", [])])).toEqual(new Map([["005.txt", "000.txt"]]));
  });

  it("points a republished copy with other chrome at the first when enough paragraphs match", () => {
    const original = paragraphs("x", 10);
    const republished = [...original.slice(0, 8), "extra-1", "extra-2"];
    expect(SAME_ARTICLE).toBe(0.8);
    expect(findDuplicates([candidate("000.txt", "a", original), candidate("007.txt", "b", republished)])).toEqual(new Map([["007.txt", "000.txt"]]));
  });

  it("keeps articles that share less than the threshold apart", () => {
    const original = paragraphs("x", 10);
    const follow_up = [...original.slice(0, 7), "new-1", "new-2", "new-3"];
    expect(findDuplicates([candidate("000.txt", "a", original), candidate("008.txt", "b", follow_up)]).size).toBe(0);
  });

  it("points an excerpt wholly quoted in a longer article at it", () => {
    const long = paragraphs("x", 10);
    expect(findDuplicates([candidate("000.txt", "a", long), candidate("009.txt", "b", long.slice(0, 2))])).toEqual(new Map([["009.txt", "000.txt"]]));
  });

  it("points every later copy at the first copy, not at each other", () => {
    const text = paragraphs("x", 4);
    const dup = findDuplicates([candidate("000.txt", "a", text), candidate("001.txt", "b", text), candidate("002.txt", "c", text)]);
    expect(dup).toEqual(new Map([["001.txt", "000.txt"], ["002.txt", "000.txt"]]));
  });

  it("follows the order given: the first candidate is the one kept", () => {
    const text = paragraphs("x", 4);
    expect(findDuplicates([candidate("002.txt", "c", text), candidate("000.txt", "a", text)])).toEqual(new Map([["000.txt", "002.txt"]]));
  });

  it("never compares articles without a shared paragraph, even both empty", () => {
    expect(findDuplicates([candidate("000.txt", "a", []), candidate("001.txt", "b", [])]).size).toBe(0);
  });
});
