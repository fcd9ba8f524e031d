/** Readers for dates that need an anchor: "last month", "3 days ago", "on Thursday". */
import type { Reader } from "./absolute.ts";
import lexicon from "./lexicon.json" with { type: "json" };
import { WEEKDAY_NAMES, WEEKDAY_WORDS, fullWeekdayOf } from "./names.ts";
import { AFTER, BEFORE, phrases } from "./patterns.ts";
import type { CalendarUnit } from "./types.ts";

const regex = (source: string) => new RegExp(source, "giu");
const FUTURE = phrases(lexicon.future);

/**
 * The last words of phrases, lower-cased: a text without one of them holds none of the phrases.
 * Last, not first: "yesterday" or "week" is rarer in a text than "the" or "this".
 */
const lastWords = (list: string[]) => new Set(list.map((phrase) => /[\p{L}\p{N}]+$/u.exec(phrase)![0].toLowerCase()));

const fixed: Reader[] = lexicon.relative.map(({ unit, offset, phrases: list }) => ({
  needsWord: lastWords(list),
  regex: regex(`${BEFORE}(?:${phrases(list)})${AFTER}`),
  read: () => ({ when: { kind: "relative", unit: unit as CalendarUnit, offset } }),
}));

// Every "ago" phrase counts with "{n}", a number in digits.
const ago: Reader[] = lexicon.ago.map(({ unit, phrases: list }) => ({
  needsDigit: true,
  regex: regex(`${BEFORE}(?:${phrases(list)})${AFTER}`),
  read: (_, match) => ({ when: { kind: "relative", unit: unit as CalendarUnit, offset: -Number(match.slice(1).find(Boolean)) } }),
}));

// A weekday written out, unless "next" or "prochain" sends it forward.
const weekday: Reader = {
  needsWord: WEEKDAY_WORDS,
  regex: regex(`${BEFORE}(?<!(?:${FUTURE})\\s+)(?<w>${WEEKDAY_NAMES})${AFTER}(?!\\s+(?:${FUTURE})${AFTER})`),
  read: (g) => {
    const value = fullWeekdayOf(g.w!);
    return value === null ? null : { when: { kind: "weekday", weekday: value } };
  },
};

export const relativeReaders: Reader[] = [...fixed, ...ago, weekday];
