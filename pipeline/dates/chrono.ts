/**
 * chrono-node as a second reader for date stamps the patterns do not know
 * ("5th of June 2023"). Only what chrono marks certain is used, so its
 * guesses (a missing year, a default noon) never become data.
 */
import * as chrono from "chrono-node";
import { ZONES, zoneOf } from "./patterns.ts";
import type { Mention } from "./types.ts";

const PARSERS: Record<string, chrono.Chrono> = { en: chrono.strict, fr: chrono.fr.strict, de: chrono.de.strict, es: chrono.es.strict };
// Only certain components are read, so the reference never shows; it is fixed so nothing depends on the clock.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const ZONE_AT_END = new RegExp(`(?:^|\\s)\\(?(${ZONES}|[+-]\\d{2}:?\\d{2})\\)?$`, "u");

const pad = (n: number) => String(n).padStart(2, "0");

/** Day-precise dates chrono finds in `text`, in the parser of `language` or, when none is given, of every supported language. */
export function chronoDates(text: string, language?: string): Mention[] {
  const parsers = language ? [PARSERS[language] ?? chrono.strict] : Object.values(PARSERS);
  for (const parser of parsers) {
    const found = parser.parse(text, REFERENCE).flatMap((result): Mention[] => {
      const { start } = result;
      if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return [];
      const date = { year: start.get("year")!, month: start.get("month")!, day: start.get("day")! };
      const weekday = start.isCertain("weekday") ? ((start.get("weekday")! + 6) % 7) + 1 : undefined;
      const time = start.isCertain("hour") ? `${pad(start.get("hour")!)}:${pad(start.get("minute") ?? 0)}` : undefined;
      const zone = time ? ZONE_AT_END.exec(result.text)?.[1] : undefined;
      return [{
        start: result.index,
        end: result.index + result.text.length,
        text: result.text,
        when: { kind: "absolute", readings: [date] },
        ...(weekday ? { weekday } : {}),
        ...(time ? { time } : {}),
        ...(zone ? { zone: zoneOf(zone) } : {}),
      }];
    });
    if (found.length) return found;
  }
  return [];
}
