/**
 * One article's account of an event ("report"): a development, or an
 * unresolved one waiting for a date, with the people and places it names.
 */
import { formatPartialDate, parseDateString, type PartialDate } from "../core/dates.ts";
import type { FrontMatter, Unresolved } from "../core/schema.ts";
import { findEntities } from "../entities/find.ts";
import type { EntityTable } from "../core/entities.ts";
import { spanOf, type Span } from "./span.ts";

/** What merging reads of an article. */
export type MergeArticle = Pick<FrontMatter, "id" | "title" | "source" | "url" | "published" | "topics" | "developments" | "unresolved" | "duplicate_of">;

export interface Report {
  article: MergeArticle;
  /** Position among the article's developments, then its unresolved ones. */
  order: number;
  text: string;
  background: boolean;
  /** Null for an unresolved report. */
  date: PartialDate | null;
  end?: PartialDate;
  /** The days `date` covers; null for an unresolved report. */
  span: Span | null;
  /** What an unresolved report states: month and maybe day, no year. */
  yearless?: { month: number; day?: number; endDay?: number };
  entities: string[];
  actors: Set<string>;
  places: Set<string>;
}

/** Splits a report's entities into the actors and places the merge rules name. */
function keyer(table: EntityTable): (entities: string[]) => Pick<Report, "actors" | "places"> {
  const kinds = new Map(table.entities.map((entity) => [entity.id, entity.kind]));
  const actors = new Set<string>(table.merge.actors);
  const places = new Set<string>(table.merge.places);
  const of = (entities: string[], wanted: Set<string>) => new Set(entities.filter((id) => wanted.has(kinds.get(id) ?? "")));
  return (entities) => ({ actors: of(entities, actors), places: of(entities, places) });
}

function yearlessOf(entry: Unresolved): Report["yearless"] {
  if (entry.month === undefined) return undefined;
  return { month: entry.month, ...(entry.day ? { day: entry.day } : {}), ...(entry.end_day ? { endDay: entry.end_day } : {}) };
}

/**
 * The article with the people and places of each development and unresolved
 * entry named, as `entities` when its front matter did not set them: the
 * dearest part of merging, kept by the corpus between runs.
 */
export function withEntities(article: MergeArticle, table: EntityTable): MergeArticle {
  return {
    ...article,
    developments: article.developments.map((d) => ({ ...d, entities: d.entities ?? findEntities(d.text, table, formatPartialDate(parseDateString(d.date))) })),
    ...(article.unresolved ? { unresolved: article.unresolved.map((u) => ({ ...u, entities: u.entities ?? findEntities(u.text, table) })) } : {}),
  };
}

/** Every report of the articles; duplicates of another article add nothing. */
export function reportsOf(articles: MergeArticle[], table: EntityTable): Report[] {
  const reports: Report[] = [];
  const keyed = keyer(table);
  for (const each of articles) {
    if (each.duplicate_of) continue;
    const article = withEntities(each, table);
    let order = 0;
    for (const development of article.developments) {
      const date = parseDateString(development.date);
      const end = development.end ? parseDateString(development.end) : undefined;
      const entities = development.entities!;
      reports.push({
        article,
        order: order++,
        text: development.text,
        background: development.background ?? false,
        date,
        ...(end ? { end } : {}),
        span: spanOf(date, end),
        entities,
        ...keyed(entities),
      });
    }
    for (const entry of article.unresolved ?? []) {
      const yearless = yearlessOf(entry);
      // A relative date in an undated article says nothing that can be matched.
      if (!yearless) continue;
      const entities = entry.entities!;
      reports.push({ article, order: order++, text: entry.text, background: entry.background ?? false, date: null, span: null, yearless, entities, ...keyed(entities) });
    }
  }
  return reports;
}
