/**
 * One article's account of an event ("report"): a development, or an
 * unresolved one waiting for a date, with the people and places it names.
 */
import { formatPartialDate, parseDateString, type PartialDate } from "../core/dates.ts";
import type { FrontMatter, Unresolved } from "../core/schema.ts";
import { findEntities } from "../entities/find.ts";
import type { EntityTable } from "../entities/table.ts";

export interface Report {
  article: FrontMatter;
  /** Position among the article's developments, then its unresolved ones. */
  order: number;
  text: string;
  background: boolean;
  /** Null for an unresolved report. */
  date: PartialDate | null;
  end?: PartialDate;
  /** What an unresolved report states: month and maybe day, no year. */
  yearless?: { month: number; day?: number; endDay?: number };
  entities: string[];
  actors: Set<string>;
  places: Set<string>;
}

function keyed(entities: string[], table: EntityTable): Pick<Report, "actors" | "places"> {
  const kinds = new Map(table.entities.map((entity) => [entity.id, entity.kind]));
  const of = (wanted: string[]) => new Set(entities.filter((id) => wanted.includes(kinds.get(id) ?? "")));
  return { actors: of(table.merge.actors), places: of(table.merge.places) };
}

function yearlessOf(entry: Unresolved): Report["yearless"] {
  if (entry.month === undefined) return undefined;
  return { month: entry.month, ...(entry.day ? { day: entry.day } : {}), ...(entry.end_day ? { endDay: entry.end_day } : {}) };
}

/** Every report of the articles; duplicates of another article add nothing. */
export function reportsOf(articles: FrontMatter[], table: EntityTable): Report[] {
  const reports: Report[] = [];
  for (const article of articles) {
    if (article.duplicate_of) continue;
    let order = 0;
    for (const development of article.developments) {
      const date = parseDateString(development.date);
      const entities = development.entities ?? findEntities(development.text, table, formatPartialDate(date));
      reports.push({
        article,
        order: order++,
        text: development.text,
        background: development.background ?? false,
        date,
        ...(development.end ? { end: parseDateString(development.end) } : {}),
        entities,
        ...keyed(entities, table),
      });
    }
    for (const entry of article.unresolved ?? []) {
      const yearless = yearlessOf(entry);
      // A relative date in an undated article says nothing that can be matched.
      if (!yearless) continue;
      const entities = entry.entities ?? findEntities(entry.text, table);
      reports.push({ article, order: order++, text: entry.text, background: entry.background ?? false, date: null, yearless, entities, ...keyed(entities, table) });
    }
  }
  return reports;
}
