/**
 * Groups the reports period by period, so that after a change only the
 * periods it can reach are grouped again. A report dated to the day or the
 * month meets only groups of its own month (`lookupKeys`), a report dated to
 * the year only those of its year, a year-less one only those of its month
 * in any year; and grouping places day and month reports first, then year
 * reports, then year-less ones. So each month is grouped on its own, then
 * each year's year reports join that year's groups, then each calendar
 * month's year-less reports join: the groups are those of grouping
 * everything at once, and a period no change reaches is as it was.
 */
import { pad } from "../../model/dates.ts";
import type { MergeRules } from "../../model/entities.ts";
import { byPrecision, groupDated, join, joinYearless, newGroup } from "./group.ts";
import { articleOfKey, memberKey, type Report } from "./reports.ts";
import type { Group } from "./same-event.ts";

/** What the last grouping left, for grouping again only what changed since. */
export interface LastGrouping {
  /** Each group's date as written, and its members (`memberKey`) in the order they joined. */
  groups: { date: string; members: string[] }[];
  /** Ids of the articles added, changed or removed since. */
  changed: Set<string>;
}

type Stage = "month" | "year" | "yearless";

/** The stage a report is grouped at and its period there: "2023-05" (day or month), "2023" (year), "05" (year-less). */
function periodOf(report: Report): [Stage, string] {
  if (!report.date) return ["yearless", pad(report.yearless!.month)];
  const { year, month } = report.date;
  return month === undefined ? ["year", `${year}`] : ["month", `${year}-${pad(month)}`];
}

/** The periods a change reaches, each grouped again afresh. */
class Reached {
  readonly months = new Set<string>();
  readonly years = new Set<string>();
  readonly calendar = new Set<string>();
  report(report: Report): void {
    const [stage, period] = periodOf(report);
    if (stage === "yearless") this.calendar.add(period);
    else this.date(period);
  }
  /** A date as written: "2023-05-12", "2023-05" or "2023". */
  date(date: string): void {
    this.years.add(date.slice(0, 4));
    if (date.length < 7) return;
    this.months.add(date.slice(0, 7));
    this.calendar.add(date.slice(5, 7));
  }
}

const byStart = (a: Group, b: Group) => byPrecision(a.members[0]!, b.members[0]!);

function lists<K, V>(items: V[], keyOf: (item: V) => K): Map<K, V[]> {
  const found = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = found.get(key);
    if (list) list.push(item);
    else found.set(key, [item]);
  }
  return found;
}

/**
 * The groups of the reports, oldest group first, each group's members in the
 * order they joined. With `last`, only the periods the changed articles reach
 * are grouped again; the result is the same.
 */
export function groupReports(reports: Report[], rules: MergeRules, last?: LastGrouping): Group[] {
  const stages = lists(reports, (report) => periodOf(report)[0]);
  const reached = new Reached();
  // The members of each group of the last grouping no change touched, by its first member.
  const kept = new Map<string, Report[]>();
  if (last) {
    const byKey = new Map(reports.map((report) => [memberKey(report), report]));
    for (const report of reports) if (last.changed.has(report.article.id)) reached.report(report);
    for (const { date, members } of last.groups) {
      if (members.some((key) => last.changed.has(articleOfKey(key)))) {
        reached.date(date);
        for (const key of members) if (byKey.has(key)) reached.report(byKey.get(key)!);
      } else kept.set(members[0]!, members.map((key) => byKey.get(key)!));
    }
  }
  const isReached = (set: Set<string>, period: string) => !last || set.has(period);
  // A kept group's members of one stage, joined in their order.
  const keptOf = (group: Group) => kept.get(memberKey(group.members[0]!));
  const rejoin = (group: Group, stage: Stage) => {
    for (const report of keptOf(group)!) if (periodOf(report)[0] === stage) join(group, report);
  };
  const rebuilt = (starters: Report[], stage: Stage) =>
    starters.flatMap((report) => {
      const members = kept.get(memberKey(report));
      if (!members) return [];
      const group = newGroup(report);
      for (const member of members.slice(1)) if (periodOf(member)[0] === stage) join(group, member);
      return [group];
    });

  // Day and month reports, month by month.
  const byYear = new Map<string, Group[]>();
  for (const [month, list] of lists(stages.get("month") ?? [], (report) => periodOf(report)[1])) {
    const groups = isReached(reached.months, month) ? groupDated(list, rules) : rebuilt(list, "month");
    const year = month.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), ...groups]);
  }
  // Year reports, year by year, with the groups of their year.
  const yearReports = lists(stages.get("year") ?? [], (report) => periodOf(report)[1]);
  const dated: Group[] = [];
  // Groups whose dated members may differ from the last grouping's.
  const regrouped = new Set<Group>();
  for (const year of new Set([...byYear.keys(), ...yearReports.keys()])) {
    const groups = (byYear.get(year) ?? []).sort(byStart);
    const list = yearReports.get(year) ?? [];
    if (isReached(reached.years, year)) {
      groupDated(list, rules, groups);
      for (const group of groups) regrouped.add(group);
    } else {
      for (const group of groups) rejoin(group, "year");
      groups.push(...rebuilt(list, "year"));
    }
    dated.push(...groups);
  }
  // Year-less reports, month of the calendar by month, with the groups of that month in any year.
  const sameAsKept = (group: Group) => {
    const members = keptOf(group)?.filter((report) => report.date);
    return members !== undefined && members.length === group.members.length && members.every((report, i) => report === group.members[i]);
  };
  for (const group of regrouped) if (group.date.month !== undefined && !sameAsKept(group)) reached.calendar.add(pad(group.date.month));
  const byCalendar = lists(
    dated.filter((group) => group.date.month !== undefined),
    (group) => pad(group.date.month!),
  );
  const yearless = lists(stages.get("yearless") ?? [], (report) => periodOf(report)[1]);
  for (const [month, groups] of byCalendar) {
    if (isReached(reached.calendar, month)) joinYearless(groups.sort(byStart), yearless.get(month) ?? [], rules);
    else for (const group of groups) rejoin(group, "yearless");
  }
  return dated.sort(byStart);
}
