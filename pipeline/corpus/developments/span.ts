/** The days a date covers, so dates of different precision can be compared. */
import { firstDayOf, lastDayOf, type PartialDate } from "../../model/dates.ts";

/** First and last day, 'YYYY-MM-DD'. */
export interface Span {
  first: string;
  last: string;
}

export function spanOf(date: PartialDate, end?: PartialDate): Span {
  return { first: firstDayOf(date), last: lastDayOf(end ?? date) };
}

export const contains = (outer: Span, inner: Span): boolean => outer.first <= inner.first && inner.last <= outer.last;

/** Two dates can be the same event when one holds the other: "May 2023" holds "12 May 2023"; 12 and 13 May cannot. */
export const compatible = (a: Span, b: Span): boolean => contains(a, b) || contains(b, a);
