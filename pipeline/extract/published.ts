/** The publication date of an article, read from the lines around its headline. */
import { formatPartialDate } from "../core/dates.ts";
import { warn, type Extracted, type Message } from "../core/messages.ts";
import { check, type Problem } from "../dates/check.ts";
import { datesIn, isDateLine, labelOf, outside, type Label } from "../dates/line.ts";
import type { Mention } from "../dates/types.ts";

export interface HeadLine { text: string; position: "above-title" | "below-title" | "body" }
export interface Published { date: string /* YYYY-MM-DD */; time: string | null /* HH:mm, 24h */; zone: string | null; evidence: string /* the line text the date was read from */ }

interface Candidate {
  line: HeadLine;
  label: Label | null;
  mention: Mention;
  date: string | null;
  problem: Problem | null;
}

// A byline with a date ("By Jane Doe | June 5, 2023") still counts; a sentence that mentions a date does not.
const MAX_OTHER_WORDS = 5;
const LABEL_RANK = { published: 2, none: 1, updated: 0 };
const POSITION_RANK = { "below-title": 2, "above-title": 1, body: 0 };

function candidates(line: HeadLine, language: string, isStamp: (line: string) => boolean): Candidate[] {
  const { label, rest } = labelOf(line.text);
  const text = line.text.slice(rest);
  const mentions = datesIn(text, language);
  const otherWords = outside(text, mentions).match(/\p{L}+/gu)?.length ?? 0;
  const stamp = label !== null || isStamp(line.text) || (line.position !== "body" && otherWords <= MAX_OTHER_WORDS);
  if (!stamp) return [];
  return mentions.map((mention) => {
    const { resolved, problem } = check(mention, null, language);
    const date = resolved && resolved.date.day !== undefined && !resolved.end ? formatPartialDate(resolved.date) : null;
    return { line, label, mention, date, problem: date || problem ? problem : "unanchored" };
  });
}

const rank = (c: Candidate) => [c.problem ? 0 : 1, LABEL_RANK[c.label ?? "none"], POSITION_RANK[c.line.position]];

function better(a: Candidate, b: Candidate): Candidate {
  const [ra, rb] = [rank(a), rank(b)];
  const i = ra.findIndex((value, k) => value !== rb[k]);
  return i >= 0 && rb[i]! > ra[i]! ? b : a;
}

function explain(problem: Problem, mention: Mention): Message {
  const reasons: Record<Problem, string> = {
    ambiguous: "reads as day/month and as month/day and no weekday decides",
    "weekday-mismatch": "has a weekday that does not fall on its date",
    unanchored: "is relative or year-less and the article gives nothing to anchor it",
  };
  return warn(`date:${problem}`, `'${mention.text}' ${reasons[problem]}`);
}

/** Chooses the publication date among all candidates in the lines around the headline (the lead passes the lines before the first body paragraph, marked above/below the title, plus any labelled "Published/Updated" lines from the body). */
export function extractPublished(lines: HeadLine[], language: string, isStamp: (line: string) => boolean = isDateLine): Extracted<Published | null> {
  const all = lines.flatMap((line) => candidates(line, language, isStamp));
  const messages = all.filter((c) => c.problem === "weekday-mismatch").map((c) => explain("weekday-mismatch", c.mention));
  const usable = all.filter((c) => c.date !== null);
  if (!usable.length) {
    const problem = all.find((c) => c.problem === "ambiguous") ?? all.find((c) => c.problem === "unanchored");
    if (problem) return { value: null, messages: [...messages, explain(problem.problem!, problem.mention)] };
    return { value: null, messages: [...messages, warn("date:missing", "no publication date near the headline")] };
  }
  const best = usable.reduce(better);
  const above = usable.find((c) => c.line.position === "above-title" && !c.problem && c.date !== best.date);
  if (best.line.position === "below-title" && above) {
    messages.push(warn("date:republished", `'${above.line.text}' above the headline disagrees with the dateline '${best.line.text}'; kept the dateline`));
  }
  const { mention } = best;
  return {
    value: { date: best.date!, time: mention.time ?? null, zone: mention.zone ?? null, evidence: best.line.text.trim() },
    messages,
  };
}
