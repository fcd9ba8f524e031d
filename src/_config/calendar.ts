/**
 * iCalendar files of the developments, with ical-generator: every
 * development an all-day event spanning exactly what its date states (a day,
 * a month, a year, or a range of them), its UID the development's feed id.
 */
import ical, { escape } from "ical-generator";
import type { MergedDevelopment } from "../../pipeline/core/developments.ts";
import type { Topic } from "../../pipeline/core/taxonomy.ts";
import { withoutControls } from "../../pipeline/text/controls.ts";
import { dayAfter, firstDay, rfc3339 } from "./dates.ts";
import { lastReported, type FeedContext } from "./feeds.ts";
import { LISTED_SOURCES } from "../_lib/parts.ts";
import { absoluteUrl } from "./site.ts";

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

// Control characters are as illegal in iCalendar text as in XML, hence withoutControls throughout.
function description(development: MergedDevelopment): string {
  const shown = development.sources.slice(0, LISTED_SOURCES).map((source) => `- ${source.title}${source.source ? ` (${source.source})` : ""}`);
  const more = development.sources.length - shown.length;
  return withoutControls([development.text, "", "Sources:", ...shown, ...(more > 0 ? [`and ${more} more`] : [])].join("\n"));
}

export function renderCalendar(context: FeedContext, calendar: Calendar): string {
  const { site } = context;
  // ical-generator leaves the calendar's name and description as given.
  const cal = ical({
    prodId: { company: "Dossier", product: "Dossier", language: "EN" },
    name: escape(withoutControls(calendar.title), false),
    description: escape(withoutControls(calendar.description), false),
    url: absoluteUrl(site, calendar.path),
  });
  for (const development of calendar.developments) {
    const updated = lastReported(development, context);
    cal.createEvent({
      id: development.id,
      allDay: true,
      start: firstDay(development.date),
      end: dayAfter(development.end ?? development.date),
      // DTSTAMP is required; the clock would make every build differ.
      stamp: rfc3339(updated ?? development.date),
      ...(updated && { lastModified: rfc3339(updated) }),
      summary: withoutControls(development.text),
      description: description(development),
      url: absoluteUrl(site, context.timelinePath(development.id)),
      categories: [...development.topics.map((id) => ({ name: withoutControls(context.topicTitle(id)) })), ...(development.background ? [{ name: "Context" }] : [])],
    });
  }
  return cal.toString();
}
