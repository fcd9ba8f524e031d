/** Readers for dates written with numbers and month names: "19.02.2024", "5 de junio de 2023", "Dec. 7, 2022", "August 2021", "in 2013". */
import type { PartialDate } from "../../model/dates.ts";
import { isRealDate } from "../../model/dates.ts";
import lexicon from "./lexicon.json" with { type: "json" };
import { MONTH_DOT, MONTH_NAMES, MONTH_WORDS, monthOf } from "./names.ts";
import { AFTER, BEFORE, JOIN, ORDINAL, YEAR, phrases, zoneOf } from "./patterns.ts";
import type { When } from "./types.ts";

export interface Reading {
  when: When;
  time?: string;
  zone?: string;
}

export interface Reader {
  regex: RegExp;
  /** The regex cannot match a text without a digit, so such texts skip it. */
  needsDigit?: boolean;
  /** Lower-case words, one of which the regex's match always begins or holds as a whole word: texts with none skip it. */
  needsWord?: ReadonlySet<string>;
  read(groups: Record<string, string | undefined>, match: RegExpExecArray): Reading | null;
}

const MONTH = `(?<month>${MONTH_NAMES})${MONTH_DOT}`;
// A month not followed by a day or year, which another reader takes.
const BARE_MONTH_END = `${AFTER}(?!\\.?,?\\s+(?:de\\s+|of\\s+)?\\d)`;

const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));

function day(year: number | undefined, month: number | null, dayOfMonth: number, endDay?: number): When | null {
  if (month === null || dayOfMonth < 1 || dayOfMonth > 31) return null;
  if (endDay !== undefined && (endDay <= dayOfMonth || endDay > 31)) return null;
  if (year === undefined) return { kind: "yearless", month, day: dayOfMonth, ...(endDay ? { endDay } : {}) };
  if (!isRealDate(year, month, dayOfMonth) || (endDay && !isRealDate(year, month, endDay))) return null;
  return { kind: "absolute", readings: [{ year, month, day: dayOfMonth }], ...(endDay ? { end: { year, month, day: endDay } } : {}) };
}

/** Both readings of "06/05/2023" when both are real dates, the day-first one first. */
export function numeric(first: number, second: number, year: number, dayFirstOnly: boolean): When | null {
  const readings: PartialDate[] = [];
  if (isRealDate(year, second, first) && second <= 12) readings.push({ year, month: second, day: first });
  // Dots are day first, unless the day-first reading is no date at all ("01.21.2020").
  if ((!dayFirstOnly || readings.length === 0) && first !== second && first <= 12 && isRealDate(year, first, second)) readings.push({ year, month: first, day: second });
  return readings.length ? { kind: "absolute", readings } : null;
}

const regex = (source: string) => new RegExp(source, "giu");

export const absoluteReaders: Reader[] = [
  {
    // ISO 8601 with the time and zone it prints; also year-first 2023/06/05 and 2023.06.05.
    needsDigit: true,
    regex: regex(`(?<![\\d./-])${YEAR}(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?:[T ](?<hh>\\d{2}):(?<mm>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])`),
    read: (g) => {
      const when = day(num(g.year), Number(g.m), Number(g.d));
      if (!when) return null;
      const time = g.hh && Number(g.hh) < 24 && Number(g.mm) < 60 ? `${g.hh}:${g.mm}` : undefined;
      return { when, ...(time ? { time } : {}), ...(time && g.zone ? { zone: zoneOf(g.zone) } : {}) };
    },
  },
  {
    // Dots are day first everywhere they are used (19.02.2024); slashes and dashes may be either.
    needsDigit: true,
    // "18. 05. 2014": a space may follow each dot. "28.09.1912:44" is a two-digit year glued to a time, not 1912.
    regex: regex(`(?<![\\d./-])(?<a>\\d{1,2})(?<sep>[./-])(?: ?)(?<b>\\d{1,2})\\k<sep>(?: ?)${YEAR}(?![\\d]|:\\d)`),
    read: (g) => {
      const when = numeric(Number(g.a), Number(g.b), Number(g.year), g.sep === ".");
      return when && { when };
    },
  },
  {
    // 7 décembre 2022, 5 de junio de 2023, 06/June/2023, 12. Mai, 29 et 30 juin 2022, 5th of June
    needsDigit: true,
    needsWord: MONTH_WORDS,
    regex: regex(`${BEFORE}(?<d>\\d{1,2})${ORDINAL}(?:${JOIN}(?<e>\\d{1,2})${ORDINAL})?(?:\\s+(?:de|of)\\s+|\\s*[/-]\\s*|\\s+)${MONTH}(?:(?:\\s+de\\s+|,?\\s+|\\s*[/-]\\s*)${YEAR})?${AFTER}`),
    read: (g) => {
      const when = day(num(g.year), monthOf(g.month!), Number(g.d), num(g.e));
      return when && { when };
    },
  },
  {
    // December 7, 2022; Dec. 7, 2022; October 9. 2021; June 29 and 30, 2022; May 12
    needsDigit: true,
    needsWord: MONTH_WORDS,
    regex: regex(`${BEFORE}${MONTH}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:${JOIN}(?<e>\\d{1,2})(?:st|nd|rd|th)?)?(?:[.,]?\\s+${YEAR})?${AFTER}`),
    read: (g) => {
      const when = day(num(g.year), monthOf(g.month!), Number(g.d), num(g.e));
      return when && { when };
    },
  },
  {
    // August 2021, agosto de 2021
    needsDigit: true,
    needsWord: MONTH_WORDS,
    regex: regex(`${BEFORE}${MONTH},?\\s+(?:de\\s+|of\\s+)?${YEAR}${AFTER}`),
    read: (g) => {
      const month = monthOf(g.month!);
      return month === null ? null : { when: { kind: "absolute", readings: [{ year: Number(g.year), month }] } };
    },
  },
  {
    // in early May, mid-May, at the end of August, début mai, Anfang Mai, a mediados de mayo
    needsWord: MONTH_WORDS,
    regex: regex(`${BEFORE}(?:${phrases(lexicon.monthLeads)})(?:[\\s-]+|(?<=['’]))${MONTH}${BARE_MONTH_END}`),
    read: (g) => {
      const month = monthOf(g.month!);
      return month === null ? null : { when: { kind: "yearless", month } };
    },
  },
  {
    // in 2013, en 2013, seit 2001, desde 2021
    needsDigit: true,
    regex: regex(`${BEFORE}(?:${phrases(lexicon.yearLeads)})\\s+${YEAR}(?![\\p{L}\\p{N}]|[-–/]\\d)`),
    read: (g) => ({ when: { kind: "absolute", readings: [{ year: Number(g.year) }] } }),
  },
];
