/**
 * chrono-node as a second reader for date stamps the patterns do not know
 * ("5th of June 2023"). Only what chrono marks certain is used, so its
 * guesses (a missing year, a default noon) never become data.
 */
import { createRequire } from "node:module";
import type { Chrono } from "chrono-node";
import { localeFilter, mayHaveCertainDay, WRITES_YEAR, type LocaleFilter } from "./chrono-filter.ts";
import { ZONES, zoneOf } from "./patterns.ts";
import { numeric } from "./absolute.ts";
import type { Mention } from "./types.ts";
import { memoByText } from "../text/memo.ts";
import { pad } from "../../model/dates.ts";

// chrono's ES build is some 250 modules to link; its CommonJS build loads faster
// (docs/performance.md, "Loading the readers").
const chrono = createRequire(import.meta.url)("chrono-node") as typeof import("chrono-node");

const PARSERS: Record<string, Chrono> = { en: chrono.strict, fr: chrono.fr.strict, de: chrono.de.strict, es: chrono.es.strict };
// Only certain components are read, so the reference never shows; it is fixed so nothing depends on the clock.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const ZONE_AT_END = new RegExp(`(?:^|\\s)\\(?(${ZONES}|[+-]\\d{2}:?\\d{2})\\)?$`, "u");

const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/;

const READERS = new Map(Object.entries(PARSERS).map(([language, parser]) => [language, { parser, filter: localeFilter(language) }]));

// The same stamps and boilerplate lines recur across a corpus ("AITV News Special Events - G4 (2023)"),
// and a line's date-line test and its publication-date reading ask the same parser: remember each
// parser's answers, up to a bound so a long run's memory stays flat.
const MEMORY = 20_000;
const BY_LANGUAGE = new Map([...READERS].map(([language, reader]) => [language, memoByText(MEMORY, (text) => parseDates(reader, text))]));

/** Day-precise dates chrono finds in `text`, in the parser of `language` or, when none is given, of the first supported language that finds any. Shared: do not modify. */
export function chronoDates(text: string, language?: string): readonly Mention[] {
  if (language) return (BY_LANGUAGE.get(language) ?? BY_LANGUAGE.get("en")!)(text);
  for (const read of BY_LANGUAGE.values()) {
    const found = read(text);
    if (found.length) return found;
  }
  return [];
}

function parseDates({ parser, filter }: { parser: Chrono; filter: LocaleFilter }, text: string): readonly Mention[] {
  if (!mayHaveCertainDay(filter, text)) return [];
  return parser.parse(text, REFERENCE).flatMap((result): Mention[] => {
    const { start } = result;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return [];
    // "14 hours ago" is certain only of the reference it counts from, which is no date of the article's.
    if (!WRITES_YEAR.test(result.text)) return [];
    // "28.09.1912:44": a two-digit year glued to a time, not 1912.
    if (/^:\d/.test(text.slice(result.index + result.text.length))) return [];
    const date = { year: start.get("year")!, month: start.get("month")!, day: start.get("day")! };
    // chrono orders "02.12.19" or "02/11/2023" by its locale; the reading rules of the patterns apply instead.
    const digits = NUMERIC.exec(result.text);
    const when = digits ? numeric(Number(digits[1]), Number(digits[3]), date.year, digits[2] === ".") : { kind: "absolute" as const, readings: [date] };
    if (!when) return [];
    const weekday = start.isCertain("weekday") ? ((start.get("weekday")! + 6) % 7) + 1 : undefined;
    const time = start.isCertain("hour") ? `${pad(start.get("hour")!)}:${pad(start.get("minute") ?? 0)}` : undefined;
    const zone = time ? ZONE_AT_END.exec(result.text)?.[1] : undefined;
    return [{
      start: result.index,
      end: result.index + result.text.length,
      text: result.text,
      when,
      ...(weekday ? { weekday } : {}),
      ...(time ? { time } : {}),
      ...(zone ? { zone: zoneOf(zone) } : {}),
    }];
  });
}
