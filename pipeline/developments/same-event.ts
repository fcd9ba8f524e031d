/** Whether a report tells of the same event as a group of reports already merged. */
import type { PartialDate } from "../core/dates.ts";
import { aliasKey } from "../entities/alias.ts";
import type { MergeRules } from "../core/entities.ts";
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

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function datesFit(report: Report, group: Group): boolean {
  if (report.span) return compatible(report.span, group.span);
  const { month, day } = report.yearless!;
  return group.date.month === month && (day === undefined || group.date.day === undefined || group.date.day === day);
}

// A report is compared with many others in a large corpus: read its words once.
const wordsOf = new WeakMap<Report, Set<string>>();
function words(report: Report): Set<string> {
  let found = wordsOf.get(report);
  if (!found) wordsOf.set(report, (found = new Set(aliasKey(report.text).match(/\p{L}{4,}/gu) ?? [])));
  return found;
}

/** Share of words two reports have in common (Jaccard). */
function similarity(a: Report, b: Report): number {
  const [x, y] = [words(a), words(b)];
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
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
  return intersects(report.places, group.places) && group.members.some((member) => similarity(report, member) >= rules.similarity);
}
