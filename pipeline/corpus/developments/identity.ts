/**
 * The id of a merged development, which is also its feed GUID, so it must
 * not change once announced. A development that was already in the
 * developments file keeps its id whatever joins or leaves it: it is carried
 * forward to the group with the same source articles and date, else to the
 * group that shares most of its source articles, as article ids are carried
 * forward by raw file. A development seen for the first time
 * gets an id made only of things a new source or a better extraction leaves
 * alone: its earliest article, the month (or year) that article's sentence
 * gives it, and the first person or place that sentence names.
 */
import { compareText } from "../../model/compare.ts";
import { formatPartialDate, pad } from "../../model/dates.ts";
import type { MergedDevelopment } from "../../model/developments.ts";
import { sha256 } from "../../model/hash.ts";
import type { Report } from "./reports.ts";
import type { Group } from "./same-event.ts";


/** Earliest published first; undated articles last. */
function earliest(a: Report, b: Report): number {
  return compareText(a.article.published ?? "9999", b.article.published ?? "9999") || compareText(a.article.id, b.article.id) || a.order - b.order;
}

function basis(group: Group): { text: string; order: number } {
  const anchor = [...group.members].sort(earliest)[0]!;
  const { date, yearless } = anchor;
  const period = date ? (date.month === undefined ? `${date.year}` : `${date.year}-${pad(date.month)}`) : `--${pad(yearless!.month)}`;
  const key = [...anchor.actors][0] ?? [...anchor.places][0] ?? "";
  return { text: `${anchor.article.id}\n${period}\n${key}`, order: anchor.order };
}

const digest = (text: string) => `dev-${sha256(text).slice(0, 16)}`;

/**
 * A development of the file as last written, as far as ids are carried from
 * it: its id, date and source articles, and the development itself, read
 * only for one whose id must be carried by its sentences (`carried`).
 */
export interface Previous {
  id: string;
  date: string;
  end?: string;
  /** Its source articles' ids, in `compareText` order. */
  articles: string[];
  development(): MergedDevelopment;
}

/** A development at hand as the `Previous` it stands for. */
export function previousOf(development: MergedDevelopment): Previous {
  const articles = [...new Set(development.sources.map((source) => source.article))].sort(compareText);
  return { id: development.id, date: development.date, ...(development.end ? { end: development.end } : {}), articles, development: () => development };
}

/**
 * Ids the groups take over from the previous developments: the pairs that
 * share most source articles first, then most sentences, then the date, so
 * two events reported by the same articles keep their own ids; each id once.
 */
function carried(groups: Group[], previous: MergedDevelopment[]): (string | undefined)[] {
  const holders = new Map<string, number[]>();
  previous.forEach((development, at) => {
    for (const { article, text } of development.sources) {
      for (const key of [article, `${article}\n${text}`]) {
        const list = holders.get(key);
        if (list) list.push(at);
        else holders.set(key, [at]);
      }
    }
  });
  const pairs: { group: number; at: number; score: number[] }[] = [];
  groups.forEach((group, index) => {
    const shared = new Map<number, { articles: number; texts: number }>();
    const count = (key: string, field: "articles" | "texts") => {
      for (const at of holders.get(key) ?? []) {
        const entry = shared.get(at) ?? { articles: 0, texts: 0 };
        entry[field]++;
        shared.set(at, entry);
      }
    };
    for (const article of new Set(group.members.map((member) => member.article.id))) count(article, "articles");
    for (const member of group.members) count(`${member.article.id}\n${member.text}`, "texts");
    const date = formatPartialDate(group.date);
    for (const [at, { articles, texts }] of shared) {
      if (articles > 0) pairs.push({ group: index, at, score: [articles, texts, Number(previous[at]!.date === date)] });
    }
  });
  const byScore = (a: number[], b: number[]) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!;
  pairs.sort((a, b) => byScore(a.score, b.score) || compareText(previous[a.at]!.id, previous[b.at]!.id) || a.group - b.group);
  const ids: (string | undefined)[] = groups.map(() => undefined);
  const taken = new Set<number>();
  for (const { group, at } of pairs) {
    if (ids[group] !== undefined || taken.has(at)) continue;
    ids[group] = previous[at]!.id;
    taken.add(at);
  }
  return ids;
}

/** The source articles and the date: a development nothing joined or left has the same. */
const groupKey = (group: Group) =>
  `${[...new Set(group.members.map((member) => member.article.id))].sort(compareText).join(" ")}\n${formatPartialDate(group.date)}\n${group.end ? formatPartialDate(group.end) : ""}`;
const previousKey = (previous: Previous) => `${previous.articles.join(" ")}\n${previous.date}\n${previous.end ?? ""}`;

/** For each group, the previous development it is alone in matching by `groupKey`, if any. */
function unchanged(groups: Group[], previous: Previous[]): (number | undefined)[] {
  const held = new Map<string, number | null>();
  previous.forEach((development, at) => {
    const key = previousKey(development);
    held.set(key, held.has(key) ? null : at);
  });
  const keys = groups.map(groupKey);
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  return keys.map((key) => (seen.get(key) === 1 ? held.get(key) ?? undefined : undefined));
}

/**
 * Ids for the groups, in the same order. `previous` is the developments file
 * as last written. A group with the same articles and date as one previous
 * development keeps its id; the others are matched by `carried`. Two new
 * events alike in all of the above are told apart by their order in the
 * article, and never take an id already given.
 */
export function identify(groups: Group[], previous: Previous[] = []): string[] {
  const same = unchanged(groups, previous);
  const ids: (string | undefined)[] = same.map((at) => (at === undefined ? undefined : previous[at]!.id));
  const rest = groups.flatMap((_, index) => (same[index] === undefined ? [index] : []));
  const taken = new Set(same.filter((at) => at !== undefined));
  const others = carried(
    rest.map((index) => groups[index]!),
    previous.flatMap((development, at) => (taken.has(at) ? [] : [development.development()])),
  );
  rest.forEach((index, k) => (ids[index] = others[k]));
  const used = new Set([...previous.map((development) => development.id), ...ids.filter((id) => id !== undefined)]);
  const fresh = groups.map((group, index) => (ids[index] === undefined ? basis(group) : null));
  const ranks = new Map<string, number[]>();
  for (const each of fresh) if (each) ranks.set(each.text, [...(ranks.get(each.text) ?? []), each.order].sort((a, b) => a - b));
  return groups.map((_, index) => {
    const kept = ids[index];
    if (kept !== undefined) return kept;
    const { text, order } = fresh[index]!;
    let rank = ranks.get(text)!.indexOf(order);
    let id = digest(rank === 0 ? text : `${text}\n${rank}`);
    while (used.has(id)) id = digest(`${text}\n${++rank}`);
    used.add(id);
    return id;
  });
}
