/** Turns what a text says into calendar dates, using the publication date as the anchor. */
import type { PartialDate } from "../../model/dates.ts";
import { isRealDate } from "../../model/dates.ts";
import { addDays, addMonths, compareDates, weekdayOfDate, type Day } from "./calendar.ts";
import type { CalendarUnit, When } from "./types.ts";

export interface Resolved {
  date: PartialDate;
  end?: PartialDate;
}

/** February 29 comes round at most every eight years (1896, then 1904). */
const MAX_YEARS_BACK = 8;

/**
 * A year-less date is the last one of the calendar on or before the anchor:
 * "on May 12" in a June article is this May, "on February 29" in March 2021
 * was in 2020; a day no year has ("February 30") is none.
 */
function withYear(anchor: PartialDate, month: number, day?: number): PartialDate | null {
  for (let year = anchor.year; year >= anchor.year - MAX_YEARS_BACK; year--) {
    const date = { year, month, ...(day === undefined ? {} : { day }) };
    if (compareDates(date, anchor) <= 0 && isRealDate(year, month, day)) return date;
  }
  return null;
}

/** A span of days said as a week is kept at the coarsest unit that holds all of it. */
function coarsest(anchor: Day, offset: number): PartialDate | null {
  // Weeks start on Monday.
  const start = addDays(anchor, 1 - weekdayOfDate(anchor) + 7 * offset);
  const end = offset === 0 ? anchor : addDays(start, 6);
  if (start.month === end.month && start.year === end.year) return { year: start.year, month: start.month };
  return start.year === end.year ? { year: start.year } : null;
}

/** The date a relative phrase stands for, at the precision of its unit. */
function shift(at: Day, unit: Exclude<CalendarUnit, "week">, offset: number): PartialDate {
  if (unit === "day") return addDays(at, offset);
  if (unit === "month") return addMonths(at, offset);
  return { year: at.year + offset };
}

/**
 * The dates a mention stands for, or null when the text alone cannot tell:
 * two readings left, or no anchor for a relative or year-less date. An
 * anchor that is no real date anchors no counting.
 */
export function resolve(when: When, anchor: PartialDate | null): Resolved | null {
  if (when.kind === "absolute") {
    const [date, ...others] = when.readings;
    if (!date || others.length) return null;
    return { date, ...(when.end ? { end: when.end } : {}) };
  }
  if (!anchor || anchor.day === undefined) return null;
  if (when.kind === "yearless") {
    const date = withYear(anchor, when.month, when.day);
    if (!date || (when.endDay && !isRealDate(date.year, date.month!, when.endDay))) return null;
    return { date, ...(when.endDay ? { end: { ...date, day: when.endDay } } : {}) };
  }
  if (!isRealDate(anchor.year, anchor.month ?? 0, anchor.day)) return null;
  const at = { year: anchor.year, month: anchor.month!, day: anchor.day };
  if (when.kind === "weekday") return { date: addDays(at, -((weekdayOfDate(at) - when.weekday + 7) % 7)) };
  if (when.unit === "week") {
    const date = coarsest(at, when.offset);
    return date && { date };
  }
  return { date: shift(at, when.unit, when.offset) };
}
