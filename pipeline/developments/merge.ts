/**
 * Turns the developments of every article into the list that feeds, digests
 * and the timeline show: one entry per event, whatever the number of
 * articles and languages that report it.
 */
import { compareText } from "../core/compare.ts";
import { formatPartialDate, precisionOf } from "../core/dates.ts";
import { NO_ENTITIES, type EntityTable } from "../core/entities.ts";
import { groupReports } from "./group.ts";
import { identify } from "./identity.ts";
import { reportsOf, type MergeArticle, type Report } from "./reports.ts";
import type { Group } from "./same-event.ts";
import type { DevelopmentSource, MergedDevelopment } from "../core/developments.ts";

/** The clearest account first: it states the event's date, as its main news, naming most of its people and places, in the fewest words. */
function clearest(group: Group): (a: Report, b: Report) => number {
  const states = (r: Report) => (r === group.dateReport || (r.date && formatPartialDate(r.date) === formatPartialDate(group.date)) ? 0 : 1);
  const named = (r: Report) => -[...r.actors, ...r.places].filter((id) => group.actors.has(id) || group.places.has(id)).length;
  return (a, b) => states(a) - states(b) || Number(a.background) - Number(b.background) || named(a) - named(b) || a.text.length - b.text.length || compareText(a.article.id, b.article.id);
}

function sources(group: Group, order: (a: Report, b: Report) => number): DevelopmentSource[] {
  const best = new Map<string, Report>();
  for (const report of [...group.members].sort(order)) if (!best.has(report.article.id)) best.set(report.article.id, report);
  return [...best.values()]
    .sort((a, b) => compareText(a.article.published ?? "9999", b.article.published ?? "9999") || compareText(a.article.id, b.article.id))
    .map(({ article, text, date }) => ({
      article: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      text,
      ...(date ? {} : { date_from: group.dateReport.article.id }),
    }));
}

function merged(group: Group, id: string): MergedDevelopment {
  const order = clearest(group);
  const lead = [...group.members].sort(order)[0]!;
  return {
    id,
    date: formatPartialDate(group.date),
    precision: precisionOf(group.date),
    ...(group.end ? { end: formatPartialDate(group.end) } : {}),
    text: lead.text,
    topics: [...new Set(group.members.flatMap((r) => r.article.topics))].sort(),
    background: group.members.every((r) => r.background),
    sources: sources(group, order),
    date_from: group.dateReport.article.id,
    entities: [...new Set(group.members.flatMap((r) => r.entities))],
  };
}

/**
 * Newest first. `entities` is the alias table (`loadEntities("corpus/entities.yaml")`);
 * without it no people or places are known and reports of one event by
 * several articles stay apart. `previous` is the developments file as last
 * written, whose ids are carried forward.
 */
export function mergeDevelopments(articles: MergeArticle[], entities: EntityTable = NO_ENTITIES, previous: MergedDevelopment[] = []): MergedDevelopment[] {
  const groups = groupReports(reportsOf(articles, entities), entities.merge);
  const ids = identify(groups, previous);
  return groups.map((group, i) => merged(group, ids[i]!)).sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id));
}
