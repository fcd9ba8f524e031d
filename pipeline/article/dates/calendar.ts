/**
 * Calendar arithmetic in UTC only, so the machine's zone never moves a date.
 * Plain integer and `Date.UTC` arithmetic: a date library's objects cost more
 * than reading the dates of a sentence.
 */
import { isRealDate, type PartialDate } from "../../model/dates.ts";

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The UTC midnight of a day whose parts may overflow (day 0 is the last of the month before); any year, 0–99 too. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const dayOf = (date: Date): Day => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });


/** 1 = Monday ... 7 = Sunday, of the first day the date covers; NaN when it is no real date. */
export function weekdayOfDate(date: PartialDate): number {
  const { year, month = 1, day = 1 } = date;
  if (!isRealDate(year, month, day)) return Number.NaN;
  return ((utc(year, month, day).getUTCDay() + 6) % 7) + 1;
}

/** The day `days` after (or before, when negative) a real day. */
export function addDays(date: Day, days: number): Day {
  return dayOf(utc(date.year, date.month, date.day + days));
}

/** The month `months` after (or before) the month of a date. */
export function addMonths(date: { year: number; month: number }, months: number): { year: number; month: number } {
  const index = date.year * 12 + date.month - 1 + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** Orders dates of any precision by the first day they cover. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}
