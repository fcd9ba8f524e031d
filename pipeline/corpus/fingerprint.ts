/**
 * What makes two files the same article: their substantial paragraphs,
 * folded so that quotes, case and spacing from other page chrome do not count.
 */
import { createHash } from "node:crypto";
import { foldText } from "../article/extract/topics.ts";

/** Shorter paragraphs ("Share this", captions) are too common to identify an article. */
const MIN_PARAGRAPH = 60;

export function fingerprint(paragraphs: string[]): string[] {
  return fingerprintFolded(paragraphs.map(foldText));
}

/** The same from paragraphs already folded (with `foldText`), as topic matching folds them too. */
export function fingerprintFolded(folded: string[]): string[] {
  const hashes = folded
    .map(lettersAndDigits)
    .filter((folded) => folded.length >= MIN_PARAGRAPH)
    .map((folded) => createHash("sha1").update(folded).digest("hex").slice(0, 16));
  return [...new Set(hashes)].sort();
}

/**
 * The paragraph's letters and digits, each run of anything else one space.
 * Most folded paragraphs are ASCII alone, whose letters and digits are
 * [A-Za-z0-9]: the same answer without Unicode's property tables, in 60% of
 * the time (docs/performance.md).
 */
function lettersAndDigits(paragraph: string): string {
  return (ASCII_ONLY.test(paragraph) ? paragraph.replace(NOT_ASCII_ALNUM, " ") : paragraph.replace(NOT_ALNUM, " ")).trim();
}
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALNUM = /[^A-Za-z0-9]+/g;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Share of the smaller article's paragraphs found in the other. */
export function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.filter((hash) => large.has(hash)).length / small.length;
}
