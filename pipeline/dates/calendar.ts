/** Calendar arithmetic in UTC only, so the machine's zone never moves a date. */
import { DateTime } from "luxon";
import type { PartialDate } from "../core/dates.ts";

export function toDateTime(date: PartialDate): DateTime {
  return DateTime.fromObject({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 }, { zone: "utc" });
}

export function fromDateTime(value: DateTime, precision: "day" | "month" | "year"): PartialDate {
  if (precision === "year") return { year: value.year };
  if (precision === "month") return { year: value.year, month: value.month };
  return { year: value.year, month: value.month, day: value.day };
}

/** A real date of the calendar (no 31 June, no 29 February 2023). */
export function isRealDate(year: number, month: number, day?: number): boolean {
  return DateTime.fromObject({ year, month, day: day ?? 1 }, { zone: "utc" }).isValid;
}

/** 1 = Monday ... 7 = Sunday. */
export function weekdayOfDate(date: PartialDate): number {
  return toDateTime(date).weekday;
}

/** Orders dates of any precision by the first day they cover. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}
