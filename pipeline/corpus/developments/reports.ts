/**
 * One article's account of an event ("report"): a development, or an
 * unresolved one waiting for a date, with the people and places it names.
 */
import { formatPartialDate, parseDateString, type PartialDate } from "../../model/dates.ts";
import type { Development, FrontMatter, Unresolved } from "../../model/schema.ts";
import { entityFinder } from "./entities.ts";
import type { EntityTable } from "../../model/entities.ts";
import { spanOf, type Span } from "./span.ts";

/**
 * The entities named around a report and not in its sentence: by its
 * paragraph, the headline and the lead, nearest first.
 */
export interface Around {
  around?: string[][];
}

/** What merging reads of an article. */
export type MergeArticle = Pick<FrontMatter, "id" | "title" | "source" | "url" | "published" | "language" | "topics" | "duplicate_of"> & {
  developments: (Development & Around)[];
  unresolved?: (Unresolved & Around)[];
};

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
  /** The sentence's entities. */
  entities: string[];
  /** The people (the merge rules' actors) and places the sentence names. */
  actors: Set<string>;
  places: Set<string>;
  /** Who takes part, with what each counts (`sameEvent`): actors and participants of the sentence and around it. */
  participants: Map<string, number>;
  /** Where it happened: the sentence's places, else those of the nearest text around it that names one. */
  where: Set<string>;
}

/** A report's article id and its place there: what the last grouping names it by. */
export const memberKey = (report: Report) => `${report.article.id}\n${report.order}`;

/** The article id of a `memberKey`. */
export const articleOfKey = (key: string) => key.slice(0, key.lastIndexOf("\n"));

/** What a participant named around the sentence counts, against one the sentence names. */
const AROUND = 0.5;

/**
 * Reads a report's actors, participants and places from its entities and
 * those around it, as the merge rules name them. A report dated to the month
 * or the year is read from its sentence's people and places alone: such a
 * date holds many events, and the organisations and countries of a story are
 * in most of them.
 */
function keyer(table: EntityTable): (entities: string[], around: string[][], toTheDay: boolean) => Pick<Report, "actors" | "places" | "participants" | "where"> {
  const kinds = new Map(table.entities.map((entity) => [entity.id, entity.kind]));
  const weights = new Map<string, number>([...table.merge.participants.map((kind) => [kind, 1] as const), ...table.merge.actors.map((kind) => [kind, 2] as const)]);
  const actorKinds = new Set<string>(table.merge.actors);
  const places = new Set<string>(table.merge.places);
  const isPlace = (id: string) => places.has(kinds.get(id) ?? "");
  return (entities, around, toTheDay) => {
    const actors = new Set(entities.filter((id) => actorKinds.has(kinds.get(id) ?? "")));
    const participants = new Map<string, number>();
    const count = (ids: string[], factor: number) => {
      for (const id of ids) {
        const weight = (weights.get(kinds.get(id) ?? "") ?? 0) * factor;
        if (weight > (participants.get(id) ?? 0)) participants.set(id, weight);
      }
    };
    const read = toTheDay ? around : [];
    count(toTheDay ? entities : [...actors], 1);
    for (const ids of read) count(ids, AROUND);
    const sentencePlaces = entities.filter(isPlace);
    const nearest = [sentencePlaces, ...read.map((ids) => ids.filter(isPlace))].find((ids) => ids.length) ?? [];
    return { actors, places: new Set(sentencePlaces), participants, where: new Set(nearest) };
  };
}

function yearlessOf(entry: Unresolved): Report["yearless"] {
  if (entry.month === undefined) return undefined;
  return { month: entry.month, ...(entry.day ? { day: entry.day } : {}), ...(entry.end_day ? { endDay: entry.end_day } : {}) };
}

/** How much text on each side of a sentence stands for its paragraph, and how much of the body is its lead: so a long paragraph costs each of its sentences no more than an ordinary one. */
const NEAR = 1_000;

/**
 * Where each sentence stands in the body, looked for from where the last one
 * stood, since a list of reports follows the body's order; from the start
 * again only for a sentence out of order (a correction's).
 */
function locator(paragraphs: string[]): (text: string) => string {
  let at = 0;
  let offset = 0;
  const from = (text: string, first: number, start: number) => {
    for (let i = first; i < paragraphs.length; i++) {
      const found = paragraphs[i]!.indexOf(text, i === first ? start : 0);
      if (found >= 0) return [i, found] as const;
    }
    return null;
  };
  return (sentence) => {
    const place = from(sentence, at, offset) ?? from(sentence, 0, 0);
    if (!place) return "";
    [at, offset] = place;
    const paragraph = paragraphs[at]!;
    return paragraph.slice(Math.max(0, offset - NEAR), offset + sentence.length + NEAR);
  };
}

/**
 * The article with the people and places of each development and unresolved
 * entry named, as `entities` when its front matter did not set them, and,
 * given the body's paragraphs, those named `around` it: the dearest part of
 * merging, kept by the corpus between runs.
 */
export function withEntities(article: MergeArticle, table: EntityTable, paragraphs?: string[]): MergeArticle {
  // As the corpus keeps it between runs: nothing left to find.
  const found = (entry: { entities?: string[]; around?: string[][] }) => entry.entities && (!paragraphs || entry.around);
  if (article.developments.every(found) && (article.unresolved ?? []).every(found)) return article;
  const findEntities = entityFinder(table);
  const lead = (paragraphs?.[0] ?? "").slice(0, NEAR);
  const headings = new Map<string, [string[], string[]]>();
  // The headline's and the lead's, once per date a role is read on.
  const heading = (on: string | undefined) => {
    let found = headings.get(on ?? "");
    if (!found) headings.set(on ?? "", (found = [findEntities(article.title, on), findEntities(lead, on)]));
    return found;
  };
  const reader = (locate: (text: string) => string) => (entities: string[], text: string, on?: string): Around => {
    const own = new Set(entities);
    const beyond = (ids: string[]) => ids.filter((id) => !own.has(id));
    const [headline, opening] = heading(on);
    return { around: [beyond(findEntities(locate(text), on)), beyond(headline), beyond(opening)] };
  };
  const aroundDevelopment = paragraphs ? reader(locator(paragraphs)) : () => ({});
  const aroundUnresolved = paragraphs ? reader(locator(paragraphs)) : () => ({});
  return {
    ...article,
    developments: article.developments.map((d) => {
      const on = formatPartialDate(parseDateString(d.date));
      const entities = d.entities ?? findEntities(d.text, on);
      return { ...d, entities, ...(d.around ? {} : aroundDevelopment(entities, d.text, on)) };
    }),
    ...(article.unresolved
      ? {
          unresolved: article.unresolved.map((u) => {
            const entities = u.entities ?? findEntities(u.text);
            return { ...u, entities, ...(u.around ? {} : aroundUnresolved(entities, u.text)) };
          }),
        }
      : {}),
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
        ...keyed(entities, development.around ?? [], date.day !== undefined),
      });
    }
    for (const entry of article.unresolved ?? []) {
      const yearless = yearlessOf(entry);
      // A relative date in an undated article says nothing that can be matched.
      if (!yearless) continue;
      const entities = entry.entities!;
      reports.push({ article, order: order++, text: entry.text, background: entry.background ?? false, date: null, span: null, yearless, entities, ...keyed(entities, entry.around ?? [], yearless.day !== undefined) });
    }
  }
  return reports;
}
