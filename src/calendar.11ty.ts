/** 'developments.ics' and 'topics/<id>/developments.ics'. */
import { renderCalendar, type Calendar } from "./_config/calendar.ts";
import type { Dossier } from "./_config/dossier.ts";

interface Data {
  dossier: Dossier;
  calendar: Calendar;
}

export const data = {
  pagination: { data: "dossier.calendars", size: 1, alias: "calendar" },
  permalink: ({ calendar }: Data) => calendar.path,
  eleventyExcludeFromCollections: true,
};

export function render({ dossier, calendar }: Data): string {
  return renderCalendar(dossier, calendar);
}
