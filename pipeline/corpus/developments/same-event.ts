/** Whether a report tells of the same event as a group of reports already merged. */
import type { PartialDate } from "../../model/dates.ts";
import { aliasKey } from "../../model/alias.ts";
import type { MergeRules } from "../../model/entities.ts";
import type { Report } from "./reports.ts";
import { compatible, type Span } from "./span.ts";

export interface Group {
  members: Report[];
  /** The most precise date any member states, and the report stating it. */
  date: PartialDate;
  end?: PartialDate;
  span: Span;
  dateReport: Report;
  /** The people the members' sentences name. */
  actors: Set<string>;
  /** Where the members say it happened (`Report.where`). */
  places: Set<string>;
}

/** How much two reports' participants must share to be one event: one person both sentences name, or two organisations or countries. */
export const ENOUGH = 2;

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
const share = (shared: number, x: number, y: number) => shared / (x + y - shared || 1);

/**
 * Whether two reports share at least `threshold` of their words. The share
 * grows with the words shared, so counting stops once even every word left
 * could not reach it.
 */
function similar(a: Report, b: Report, threshold: number): boolean {
  const [x, y] = words(a).size <= words(b).size ? [words(a), words(b)] : [words(b), words(a)];
  let shared = 0;
  let left = x.size;
  for (const word of x) {
    if (share(shared + left, x.size, y.size) < threshold) return false;
    left--;
    if (y.has(word)) shared++;
  }
  return share(shared, x.size, y.size) >= threshold;
}

/** Every word of the members folded in so far: members are only ever added. */
const wordsOfGroup = new WeakMap<Group, { folded: number; words: Set<string> }>();

/**
 * Whether some member could share `threshold` of its words with the report:
 * no member shares more of the report's words than all members together, and
 * a share is of at least the report's own words. A group is scanned member
 * by member only when that bound allows it.
 */
function mayShareWords(report: Report, group: Group, threshold: number): boolean {
  let seen = wordsOfGroup.get(group);
  if (!seen) wordsOfGroup.set(group, (seen = { folded: 0, words: new Set() }));
  for (; seen.folded < group.members.length; seen.folded++) for (const word of words(group.members[seen.folded]!)) seen.words.add(word);
  const own = words(report);
  let shared = 0;
  for (const word of own) if (seen.words.has(word)) shared++;
  return own.size > 0 && shared / own.size >= threshold;
}

/** What two reports' shared participants count together: each the lesser of its two weights. */
export function overlap(a: Report, b: Report): number {
  const [fewer, more] = a.participants.size <= b.participants.size ? [a, b] : [b, a];
  let score = 0;
  for (const [id, weight] of fewer.participants) score += Math.min(weight, more.participants.get(id) ?? 0);
  return score;
}

/** The most each participant counts in any one member, for the members folded in so far: members are only ever added. */
const mostOfGroup = new WeakMap<Group, { folded: number; most: Map<string, number> }>();

/**
 * Whether some member could share `ENOUGH` with the report: no member shares
 * more of a participant than the most any member counts it. A large group
 * is scanned member by member only when that bound allows it.
 */
function mayShareEnough(report: Report, group: Group): boolean {
  let seen = mostOfGroup.get(group);
  if (!seen) mostOfGroup.set(group, (seen = { folded: 0, most: new Map() }));
  for (; seen.folded < group.members.length; seen.folded++) {
    for (const [id, weight] of group.members[seen.folded]!.participants) if ((seen.most.get(id) ?? 0) < weight) seen.most.set(id, weight);
  }
  let bound = 0;
  for (const [id, weight] of report.participants) if ((bound += Math.min(weight, seen.most.get(id) ?? 0)) >= ENOUGH) return true;
  return false;
}

/**
 * Same event: compatible dates, no disagreement on the place, and enough
 * participants shared with one member. Reports whose sentences name no person
 * and share too few participants merge only when they name the same place in
 * nearly the same words, so two events on the same day in the same city stay
 * two. Comparing with one member at a time, not with all of them at once,
 * keeps every member's group reachable through that member's own links
 * (`linksOf`).
 */
export function sameEvent(report: Report, group: Group, rules: MergeRules): boolean {
  if (!datesFit(report, group)) return false;
  if (report.where.size && group.places.size && !intersects(report.where, group.places)) return false;
  if (mayShareEnough(report, group) && group.members.some((member) => overlap(report, member) >= ENOUGH)) return true;
  if (report.actors.size || group.actors.size) return false;
  return intersects(report.where, group.places) && mayShareWords(report, group, rules.similarity) && group.members.some((member) => similar(report, member, rules.similarity));
}

/**
 * The keys two reports must share to be one event by `sameEvent`: a person
 * its sentence names (the only single participant that reaches `ENOUGH`),
 * each pair of its participants (two shared ones may), and, when its
 * sentence names no person, its places (the fallback on words).
 */
export function linksOf(report: Report): string[] {
  let links = linksMade.get(report);
  if (links) return links;
  links = [...report.actors].map((id) => `a:${id}`);
  const ids = [...report.participants.keys()].sort();
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) links.push(`b:${ids[i]}+${ids[j]}`);
  if (!report.actors.size) for (const id of report.where) links.push(`p:${id}`);
  linksMade.set(report, links);
  return links;
}

// Grouping looks a report's links up many times: made once per report.
const linksMade = new WeakMap<Report, string[]>();
