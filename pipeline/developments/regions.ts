/**
 * Regions of dated reports that group independently of each other. Two
 * reports can only end in one group, or change which group the other joins,
 * through a chain of reports that share a link (`linksOf`: a person, a pair
 * of participants, or for reports naming no person a place) and whose days
 * overlap: every member of a group covers the group's days, and a report
 * fits a group only through a member it shares a link with. So grouping the
 * reports of a region alone gives the region's groups exactly as grouping
 * the whole corpus does.
 */
import type { Report } from "./reports.ts";
import { linksOf } from "./same-event.ts";

/** A region number for each dated report; reports of one region share it. */
export function regionsOf(reports: Report[]): Map<Report, number> {
  const parent = reports.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const byLink = new Map<string, number[]>();
  reports.forEach((report, i) => {
    for (const link of linksOf(report)) {
      const list = byLink.get(link);
      if (list) list.push(i);
      else byLink.set(link, [i]);
    }
  });
  // Per person or place, reports by first day: each joins the run of overlapping spans before it.
  for (const list of byLink.values()) {
    list.sort((a, b) => (reports[a]!.span!.first < reports[b]!.span!.first ? -1 : reports[a]!.span!.first > reports[b]!.span!.first ? 1 : 0));
    let last = "";
    let run = -1;
    for (const i of list) {
      const { first, last: end } = reports[i]!.span!;
      if (run >= 0 && first <= last) {
        parent[root(i)] = root(run);
        if (end > last) last = end;
      } else {
        run = i;
        last = end;
      }
    }
  }
  return new Map(reports.map((report, i) => [report, root(i)]));
}
