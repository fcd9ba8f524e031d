/**
 * The id of a merged development, which is also its feed GUID, so it must
 * not change once announced. It is made only of things a new source or a
 * better extraction leaves alone: the earliest article that reported the
 * event, the month (or year) that article's sentence gives it, and the first
 * person or place that sentence names. Not the wording (sentences get
 * reworded), not the number of sources, not the day (a later source may
 * state the day of an event first known by its month).
 */
import { compareText } from "../core/compare.ts";
import { sha256 } from "../core/hash.ts";
import type { Report } from "./reports.ts";
import type { Group } from "./same-event.ts";

const pad = (n: number) => String(n).padStart(2, "0");

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

/** Ids for the groups, in the same order; two events alike in all of the above are told apart by their order in the article. */
export function identify(groups: Group[]): string[] {
  const bases = groups.map(basis);
  const ranks = new Map<string, number[]>();
  bases.forEach(({ text, order }) => ranks.set(text, [...(ranks.get(text) ?? []), order].sort((a, b) => a - b)));
  return bases.map(({ text, order }) => {
    const rank = ranks.get(text)!.indexOf(order);
    return digest(rank === 0 ? text : `${text}\n${rank}`);
  });
}
