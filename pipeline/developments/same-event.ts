/** Whether a report tells of the same event as a group of reports already merged. */
import type { PartialDate } from "../core/dates.ts";
import { aliasKey } from "../entities/alias.ts";
import type { MergeRules } from "../entities/table.ts";
import type { Report } from "./reports.ts";
import { compatible, type Span } from "./span.ts";

export interface Group {
  members: Report[];
  /** The most precise date any member states, and the report stating it. */
  date: PartialDate;
  end?: PartialDate;
  span: Span;
  dateReport: Report;
  actors: Set<string>;
  places: Set<string>;
}

const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

function datesFit(report: Report, group: Group): boolean {
  if (report.span) return compatible(report.span, group.span);
  const { month, day } = report.yearless!;
  return group.date.month === month && (day === undefined || group.date.day === undefined || group.date.day === day);
}

const words = (text: string) => new Set(aliasKey(text).match(/\p{L}{4,}/gu) ?? []);

/** Share of words two sentences have in common (Jaccard). */
function similarity(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared / (x.size + y.size - shared || 1);
}

/**
 * Same event: compatible dates, at least one shared actor, and no
 * disagreement on the place. Reports that name no actor at all only merge
 * when they name the same place in nearly the same words, so two events on
 * the same day in the same city stay two.
 */
export function sameEvent(report: Report, group: Group, rules: MergeRules): boolean {
  if (!datesFit(report, group)) return false;
  const placesAgree = !report.places.size || !group.places.size || intersects(report.places, group.places);
  if (report.actors.size || group.actors.size) return intersects(report.actors, group.actors) && placesAgree;
  return intersects(report.places, group.places) && group.members.some((member) => similarity(report.text, member.text) >= rules.similarity);
}
