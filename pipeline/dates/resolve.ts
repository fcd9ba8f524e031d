/** Turns what a text says into calendar dates, using the publication date as the anchor. */
import type { PartialDate } from "../core/dates.ts";
import { compareDates, fromDateTime, toDateTime } from "./calendar.ts";
import type { When } from "./types.ts";

export interface Resolved {
  date: PartialDate;
  end?: PartialDate;
}

/** A year-less date is the last one on or before the anchor: "on May 12" in a June article is this May. */
function withYear(anchor: PartialDate, month: number, day?: number): PartialDate {
  const date = { year: anchor.year, month, ...(day === undefined ? {} : { day }) };
  return compareDates(date, anchor) > 0 ? { ...date, year: anchor.year - 1 } : date;
}

/** A span of days said as a week is kept at the coarsest unit that holds all of it. */
function coarsest(anchor: PartialDate, offset: number): PartialDate | null {
  const start = toDateTime(anchor).startOf("week").plus({ weeks: offset });
  const end = offset === 0 ? toDateTime(anchor) : start.plus({ days: 6 });
  if (start.month === end.month && start.year === end.year) return fromDateTime(start, "month");
  return start.year === end.year ? fromDateTime(start, "year") : null;
}

/**
 * The dates a mention stands for, or null when the text alone cannot tell:
 * two readings left, or no anchor for a relative or year-less date.
 */
export function resolve(when: When, anchor: PartialDate | null): Resolved | null {
  if (when.kind === "absolute") {
    const [date, ...others] = when.readings;
    if (!date || others.length) return null;
    return { date, ...(when.end ? { end: when.end } : {}) };
  }
  if (!anchor || anchor.day === undefined) return null;
  const at = toDateTime(anchor);
  switch (when.kind) {
    case "yearless": {
      const date = withYear(anchor, when.month, when.day);
      return { date, ...(when.endDay ? { end: { ...date, day: when.endDay } } : {}) };
    }
    case "weekday":
      return { date: fromDateTime(at.minus({ days: (at.weekday - when.weekday + 7) % 7 }), "day") };
    case "relative": {
      if (when.unit === "week") {
        const date = coarsest(anchor, when.offset);
        return date && { date };
      }
      return { date: fromDateTime(at.plus({ [`${when.unit}s`]: when.offset }), when.unit) };
    }
  }
}
