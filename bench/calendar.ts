/** Prints a moment the way a news site in a given language would. */
import { pad } from "../pipeline/model/dates.ts";
export interface Moment {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}


// Month and weekday names come from ICU so the four languages need no word lists;
// formatters are cached because building one costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function name(language: string, moment: Moment, part: "month" | "weekday"): string {
  const key = `${language}:${part}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { [part]: "long", timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(Date.UTC(moment.year, moment.month - 1, moment.day)));
}

/** Fills `{weekday} {day} {dd} {month} {mm} {yyyy} {h12} {hh} {min} {ampm}` in `template`. */
export function formatMoment(template: string, moment: Moment, language: string): string {
  const h12 = moment.hour % 12 === 0 ? 12 : moment.hour % 12;
  const tokens: Record<string, () => string> = {
    weekday: () => name(language, moment, "weekday"),
    day: () => String(moment.day),
    dd: () => pad(moment.day),
    month: () => name(language, moment, "month"),
    mm: () => pad(moment.month),
    yyyy: () => String(moment.year),
    h12: () => pad(h12),
    hh: () => pad(moment.hour),
    min: () => pad(moment.minute),
    ampm: () => (moment.hour < 12 ? "AM" : "PM"),
  };
  return template.replace(/\{(\w+)\}/g, (whole, token: string) => tokens[token]?.() ?? whole);
}

/** A moment `daysBefore` days earlier, at the same time of day. */
export function daysBefore(moment: Moment, days: number): Moment {
  const date = new Date(Date.UTC(moment.year, moment.month - 1, moment.day - days));
  return { ...moment, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
