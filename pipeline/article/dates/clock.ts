/** What print puts around a date: a weekday before it, a time and zone after it. */
import { WEEKDAY_NAMES, weekdayOf } from "./names.ts";
import { ZONES, zoneOf } from "./patterns.ts";
import { pad } from "../../model/dates.ts";

const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?<w>${WEEKDAY_NAMES})\\.?,?\\s*(?:the\\s+|le\\s+|den\\s+|el\\s+)?$`, "iu");

/** The weekday printed right before `start`, if any. */
export function weekdayBefore(text: string, start: number): { start: number; weekday: number } | null {
  const match = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const weekday = match ? weekdayOf(match.groups!.w!) : null;
  if (!match || weekday === null) return null;
  return { start: start - match[0].length, weekday };
}

const MERIDIEM = "(?<mer>[aApP]\\.?\\s?[mM]\\.?)";
const TIME_AFTER = new RegExp(
  "^\\s*(?:[,\\-–—|@·/]\\s*)?(?:at\\s+|à\\s+|um\\s+|a\\s+las\\s+)?" +
    `(?:(?<h>\\d{1,2})(?:[:h.](?<m>\\d{2}))?\\s*${MERIDIEM}|(?<h24>\\d{1,2})[:h](?<m24>\\d{2}))` +
    `(?:\\s*Uhr|\\s*h(?![\\p{L}]))?(?:\\s*\\(?(?<zone>${ZONES}|[+-]\\d{2}:?\\d{2})\\)?)?(?![\\p{L}\\p{N}])`,
  "u",
);


/** The time (HH:mm, 24 h) and zone printed right after `end`, if any. */
export function timeAfter(text: string, end: number): { end: number; time: string; zone?: string } | null {
  const match = TIME_AFTER.exec(text.slice(end, end + 40));
  if (!match) return null;
  const g = match.groups!;
  let hour = Number(g.h ?? g.h24);
  const minute = Number(g.m ?? g.m24 ?? 0);
  if (g.mer) {
    if (hour < 1 || hour > 12) return null;
    const pm = /^p/i.test(g.mer);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { end: end + match[0].length, time: `${pad(hour)}:${pad(minute)}`, ...(g.zone ? { zone: zoneOf(g.zone) } : {}) };
}
