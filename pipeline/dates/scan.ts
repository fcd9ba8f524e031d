/** Finds every date a text states, each with the span it covers. */
import { absoluteReaders, type Reader } from "./absolute.ts";
import { timeAfter, weekdayBefore } from "./clock.ts";
import { matches } from "./patterns.ts";
import { relativeReaders } from "./relative.ts";
import type { Mention } from "./types.ts";

const READERS: Reader[] = [...absoluteReaders, ...relativeReaders];

function candidates(text: string): Mention[] {
  const found: Mention[] = [];
  const hasDigit = /\d/.test(text);
  for (const reader of READERS) {
    if (reader.needsDigit && !hasDigit) continue;
    for (const match of matches(reader.regex, text)) {
      const reading = reader.read(match.groups ?? {}, match);
      if (!reading) continue;
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], ...reading });
    }
  }
  return found;
}

/** A day the text names also takes the weekday before it and the time and zone after it. */
function dress(text: string, mention: Mention): Mention {
  const { when } = mention;
  const isDay = (when.kind === "absolute" && when.readings.every((r) => r.day !== undefined)) || (when.kind === "yearless" && when.day !== undefined);
  if (!isDay) return mention;
  const dressed = { ...mention };
  const weekday = weekdayBefore(text, mention.start);
  if (weekday) Object.assign(dressed, { start: weekday.start, weekday: weekday.weekday });
  const time = mention.time ? null : timeAfter(text, mention.end);
  if (time) Object.assign(dressed, time);
  dressed.text = text.slice(dressed.start, dressed.end);
  return dressed;
}

/** Dates in reading order; where readings overlap, the longest wins ("5 de junio de 2023" over "junio de 2023"). */
export function findDates(text: string): Mention[] {
  const chosen: Mention[] = [];
  const byLength = candidates(text)
    .map((mention) => dress(text, mention))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const mention of byLength) {
    if (chosen.every((other) => mention.end <= other.start || mention.start >= other.end)) chosen.push(mention);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
