/** The publication date of an article, read from the lines around its headline. */
import type { Published } from "../../model/types.ts";
import { formatPartialDate } from "../../model/dates.ts";
import { warn, type Extracted, type Message } from "../../model/messages.ts";
import { check, type Problem } from "../dates/check.ts";
import { datesIn, isDateLine, labelOf, MAX_WORDS_BESIDE_STAMP, outside, type Label } from "../dates/line.ts";
import type { Mention } from "../dates/types.ts";
import { isEmbedCredit } from "./byline.ts";

export interface HeadLine {
  text: string;
  position: "above-title" | "below-title" | "body";
  /** Units between the line and the headline; the nearest stamp is the headline's own. */
  distance?: number;
}

interface Candidate {
  line: HeadLine;
  label: Label | null;
  mention: Mention;
  date: string | null;
  problem: Problem | null;
}

/** Beside a stamp's date: "um", "Uhr", "min read"; a sentence has verbs and articles. */
const MAX_LOWER_CASE_WORDS = 3;
const LABEL_RANK = { published: 2, none: 1, updated: 0, other: -1 };
// Under the headline (its dateline, or a byline after the standfirst) before above it (a page header's date of the day).
const POSITION_RANK = { "below-title": 1, body: 1, "above-title": 0 };

function candidates(line: HeadLine, language: string): Candidate[] {
  const { label, rest } = labelOf(line.text);
  // "Termin: 21.02.2020" dates an event, and an embedded post ("— Jane Doe (@jane) June 1, 2020") another page.
  if (label === "other" || isEmbedCredit(line.text)) return [];
  // "[m45_2019-09-01-1024x672]": an image's file name in brackets dates the picture, not the page.
  const text = line.text.slice(rest).replace(/\[[^\]]*\]/g, (bracketed) => " ".repeat(bracketed.length));
  const mentions = datesIn(text, language);
  const otherWords = outside(text, mentions).match(/\p{L}+/gu)?.length ?? 0;
  // A byline with a date ("By Jane Doe | June 5, 2023") still counts; a sentence that mentions a date does not,
  // short or not ("Bis 25. November 2019 könnt ihr es noch unterstützen.").
  const lowerWords = outside(text, mentions).match(/(?<![\p{L}])\p{Ll}+/gu)?.length ?? 0;
  const sentence = /[.!?]["”»]?$/u.test(line.text.trim()) && lowerWords > MAX_LOWER_CASE_WORDS;
  const stamp = !sentence && (label !== null || isDateLine(line.text) || otherWords <= MAX_WORDS_BESIDE_STAMP);
  if (!stamp) return [];
  return mentions.map((mention) => {
    const { resolved, problem } = check(mention, null, language);
    const date = resolved && resolved.date.day !== undefined && !resolved.end ? formatPartialDate(resolved.date) : null;
    return { line, label, mention, date, problem: date || problem ? problem : "unanchored" };
  });
}

const rank = (c: Candidate) => [c.problem ? 0 : 1, LABEL_RANK[c.label ?? "none"], POSITION_RANK[c.line.position], -(c.line.distance ?? 0)];

function better(a: Candidate, b: Candidate): Candidate {
  const [ra, rb] = [rank(a), rank(b)];
  const i = ra.findIndex((value, k) => value !== rb[k]);
  return i >= 0 && rb[i]! > ra[i]! ? b : a;
}

function explain(file: string, problem: Problem, mention: Mention): Message {
  const reasons: Record<Problem, string> = {
    ambiguous: "reads as day/month and as month/day and no weekday decides",
    "weekday-mismatch": "has a weekday that does not fall on its date",
    unanchored: "is relative or year-less and the article gives nothing to anchor it",
  };
  return warn(file, `date:${problem}`, `'${mention.text}' ${reasons[problem]}`);
}

function choose(lines: HeadLine[], language: string) {
  const all = lines.flatMap((line) => candidates(line, language));
  const usable = all.filter((c) => c.date !== null);
  return { all, best: usable.length ? usable.reduce(better) : null, usable };
}

function publishedOf(best: Candidate): Published {
  const { mention } = best;
  return { date: best.date!, time: mention.time ?? null, zone: mention.zone ?? null, evidence: best.line.text.trim() };
}

/** The publication date the lines give, as `extractPublished` chooses it, for a reader that has nothing to say about its file. */
export function publishedIn(lines: HeadLine[], language: string): Published | null {
  const { best } = choose(lines, language);
  return best && publishedOf(best);
}

/**
 * Chooses the publication date among all candidates in the lines around the headline (the lead passes the lines before the first body paragraph,
 * marked above/below the title, plus any labelled "Published/Updated" lines from the body); `file` names the article in the messages.
 */
export function extractPublished(file: string, lines: HeadLine[], language: string): Extracted<Published | null> {
  const { all, best, usable } = choose(lines, language);
  const messages = all.filter((c) => c.problem === "weekday-mismatch").map((c) => explain(file, "weekday-mismatch", c.mention));
  if (!best) {
    const problem = all.find((c) => c.problem === "ambiguous") ?? all.find((c) => c.problem === "unanchored");
    if (problem) return { value: null, messages: [...messages, explain(file, problem.problem!, problem.mention)] };
    return { value: null, messages: [...messages, warn(file, "date:missing", "no publication date near the headline")] };
  }
  const above = usable.find((c) => c.line.position === "above-title" && !c.problem && c.date !== best.date);
  if (best.line.position === "below-title" && above) {
    messages.push(warn(file, "date:republished", `'${above.line.text}' above the headline disagrees with the dateline '${best.line.text}'; kept the dateline`));
  }
  return { value: publishedOf(best), messages };
}
