/** Lines that are only a date stamp, with or without a "Published"/"Updated" label. */
import { chronoDates } from "./chrono.ts";
import lexicon from "./lexicon.json" with { type: "json" };
import { phrases } from "./patterns.ts";
import { findDates } from "./scan.ts";
import type { Mention } from "./types.ts";
import { MONTH_WORDS, WEEKDAY_WORDS } from "./names.ts";
import { memoByText } from "../text/memo.ts";
import { countLetterRuns } from "../text/words.ts";

/** What a labelled date dates: the page, its last change, or something else (an event, a rule's validity). */
export type Label = "published" | "updated" | "other";

// "Article mis à jour le 7 janvier 2020": a word or two may stand before the label.
const LABEL = new RegExp(`^[\\s(]*(?:\\p{L}+\\s+){0,2}?(${phrases(lexicon.labels)})(?![\\p{L}])\\s*[:\\-–—]?\\s*`, "iud");
const UPDATE_LABELS = new Set(lexicon.updateLabels.map((label) => label.toLowerCase()));
const OTHER_LABELS = new Set(lexicon.otherLabels.map((label) => label.toLowerCase()));
const ONLY_PUNCTUATION = /^[\s,.;:|·/()[\]\-–—]*$/u;
// Words a stamp may have around its date: "le 1er mai", "am 19.02.2024".
const FILLERS = new RegExp(`(?<![\\p{L}])(?:${phrases(lexicon.fillers)})(?![\\p{L}])`, "giu");

/** The label a line starts with, where its words begin (after a word or two before it), and where the rest begins. */
export function labelOf(line: string): { label: Label | null; start: number; rest: number } {
  const match = LABEL.exec(line);
  if (!match) return { label: null, start: 0, rest: 0 };
  const word = match[1]!.toLowerCase().replace(/\s+/g, " ");
  const start = match.indices![1]![0];
  return { label: OTHER_LABELS.has(word) ? "other" : UPDATE_LABELS.has(word) ? "updated" : "published", start, rest: match[0].length };
}

const covered = (mentions: readonly Mention[]) => mentions.reduce((sum, { start, end }) => sum + end - start, 0);

// A line is read once as a possible stamp and again for the publication date.
const scanLine = memoByText<readonly Mention[]>(20_000, findDates);

/** Dates of a line by the patterns, or by chrono when it reads more of the line. */
export function datesIn(text: string, language?: string): readonly Mention[] {
  const found = scanLine(text);
  // chrono's results never overlap, so it cannot read more of a text than all of it.
  if (covered(found) === text.length) return found;
  const byChrono = chronoDates(text, language);
  if (covered(byChrono) <= covered(found)) return found;
  // chrono picks one reading of "02/11/2023" by its locale; the patterns keep both, for the page's language to decide.
  const twoReadings = found.filter(({ when }) => when.kind === "absolute" && when.readings.length > 1);
  if (twoReadings.length === 0) return byChrono;
  const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
  return [...byChrono.filter((mention) => !twoReadings.some((kept) => overlaps(kept, mention))), ...twoReadings].sort((a, b) => a.start - b.start);
}

/** What is left of a text once the given spans are cut out. */
export function outside(text: string, mentions: readonly Mention[]): string {
  let rest = "";
  let at = 0;
  for (const { start, end } of mentions) {
    rest += `${text.slice(at, start)} `;
    at = end;
  }
  return rest + text.slice(at);
}

/**
 * Printed as a stamp: labelled ("Veröffentlicht am …", "Last edited by …"), led by
 * its date ("05.02.2020 - Redaktion: …") or carrying a time. A headline that
 * mentions a date ("Medien im Oktober 2016", "emissions dipped in 2019") is none.
 */
export function isStampShaped(line: string): boolean {
  if (labelOf(line).label !== null) return true;
  const mentions = datesIn(line);
  return mentions.length > 0 && (/^[\s\p{P}]*$/u.test(line.slice(0, mentions[0]!.start)) || mentions.some((mention) => mention.time !== undefined));
}

/** "4.02.2022 par Bob Fischer", "06.11.2023, 15:20 Uhr • 2 Min. Lesezeit": a stamp may carry a name, a section or a reading time. */
export const MAX_WORDS_BESIDE_STAMP = 8;

/** What a line says beside its label, fillers and dates, or null when it states no date. */
export function besideDates(line: string): string | null {
  const { start, rest } = labelOf(line);
  const text = line.slice(rest);
  const mentions = datesIn(text);
  // The words before the label stay: "Jane Doe Zuletzt geändert am 06.11.2023" names its author there.
  return mentions.length === 0 ? null : line.slice(0, start) + outside(text, mentions).replace(FILLERS, keepInName);
}

/** A filler between two capitalised words is part of a name: "Loïc Le Clerc", "Anna Von Roth". */
const keepInName = (filler: string, at: number, text: string) =>
  /^\p{Lu}/u.test(filler) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at)) && /^\s+\p{Lu}/u.test(text.slice(at + filler.length)) ? filler : "";

/** How many words a line has beside its label, fillers and dates, or null when it states no date. */
export function wordsBesideDates(line: string): number | null {
  const rest = besideDates(line);
  return rest === null ? null : (rest.match(/\p{L}+/gu)?.length ?? 0);
}

/**
 * The stamp a paragraph opens with, as a dateline run into the lead
 * ("01.02.2022 „Der Arbeitsmarkt …", "Red. / 31.10.2023 Die …", "06.11.23 -
 * Sensation …"), or null. "31. Oktober 2023 war …" is a sentence, not a stamp.
 */
export function leadingStamp(paragraph: string): string | null {
  // Most paragraphs open with a word: only a digit, a month or weekday, or a short credit and a separator may open a stamp.
  const opening = /^[\p{L}]+/u.exec(paragraph)?.[0].toLowerCase();
  if (opening !== undefined && !MONTH_WORDS.has(opening) && !WEEKDAY_WORDS.has(opening) && !SHORT_CREDIT.test(paragraph)) return null;
  const head = paragraph.slice(0, LEAD_STAMP_REACH);
  const first = datesIn(head)[0];
  if (!first) return null;
  const before = head.slice(0, first.start);
  if (!/^(?:[\p{L}.]{1,12}\s*[/|·•–—-]\s*)?$/u.test(before)) return null;
  return /^[\s.,:;|·•–—-]*(?:$|[\p{Lu}\d"“„«‚(])/u.test(paragraph.slice(first.end)) ? head.slice(0, first.end) : null;
}
const LEAD_STAMP_REACH = 60;
const SHORT_CREDIT = /^[\p{L}.]{1,12}\s*[/|·•–—-]/u;

function readsAsDateLine(line: string): boolean {
  const text = line.slice(labelOf(line).rest);
  // Most lines are text: words no date is written with say so before the patterns or chrono are asked.
  if (otherWords(text) > MAX_OTHER_WORDS) return false;
  // chrono reads a few words the patterns do not ("Eastern Daylight Time"); a line with more such words left is text, and chrono is not asked.
  if (otherWords(outside(text, scanLine(text))) > MAX_WORDS_ONLY_CHRONO_READS) return false;
  const mentions = datesIn(text);
  return mentions.length > 0 && ONLY_PUNCTUATION.test(outside(text, mentions).replace(FILLERS, ""));
}

/** chrono reads at most this many words of a stamp the patterns leave unread. */
const MAX_WORDS_ONLY_CHRONO_READS = 3;
/** Words of dates in the languages read: months, weekdays, labels, fillers, relative and zone words. */
const DATE_VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...MONTH_WORDS,
    ...WEEKDAY_WORDS,
    ...[...lexicon.labels, ...lexicon.updateLabels, ...lexicon.otherLabels, ...lexicon.fillers, ...lexicon.monthLeads, ...lexicon.yearLeads, ...lexicon.rangeJoiners, ...lexicon.ordinalSuffixes, ...lexicon.future, ...lexicon.background, ...Object.keys(lexicon.zones)],
    ...[...lexicon.relative, ...lexicon.ago].flatMap(({ phrases }) => phrases),
  ].flatMap((phrase) => phrase.toLowerCase().match(/\p{L}+/gu) ?? []),
);
/** A date line may hold a few words besides its date's own ("Stand", "Online seit", a reading time). */
const MAX_OTHER_WORDS = 5;
const otherWords = (text: string) => countLetterRuns(text, (word) => !DATE_VOCABULARY.has(word.toLowerCase()));

/**
 * True when the line is only a date stamp: optional label, optional weekday, a date in any supported form, optional time and zone.
 * Such lines are metadata, never body text or titles. Layout, attribution, re-flow and the publication date all ask it of the
 * same lines, and datelines recur across articles: each line's answer is remembered.
 */
export const isDateLine = memoByText(20_000, readsAsDateLine);
