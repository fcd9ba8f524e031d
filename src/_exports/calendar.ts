/**
 * iCalendar files (RFC 5545) of the developments: every development an
 * all-day event spanning exactly what its date states (a day, a month, a
 * year, or a range of them), its UID the development's feed id, its dates
 * from the data and never from the clock, so two builds are identical.
 * Written here rather than with a library: at 10,000 articles the calendars
 * hold over 100,000 events, which ical-generator took half a minute to write.
 */
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import type { Topic } from "../../pipeline/model/taxonomy.ts";
import { withoutControls } from "../../pipeline/model/controls.ts";
import { dayAfter, firstDay } from "../_model/dates.ts";
import { lastReported, type FeedContext } from "./feeds.ts";
import { absoluteUrl } from "../_model/site.ts";

export interface Calendar {
  /** What links to it call it: "All developments". */
  label: string;
  title: string;
  description: string;
  /** Site path, e.g. 'topics/detainees/developments.ics'. */
  path: string;
  developments: MergedDevelopment[];
}

/** All developments, then one calendar per topic. */
export function calendars(context: FeedContext): Calendar[] {
  const { site } = context;
  const topic = (t: Topic): Calendar => ({
    label: t.title,
    title: `${t.title} · ${site.title}`,
    description: t.description,
    path: `topics/${t.id}/developments.ics`,
    developments: context.developmentsIn(t.id),
  });
  return [{ label: "All developments", title: `${site.title}: developments`, description: site.description, path: "developments.ics", developments: context.developments }, ...context.topics.map(topic)];
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; control characters, as illegal here as in XML, dropped. */
export function icalText(text: string): string {
  return withoutControls(text).replace(/[\\;,]/g, "\\$&").replace(/\r\n|\r|\n/g, "\\n");
}

const MAX_OCTETS = 75;

/** A content line folded so no line exceeds 75 octets, the leading space of a continuation included, never inside a character. */
export function fold(line: string): string {
  if (line.length <= MAX_OCTETS && !/[^\x00-\x7F]/.test(line)) return line;
  let out = "";
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > MAX_OCTETS) {
      out += "\r\n ";
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** 'YYYY-MM-DD' as a DATE value. */
const date = (day: string) => day.replace(/-/g, "");

// A development's event is the same in every calendar that lists it.
const events = new WeakMap<MergedDevelopment, string>();

function event(context: FeedContext, development: MergedDevelopment): string {
  let text = events.get(development);
  if (text !== undefined) return text;
  const updated = lastReported(development, context);
  const categories = [...development.topics.map((id) => context.topicTitle(id)), ...(development.background ? ["Context"] : [])];
  const lines = [
    "BEGIN:VEVENT",
    `UID:${icalText(development.id)}`,
    // Required; the day the event last changed, as the clock would make every build differ.
    `DTSTAMP:${date(updated ?? firstDay(development.date))}T000000Z`,
    `DTSTART;VALUE=DATE:${date(firstDay(development.date))}`,
    `DTEND;VALUE=DATE:${date(dayAfter(development.end ?? development.date))}`,
    `SUMMARY:${icalText(development.text)}`,
    `URL:${absoluteUrl(context.site, context.developmentPath(development.id))}`,
    ...(categories.length > 0 ? [`CATEGORIES:${categories.map(icalText).join(",")}`] : []),
    ...(updated ? [`LAST-MODIFIED:${date(updated)}T000000Z`] : []),
    // A reported event does not make the reader busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
  text = lines.map(fold).join("\r\n");
  events.set(development, text);
  return text;
}

export function renderCalendar(context: FeedContext, calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Dossier//Dossier//EN",
    "CALSCALE:GREGORIAN",
    `NAME:${icalText(calendar.title)}`,
    `X-WR-CALNAME:${icalText(calendar.title)}`,
    `DESCRIPTION:${icalText(calendar.description)}`,
    `X-WR-CALDESC:${icalText(calendar.description)}`,
    `SOURCE;VALUE=URI:${absoluteUrl(context.site, calendar.path)}`,
  ].map(fold);
  return [...lines, ...calendar.developments.map((development) => event(context, development)), "END:VCALENDAR", ""].join("\r\n");
}
