/**
 * Sentences of a paragraph. Intl.Segmenter does the splitting; it breaks
 * after every "Dr." or "U.S.", so pieces ending in a known abbreviation are
 * joined back to the next one.
 */
import lexicon from "./lexicon.json" with { type: "json" };
import { monthOf } from "./names.ts";
import { ZONES } from "./patterns.ts";
import { lastWord } from "../text/words.ts";

const ABBREVIATIONS = new Set(lexicon.abbreviations.map((a) => a.toLowerCase()));
const MERIDIEM = new Set(lexicon.meridiemAbbreviations);
const STARTS_WITH_ZONE = new RegExp(`^(?:${ZONES})(?![\\p{L}])`, "u");

/** Longer than any abbreviation, initial or dotted day that `continues` looks for. */
const TAIL = 256;

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

// V8's segmenter slows down with the length of the text it walks, so a long
// paragraph is segmented a window at a time: each window's last segment may be
// cut off, so it is read again at the start of the next window.
const WINDOW = 4096;

function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<string> {
  if (text.length <= WINDOW) {
    for (const { segment } of segmenter.segment(text)) yield segment;
    return;
  }
  let start = 0;
  // A window with no break in it is the start of a segment that goes on in the next one.
  let unfinished = "";
  while (start < text.length) {
    let end = Math.min(start + WINDOW, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--; // never between the halves of a surrogate pair
    const window = text.slice(start, end);
    const pieces = Array.from(segmenter.segment(window), ({ segment }) => segment);
    if (end < text.length && pieces.length === 1) {
      unfinished += window;
      start = end;
      continue;
    }
    const complete = end === text.length ? pieces.length : pieces.length - 1;
    for (let i = 0; i < complete; i++) {
      yield unfinished + pieces[i]!;
      unfinished = "";
      start += pieces[i]!.length;
    }
  }
}

export function splitSentences(paragraph: string, language = "en"): string[] {
  const segmenter = segmenterFor(language);
  const sentences: string[] = [];
  let current = "";
  // Only the end of the sentence so far is read for its last word: reading all of a long one at each piece would not be linear.
  let tail = "";
  for (const segment of segmentsOf(segmenter, paragraph)) {
    if (current && !continues(tail, segment)) {
      sentences.push(current.trim());
      current = "";
      tail = "";
    }
    current += segment;
    tail = (tail + segment).slice(-TAIL);
  }
  if (current.trim()) sentences.push(current.trim());
  return sentences;
}
