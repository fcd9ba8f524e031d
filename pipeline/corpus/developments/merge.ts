/**
 * Turns the developments of every article into the list that feeds, digests
 * and the timeline show: one entry per event, whatever the number of
 * articles and languages that report it.
 */
import { compareText } from "../../model/compare.ts";
import { formatPartialDate, precisionOf } from "../../model/dates.ts";
import { NO_ENTITIES, type EntityTable } from "../../model/entities.ts";
import { identify, previousOf, type Previous } from "./identity.ts";
import { groupReports, type LastGrouping } from "./periods.ts";
import { memberKey, reportsOf, type MergeArticle, type Report } from "./reports.ts";
import { readableSentence } from "./sentence.ts";
import type { Group } from "./same-event.ts";
import type { DevelopmentSource, MergedDevelopment } from "../../model/developments.ts";

/**
 * The clearest account first: in the site's language when one is, stating
 * the event's date, as its main news, naming most of its people and places,
 * in the fewest words once its dateline and attribution are off.
 */
function clearest(group: Group, language: string | undefined): (a: Report, b: Report) => number {
  const date = formatPartialDate(group.date);
  const foreign = (r: Report) => (language && r.article.language !== language ? 1 : 0);
  const states = (r: Report) => (r === group.dateReport || (r.date && formatPartialDate(r.date) === date) ? 0 : 1);
  const named = (r: Report) => -[...r.actors, ...r.places].filter((id) => group.actors.has(id) || group.places.has(id)).length;
  const length = (r: Report) => readableSentence(r.text).length;
  // Each member's rank on every count, read once rather than at each comparison.
  const ranks = new Map<Report, number[]>();
  const rank = (r: Report) => {
    let found = ranks.get(r);
    if (!found) ranks.set(r, (found = [foreign(r), states(r), Number(r.background), named(r), length(r)]));
    return found;
  };
  return (a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return compareText(a.article.id, b.article.id);
  };
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

function merged(group: Group, id: string, language: string | undefined): MergedDevelopment {
  const order = clearest(group, language);
  const lead = group.members.reduce((best, r) => (order(r, best) < 0 ? r : best));
  return {
    id,
    date: formatPartialDate(group.date),
    precision: precisionOf(group.date),
    ...(group.end ? { end: formatPartialDate(group.end) } : {}),
    text: readableSentence(lead.text),
    topics: [...new Set(group.members.flatMap((r) => r.article.topics))].sort(),
    background: group.members.every((r) => r.background),
    sources: sources(group, order),
    date_from: group.dateReport.article.id,
    entities: [...new Set(group.members.flatMap((r) => r.entities))],
  };
}

/** The reports that formed a development, so a later merge can keep what a change did not touch. */
export interface Membership {
  id: string;
  /** The development's date and end, as written. */
  date: string;
  end?: string;
  /** Each member's article id and its place there (`Report.order`), in the order they joined. */
  members: string[];
}

/** What the last merge left, for merging again only what changed since. */
export interface Earlier {
  /** As the last merge returned them; `previous` must be the file it wrote. */
  memberships: Membership[];
  /** Ids of the articles added, changed or removed since. */
  changed: Set<string>;
}

export interface Merged {
  /** Newest first: each development made again, or, where nothing touched it, the `Previous` it was, to be written as it was. */
  developments: (MergedDevelopment | Previous)[];
  memberships: Membership[];
}

/** Whether the merge kept a development as last written. */
export const isPrevious = (development: MergedDevelopment | Previous): development is Previous => typeof (development as Previous).development === "function";

/** The developments of a merge, those kept as last written read from the file. */
export const readInFull = (merged: Merged): MergedDevelopment[] => merged.developments.map((development) => (isPrevious(development) ? development.development() : development));

/** The last grouping, when every development it made is in `previous`, the file it wrote. */
function lastGrouping(earlier: Earlier, previous: Previous[]): LastGrouping | undefined {
  const ids = new Set(previous.map((development) => development.id));
  if (!earlier.memberships.every((membership) => ids.has(membership.id))) return undefined;
  return { groups: earlier.memberships.map(({ date, members }) => ({ date, members })), changed: earlier.changed };
}

const sameMembers = (group: Group, membership: Membership) => group.members.length === membership.members.length && group.members.every((r, i) => memberKey(r) === membership.members[i]);

/**
 * `entities` is the alias table (`loadEntities("corpus/entities.yaml")`);
 * without it no people or places are known and reports of one event by
 * several articles stay apart. `previous` is the developments file as last
 * written, whose ids are carried forward. With `earlier`, only what the
 * changed articles touch is merged again: the result is the same.
 */
export function merge(articles: MergeArticle[], entities: EntityTable = NO_ENTITIES, previous: Previous[] = [], earlier?: Earlier): Merged {
  const reports = reportsOf(articles, entities);
  const groups = groupReports(reports, entities.merge, earlier && lastGrouping(earlier, previous));
  const ids = identify(groups, previous);
  const written = new Map(previous.map((development) => [development.id, development]));
  const lastMade = new Map(earlier?.memberships.map((membership) => [membership.id, membership]));
  const untouched = (group: Group) => group.members.every((r) => !earlier?.changed.has(r.article.id));
  const developments = groups.map((group, i) => {
    const membership = lastMade.get(ids[i]!);
    // A development whose reports, unchanged, and id are as last written is written as it was.
    const same = membership && sameMembers(group, membership) && untouched(group) ? written.get(ids[i]!) : undefined;
    return same ?? merged(group, ids[i]!, entities.merge.language);
  });
  return {
    developments: developments.sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id)),
    memberships: groups.map((group, i) => ({
      id: ids[i]!,
      date: formatPartialDate(group.date),
      ...(group.end ? { end: formatPartialDate(group.end) } : {}),
      members: group.members.map(memberKey),
    })),
  };
}

/** Newest first; see `merge`. */
export function mergeDevelopments(articles: MergeArticle[], entities: EntityTable = NO_ENTITIES, previous: MergedDevelopment[] = []): MergedDevelopment[] {
  return readInFull(merge(articles, entities, previous.map(previousOf)));
}
