/**
 * Groups reports of the same event. Reports are only compared with groups
 * one of whose members shares a link with them (`linksOf`) over days that
 * can hold theirs (blocking), so the work grows with the corpus, not with
 * its square.
 */
import { compareText } from "../../model/compare.ts";
import { pad, precisionOf } from "../../model/dates.ts";
import type { MergeRules } from "../../model/entities.ts";
import type { Report } from "./reports.ts";
import { linksOf, sameEvent, type Group } from "./same-event.ts";
import { contains } from "./span.ts";

const PRECISION_RANK = { day: 0, month: 1, year: 2 };

/** Most precise first, so groups form around the report that states the day; then oldest article first. */
export function byPrecision(a: Report, b: Report): number {
  return (
    PRECISION_RANK[precisionOf(a.date!)] - PRECISION_RANK[precisionOf(b.date!)] ||
    compareText(a.article.published ?? "9999", b.article.published ?? "9999") ||
    compareText(a.article.id, b.article.id) ||
    a.order - b.order
  );
}

/**
 * Block keys a group is filed under, by what its date states: a day ("d:2023-05-12"),
 * a range of days ("r:2023-05"), a month ("m:2023-05") or a year ("y:2023"); what
 * it lies in ("in:2023-05", "in:2023"), for vaguer reports; and its day and month
 * of any year, for reports that give no year.
 */
function fileKeys(group: Group): string[] {
  const { year, month, day } = group.date;
  if (month === undefined) return [`y:${year}`];
  const ym = `${year}-${pad(month)}`;
  if (day === undefined) return [`m:${ym}`, `in:${year}`, `Dm:${pad(month)}`, `D:${pad(month)}`];
  return [group.end ? `r:${ym}` : `d:${ym}-${pad(day)}`, `in:${ym}`, `in:${year}`, `Dd:${pad(month)}-${pad(day)}`, `D:${pad(month)}`];
}

/** Block keys of the groups whose dates can hold the report's date, or be held by it. */
function lookupKeys(report: Report): string[] {
  if (!report.date) {
    const { month, day } = report.yearless!;
    return day === undefined ? [`D:${pad(month)}`] : [`Dd:${pad(month)}-${pad(day)}`, `Dm:${pad(month)}`];
  }
  const { year, month, day } = report.date;
  if (month === undefined) return [`y:${year}`, `in:${year}`];
  const ym = `${year}-${pad(month)}`;
  if (day === undefined) return [`m:${ym}`, `in:${ym}`, `y:${year}`];
  return [report.end ? `in:${ym}` : `d:${ym}-${pad(day)}`, `r:${ym}`, `m:${ym}`, `y:${year}`];
}

export function newGroup(report: Report): Group {
  return { members: [report], date: report.date!, ...(report.end ? { end: report.end } : {}), span: report.span!, dateReport: report, actors: new Set(report.actors), places: new Set(report.where) };
}

/** Adds the report; true when the group's date became more precise. */
export function join(group: Group, report: Report): boolean {
  group.members.push(report);
  for (const id of report.actors) group.actors.add(id);
  for (const id of report.where) group.places.add(id);
  const { span } = report;
  if (!span) return false;
  // Keep the most precise date any source states.
  if (!contains(group.span, span) || (span.first === group.span.first && span.last === group.span.last)) return false;
  Object.assign(group, { date: report.date, span, dateReport: report });
  if (report.end) group.end = report.end;
  else delete group.end;
  return true;
}

/** Adds `at` to an ascending list of group indexes, once; true when it was not there. */
function insertSorted(list: number[], at: number): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < at) low = mid + 1;
    else high = mid;
  }
  if (list[low] === at) return false;
  list.splice(low, 0, at);
  return true;
}

/**
 * Groups filed by block, each block oldest group first, under only the keys
 * and links the given reports look up: no other report is placed meanwhile.
 */
function blocks(groups: Group[], rules: MergeRules, reports: Report[]) {
  const keys = new Set(reports.flatMap(lookupKeys));
  const links = new Set(reports.flatMap(linksOf));
  // By date key, then link: a block is a date key and a link.
  const index = new Map<string, Map<string, number[]>>();
  const blocksOf = (key: string) => {
    let byLink = index.get(key);
    if (!byLink) index.set(key, (byLink = new Map()));
    return byLink;
  };
  // A group's keys change only when its date does.
  const keysOf = new Map<number, Map<string, number[]>[]>();
  // Files a group under the blocks of the given members' links.
  const file = (at: number, members: Report[]) => {
    const filed = new Set(members.flatMap(linksOf).filter((id) => links.has(id)));
    if (filed.size === 0) return;
    let kept = keysOf.get(at);
    if (!kept) keysOf.set(at, (kept = fileKeys(groups[at]!).filter((key) => keys.has(key)).map(blocksOf)));
    for (const byLink of kept) {
      for (const id of filed) {
        let list = byLink.get(id);
        if (!list) byLink.set(id, (list = []));
        insertSorted(list, at);
      }
    }
  };
  groups.forEach((group, at) => file(at, group.members));
  // The oldest groups the report fits, at most `limit` of them, oldest first.
  const candidates = (report: Report, limit: number) => {
    const fitting: number[] = [];
    const tried = new Set<number>();
    const looked = lookupKeys(report).map((key) => index.get(key));
    for (const id of linksOf(report)) {
      for (const byLink of looked) {
        for (const at of byLink?.get(id) ?? []) {
          // Later groups of this block are younger than every fit kept so far.
          if (fitting.length === limit && at > fitting[limit - 1]!) break;
          if (tried.has(at)) continue;
          tried.add(at);
          if (!sameEvent(report, groups[at]!, rules)) continue;
          insertSorted(fitting, at);
          if (fitting.length > limit) fitting.pop();
        }
      }
    }
    return fitting;
  };
  const add = (at: number, report: Report) => {
    const group = groups[at]!;
    const refiled = join(group, report);
    if (refiled) keysOf.delete(at);
    file(at, refiled ? group.members : [report]);
  };
  const start = (report: Report) => {
    groups.push(newGroup(report));
    file(groups.length - 1, [report]);
  };
  return { candidates, add, start };
}

/**
 * Adds the dated reports to `groups`, oldest group first, most precise report
 * first (`byPrecision`): each joins the oldest group it fits, or starts one.
 */
export function groupDated(reports: Report[], rules: MergeRules, groups: Group[] = []): Group[] {
  const { candidates, add, start } = blocks(groups, rules, reports);
  for (const report of [...reports].sort(byPrecision)) {
    const at = candidates(report, 1)[0];
    if (at === undefined) start(report);
    else add(at, report);
  }
  return groups;
}

/**
 * Adds the year-less reports, in the order given, to the groups. A year-less
 * report joins only an event it cannot mistake for another (12 May of which
 * year?), so what it joins does not depend on the order of the groups.
 */
export function joinYearless(groups: Group[], reports: Report[], rules: MergeRules): void {
  const { candidates, add } = blocks(groups, rules, reports);
  for (const report of reports) {
    const found = candidates(report, 2);
    if (found.length === 1) add(found[0]!, report);
  }
}
