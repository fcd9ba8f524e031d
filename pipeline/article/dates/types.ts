import type { PartialDate } from "../../model/dates.ts";

export type CalendarUnit = "day" | "week" | "month" | "year";

/** What a piece of text says about when, before any anchor is applied. */
export type When =
  /** A full calendar date; two readings when dd/mm and mm/dd both make sense ("06/05/2023"). */
  | { kind: "absolute"; readings: PartialDate[]; end?: PartialDate }
  /** "le 12 mai", "in early May": needs the year from an anchor. */
  | { kind: "yearless"; month: number; day?: number; endDay?: number }
  /** "last month" (month, -1), "3 days ago" (day, -3), "earlier this week" (week, 0). */
  | { kind: "relative"; unit: CalendarUnit; offset: number }
  /** "on Thursday": the last such day on or before the anchor. */
  | { kind: "weekday"; weekday: number };

/** One date found in a text, with the span it covers. */
export interface Mention {
  /** Span [start, end) in the scanned text, weekday, time and zone included. */
  start: number;
  end: number;
  text: string;
  when: When;
  /** Weekday printed with the date, 1 = Monday. */
  weekday?: number;
  /** HH:mm, 24 h, as printed. */
  time?: string;
  /** IANA zone or UTC offset, as printed. */
  zone?: string;
}
