/**
 * Dates as readers see them: at the precision they have, in UTC, never
 * shifted by the zone of the machine that builds the site.
 */
import { DateTime } from "luxon";
import { firstDayOf, parseDateString, precisionOf, type DateString } from "../../pipeline/model/dates.ts";

const FORMAT = { day: "d LLLL yyyy", month: "LLLL yyyy", year: "yyyy" } as const;

/** The first instant of a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' date, in UTC. */
export function startOf(value: DateString): DateTime {
  const { year, month, day } = parseDateString(value);
  return DateTime.fromObject({ year, month: month ?? 1, day: day ?? 1 }, { zone: "utc", locale: "en-GB" });
}

const readable = new Map<DateString, string>();

/** "12 May 2023", "May 2023" or "2013". Remembered: large sites print the same dates thousands of times. */
export function readableDate(value: DateString): string {
  let text = readable.get(value);
  if (text === undefined) {
    text = startOf(value).toFormat(FORMAT[precisionOf(parseDateString(value))]);
    readable.set(value, text);
  }
  return text;
}

/** A development that spans days: "29 June 2022 – 30 June 2022". */
export function readableRange(start: DateString, end: DateString | undefined): string {
  return end && end !== start ? `${readableDate(start)} – ${readableDate(end)}` : readableDate(start);
}

/** RFC 822 date for RSS. */
export function rfc822(value: DateString): string {
  return startOf(value).toRFC2822()!;
}

/** RFC 3339 instant for Atom and JSON Feed: "2023-05-12T00:00:00Z". */
export function rfc3339(value: DateString): string {
  return startOf(value).toISO({ suppressMilliseconds: true })!;
}

/** The first day after a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' date is over: where an all-day event on it ends. */
export function dayAfter(value: DateString): DateString {
  const unit = precisionOf(parseDateString(value));
  return startOf(value).plus({ [`${unit}s`]: 1 }).toISODate()!;
}

/** The first day of a date at any precision, 'YYYY-MM-DD', so dates of different precision compare as text. */
export const firstDay = (value: DateString): DateString => firstDayOf(parseDateString(value));
