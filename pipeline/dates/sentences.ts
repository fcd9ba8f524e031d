/**
 * Sentences of a paragraph. Intl.Segmenter does the splitting; it breaks
 * after every "Dr." or "U.S.", so pieces ending in a known abbreviation are
 * joined back to the next one.
 */
import lexicon from "./lexicon.json" with { type: "json" };
import { ZONES } from "./patterns.ts";

const ABBREVIATIONS = new Set(lexicon.abbreviations.map((a) => a.toLowerCase()));
const MERIDIEM = new Set(lexicon.meridiemAbbreviations);
const STARTS_WITH_ZONE = new RegExp(`^(?:${ZONES})(?![\\p{L}])`, "u");

function continues(piece: string, next: string): boolean {
  const last = /(\S+)\s*$/.exec(piece)?.[1] ?? "";
  const word = last.replace(/^[("“'‘]+/, "");
  // "p.m." ends a sentence unless a zone or a lower-case word follows it.
  if (MERIDIEM.has(word.toLowerCase())) return STARTS_WITH_ZONE.test(next) || /^\p{Ll}/u.test(next);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single initial ("Barack H. Obama"), a dotted day ("October 9. 2021").
  return /^\p{Lu}\.$/u.test(word) || (/^\d{1,2}\.$/.test(word) && /^\d{4}(?!\d)/.test(next)) || /^\p{Ll}/u.test(next);
}

export function splitSentences(paragraph: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
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
