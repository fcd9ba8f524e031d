/**
 * Sentences of a paragraph. Intl.Segmenter does the splitting; it breaks
 * after every "Dr." or "U.S.", so pieces ending in a known abbreviation are
 * joined back to the next one.
 */
import lexicon from "./lexicon.json" with { type: "json" };
import { monthOf } from "./names.ts";
import { ZONES } from "./patterns.ts";

const ABBREVIATIONS = new Set(lexicon.abbreviations.map((a) => a.toLowerCase()));
const MERIDIEM = new Set(lexicon.meridiemAbbreviations);
const STARTS_WITH_ZONE = new RegExp(`^(?:${ZONES})(?![\\p{L}])`, "u");

/** The last run of non-space characters; a regex anchored at the end would try every position of a long piece. */
function lastWord(piece: string): string {
  const trimmed = piece.trimEnd();
  let start = trimmed.length;
  while (start > 0 && !/\s/.test(trimmed[start - 1]!)) start--;
  return trimmed.slice(start);
}

function continues(piece: string, next: string): boolean {
  const last = lastWord(piece);
  const word = last.replace(/^[("“'‘]+/, "");
  // "p.m." ends a sentence unless a zone or a lower-case word follows it.
  if (MERIDIEM.has(word.toLowerCase())) return STARTS_WITH_ZONE.test(next) || /^\p{Ll}/u.test(next);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single initial ("Barack H. Obama", "z. B."), a dotted day ("October 9. 2021", "am 9. Oktober").
  if (/^\p{L}\.$/u.test(word) || /^\p{Ll}/u.test(next)) return true;
  const nextWord = /^\s*(\S+)/.exec(next)?.[1] ?? "";
  return /^\d{1,2}\.$/.test(word) && (/^\d{4}(?!\d)/.test(next) || monthOf(nextWord) !== null);
}

// Building a segmenter loads ICU data, dearer than segmenting a paragraph: keep one per language.
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: "sentence" })));
  return segmenter;
}

export function splitSentences(paragraph: string, language = "en"): string[] {
  const segmenter = segmenterFor(language);
  const sentences: string[] = [];
  let current = "";
  for (const { segment } of segmenter.segment(paragraph)) {
    if (current && !continues(current, segment)) {
      sentences.push(current.trim());
      current = "";
    }
    current += segment;
  }
  if (current.trim()) sentences.push(current.trim());
  return sentences;
}
