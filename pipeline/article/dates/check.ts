/** Resolves a mention and says what, if anything, keeps it from being trusted. */
import type { PartialDate } from "../../model/dates.ts";
import { weekdayOfDate } from "./calendar.ts";
import { resolve, type Resolved } from "./resolve.ts";
import type { Mention } from "./types.ts";

export type Problem = "ambiguous" | "weekday-mismatch" | "unanchored";

export interface Checked {
  resolved: Resolved | null;
  problem: Problem | null;
}

const agrees = (date: PartialDate, weekday: number | undefined) =>
  weekday === undefined || date.day === undefined || weekdayOfDate(date) === weekday;

/** Languages whose numeric dates put the month first; an English page may be American or British, so English decides nothing. */
const dayFirstIn = (language: string | undefined) => language !== undefined && language !== "en";

/**
 * The printed weekday picks between dd/mm and mm/dd ("Monday, 06/05/2023"
 * is 5 June 2023: 6 May was a Saturday); with no weekday the page's language
 * decides ("06/05/2023" on a German page is 6 May), and an English page's
 * two readings stay: nothing is guessed.
 */
export function check(mention: Mention, anchor: PartialDate | null, language?: string): Checked {
  const { when, weekday } = mention;
  if (when.kind === "absolute" && when.readings.length > 1) {
    // The day-first reading comes first (see `numeric` in absolute.ts).
    if (weekday === undefined && dayFirstIn(language)) return { resolved: resolve({ ...when, readings: [when.readings[0]!] }, anchor), problem: null };
    if (weekday === undefined) return { resolved: null, problem: "ambiguous" };
    const fitting = when.readings.filter((date) => agrees(date, weekday));
    if (fitting.length === 1) return { resolved: resolve({ ...when, readings: fitting }, anchor), problem: null };
    return { resolved: null, problem: fitting.length ? "ambiguous" : "weekday-mismatch" };
  }
  const resolved = resolve(when, anchor);
  if (!resolved) return { resolved: null, problem: "unanchored" };
  return { resolved, problem: agrees(resolved.date, weekday) ? null : "weekday-mismatch" };
}
