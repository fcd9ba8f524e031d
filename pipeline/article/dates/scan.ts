/** Finds every date a text states, each with the span it covers. */
import { absoluteReaders, type Reader } from "./absolute.ts";
import { timeAfter, weekdayBefore } from "./clock.ts";
import { matches } from "./patterns.ts";
import { relativeReaders } from "./relative.ts";
import type { Mention } from "./types.ts";
import { eachWordRun } from "../text/word-runs.ts";

const READERS: Reader[] = [...absoluteReaders, ...relativeReaders];

// Outside Latin-1, the regexes' case-insensitive matching and toLowerCase differ ("ſ", the Kelvin sign).
const WORD_OUTSIDE_LATIN_1 = /(?=[\p{L}\p{N}])[^\u0000-\u00ff]/u;

/** Readers that need a word, by the words that let them run. */
const NEEDED_BY = new Map<string, Reader[]>();
for (const reader of READERS) {
  for (const word of reader.needsWord ?? []) NEEDED_BY.set(word, [...(NEEDED_BY.get(word) ?? []), reader]);
}
const LONGEST_NEEDED = Math.max(...[...NEEDED_BY.keys()].map((word) => word.length));

/** Readers that need a word and may run, or null when every one may. */
export type Allowed = Set<Reader> | null;

/**
 * Readers the text's words allow, or null when a word is outside Latin-1 and none may be ruled out.
 * They are allowed on any piece of the text cut at non-word characters (a sentence of a
 * paragraph) too: such a piece has only words the whole text has.
 */
export function allowedBy(text: string): Allowed {
  if (WORD_OUTSIDE_LATIN_1.test(text)) return null;
  const allowed = new Set<Reader>();
  const lower = text.toLowerCase();
  eachWordRun(lower, (start, end) => {
    if (end - start > LONGEST_NEEDED) return;
    for (const reader of NEEDED_BY.get(lower.slice(start, end)) ?? []) allowed.add(reader);
  });
  return allowed;
}

/** Readers are tried only where they could match: most sentences name no month or weekday. */
function mayMatch(reader: Reader, hasDigit: boolean, allowed: Allowed): boolean {
  if (reader.needsDigit && !hasDigit) return false;
  return !reader.needsWord || !allowed || allowed.has(reader);
}

/** False when no reader may run on the text, nor on any piece of it cut at non-word characters. */
export function mayHoldDates(text: string, allowed = allowedBy(text)): boolean {
  const hasDigit = /\d/.test(text);
  return READERS.some((reader) => mayMatch(reader, hasDigit, allowed));
}

function candidates(text: string, allowed: Allowed): Mention[] {
  const found: Mention[] = [];
  const hasDigit = /\d/.test(text);
  for (const reader of READERS) {
    if (!mayMatch(reader, hasDigit, allowed)) continue;
    for (const match of matches(reader.regex, text)) {
      const reading = reader.read(match.groups ?? {}, match);
      if (!reading) continue;
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], ...reading });
    }
  }
  return found;
}

/** A day the text names also takes the weekday before it and the time and zone after it. */
function withWeekdayAndTime(text: string, mention: Mention): Mention {
  const { when } = mention;
  const isDay = (when.kind === "absolute" && when.readings.every((r) => r.day !== undefined)) || (when.kind === "yearless" && when.day !== undefined);
  if (!isDay) return mention;
  const widened = { ...mention };
  const weekday = weekdayBefore(text, mention.start);
  if (weekday) Object.assign(widened, { start: weekday.start, weekday: weekday.weekday });
  const time = mention.time ? null : timeAfter(text, mention.end);
  if (time) Object.assign(widened, time);
  widened.text = text.slice(widened.start, widened.end);
  return widened;
}

/**
 * Dates in reading order; where readings overlap, the longest wins ("5 de junio de 2023" over "junio de 2023").
 * `allowed` may come from a text that holds this one, so a paragraph's words are split once for all its sentences.
 */
export function findDates(text: string, allowed = allowedBy(text)): Mention[] {
  const chosen: Mention[] = [];
  const byLength = candidates(text, allowed)
    .map((mention) => withWeekdayAndTime(text, mention))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const mention of byLength) {
    if (chosen.every((other) => mention.end <= other.start || mention.start >= other.end)) chosen.push(mention);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
