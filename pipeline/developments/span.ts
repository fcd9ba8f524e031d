/** The days a date covers, so dates of different precision can be compared. */
import type { PartialDate } from "../core/dates.ts";

/** First and last day, 'YYYY-MM-DD'. */
export interface Span {
  first: string;
  last: string;
}

// Plain string arithmetic: merging a large corpus builds a span per report.
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

const firstDay = ({ year, month, day }: PartialDate) => `${pad(year, 4)}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
const lastDay = ({ year, month, day }: PartialDate) => `${pad(year, 4)}-${pad(month ?? 12)}-${pad(day ?? daysIn(year, month ?? 12))}`;

export function spanOf(date: PartialDate, end?: PartialDate): Span {
  return { first: firstDay(date), last: lastDay(end ?? date) };
}

export const contains = (outer: Span, inner: Span): boolean => outer.first <= inner.first && inner.last <= outer.last;

/** Two dates can be the same event when one holds the other: "May 2023" holds "12 May 2023"; 12 and 13 May cannot. */
export const compatible = (a: Span, b: Span): boolean => contains(a, b) || contains(b, a);
