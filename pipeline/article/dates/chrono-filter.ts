/**
 * Which texts a strict chrono parser can find a day-certain date in, told
 * without running it: most short lines of an article have none, and chrono
 * in four languages is the dearest step of reading them. A strict parser is
 * certain of a year only when the year is written in digits, in a numeric
 * date (5/6/2023, 2023-06-05) or beside a month name, or when a duration
 * counts from the reference ("a day ago"), which is never read (see chrono.ts).
 */
import { createRequire } from "node:module";

export interface LocaleFilter {
  /** Month names and abbreviations the locale's parsers read, lower case, without a dot. */
  months: string[];
}

// chrono keeps each locale's month table in a module its package does not export by name.
const fromChrono = createRequire(createRequire(import.meta.url).resolve("chrono-node"));

export function monthNames(language: string): string[] {
  const { MONTH_DICTIONARY } = fromChrono(`./locales/${language}/constants.js`) as { MONTH_DICTIONARY: Record<string, number> };
  return [...new Set(Object.keys(MONTH_DICTIONARY).map((name) => name.toLowerCase().replace(/\.$/, "")))];
}

export const localeFilter = (language: string): LocaleFilter => ({ months: monthNames(language) });

const NUMERIC_DATE = /\d\s*[/.-]\s*\d/;
/** What a date chrono is certain of must show: a year in digits, or a numeric date with a two-digit year ("02.12.19"). */
export const WRITES_YEAR = /\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2}/;
const LETTER = /\p{L}/u;
// chrono matches case-insensitively without Unicode rules, where "ſ" is an "s"; such texts are always parsed.
const LETTER_OUTSIDE_LATIN_1 = /(?=\p{L})[^\u0000-\u00ff]/u;

/** A month name in the text not followed by a letter: where it is followed by one ("decided"), no parser reads it. */
function namesMonth(lower: string, months: string[]): boolean {
  for (const month of months) {
    for (let at = lower.indexOf(month); at >= 0; at = lower.indexOf(month, at + 1)) {
      if (!LETTER.test(lower.charAt(at + month.length))) return true;
    }
  }
  return false;
}

/** False only when the locale's strict parser cannot find a day-certain date in `text`. */
export function mayHaveCertainDay(filter: LocaleFilter, text: string): boolean {
  if (!/\d/.test(text)) return false;
  return NUMERIC_DATE.test(text) || LETTER_OUTSIDE_LATIN_1.test(text) || namesMonth(text.toLowerCase(), filter.months);
}
