/** The days a date covers, so dates of different precision can be compared. */
import type { PartialDate } from "../core/dates.ts";
import { toDateTime } from "../dates/calendar.ts";

/** First and last day, 'YYYY-MM-DD'. */
export interface Span {
  first: string;
  last: string;
}

export function spanOf(date: PartialDate, end?: PartialDate): Span {
  const unit = date.day !== undefined ? "day" : date.month !== undefined ? "month" : "year";
  const endUnit = end ? (end.day !== undefined ? "day" : end.month !== undefined ? "month" : "year") : unit;
  return {
    first: toDateTime(date).startOf(unit).toISODate()!,
    last: toDateTime(end ?? date).endOf(endUnit).toISODate()!,
  };
}

export const contains = (outer: Span, inner: Span): boolean => outer.first <= inner.first && inner.last <= outer.last;

/** Two dates can be the same event when one holds the other: "May 2023" holds "12 May 2023"; 12 and 13 May cannot. */
export const compatible = (a: Span, b: Span): boolean => contains(a, b) || contains(b, a);
