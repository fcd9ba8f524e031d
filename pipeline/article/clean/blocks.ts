/**
 * Decoded text → units: drops boilerplate lines and repeated headlines,
 * re-flows hard-wrapped text, and trims the footer of short lines that
 * follows the last paragraph (related links, tag clouds, share prompts).
 */
import type { CleanedText, Unit } from "../../model/types.ts";
import { locateArticle, type LocatedArticle } from "./article.ts";
import { boilerplateRule } from "./boilerplate.ts";
import { reflowBlock } from "./reflow.ts";
import { countWords } from "../text/words.ts";

const CJK_SENTENCE = /[。！？]["”」』）)]*$/u;
const MIN_CJK_SENTENCE = 20;

/**
 * A paragraph ends like a statement, opens with a quotation, or is too long
 * for a headline; a headline may end with "?" or "!", never with a full stop.
 */
export function unitKind(text: string): Unit["kind"] {
  if (text.length > 160) return "paragraph";
  // Chinese and Japanese write no spaces between words: a sentence is told by its full stop and its length.
  if (CJK_SENTENCE.test(text) && text.length >= MIN_CJK_SENTENCE) return "paragraph";
  const words = countWords(text);
  if (words > 25) return "paragraph";
  if (words > 3 && (/[.…:;]["”»’)]*$/.test(text) || /^["“«„]/.test(text))) return "paragraph";
  // "No one knows." or "“We will see.”" is a sentence; "Oct. 9." is a date.
  if (words >= 2 && /\p{L}{2}[.…]["”»’)]*$/u.test(text)) return "paragraph";
  return "line";
}

interface Line {
  text: string;
  line: number;
  block: number;
}

/**
 * "August 2, 2019August 2, 2019", "25. Januar 202225. Januar 2022", "November 9,
 * 20235:01 AM": markup that printed a date twice, or a date and its time,
 * without a space. A year glued to what follows gets one.
 */
const GLUED_YEAR = /(?<![\d\p{L}])((?:19|20)\d{2})(?=\d{1,2}[./:]\s?[\d\p{L}]|\d{1,2}\/\d{1,2}\/|\p{Lu})/gu;
// Stamps are short: a paragraph's figures are not read for glued dates.
export const separateGluedDates = (line: string) => (line.length <= MAX_GLUED_LINE && /\d{5}|\d{4}\p{Lu}/u.test(line) ? line.replace(GLUED_YEAR, "$1 ") : line);
const MAX_GLUED_LINE = 200;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = true;
  text.split("\n").forEach((raw, index) => {
    // Most lines have no run of spaces or tab to squeeze.
    const trimmed = separateGluedDates(raw.includes("  ") || raw.includes("\t") ? raw.replace(/[ \t]+/g, " ") : raw).trim();
    if (trimmed === "") {
      if (!blank) block++;
      blank = true;
      return;
    }
    blank = false;
    lines.push({ text: trimmed, line: index + 1, block });
  });
  return lines;
}

/**
 * The page's lines, without boilerplate lines, re-flowed into units;
 * `keepApart` marks lines a wrap never joins (datelines, bylines), and a line
 * `isMeta` marks is never boilerplate ("Von Jan Kupitz | Oct 24, 2023 | …" is
 * laid out like a menu).
 */
export function unitsOf(text: string, keepApart: (line: string) => boolean, isMeta = keepApart): Pick<CleanedText, "units" | "removed"> {
  const removed: CleanedText["removed"] = [];
  const kept: Line[] = [];
  for (const line of splitLines(text)) {
    const rule = boilerplateRule(line.text);
    if (rule && !isMeta(line.text)) removed.push({ line: line.line, text: line.text, rule });
    else kept.push(line);
  }

  const units: Unit[] = [];
  for (let i = 0; i < kept.length; ) {
    const block = kept[i]!.block;
    const lines: Line[] = [];
    while (i < kept.length && kept[i]!.block === block) lines.push(kept[i++]!);
    for (const { text: joined, first } of reflowBlock(lines.map((l) => l.text), keepApart)) {
      units.push({ kind: unitKind(joined), text: joined, line: lines[first]!.line, block });
    }
  }
  // A text with no unit that reads as a paragraph may still be prose in exclamations and questions ("Wie war das? Hier ein Auszug!").
  if (!units.some((unit) => unit.kind === "paragraph")) {
    for (const unit of units) if (countWords(unit.text) >= MIN_PROSE_LINE_WORDS && /[.!?…]["”»’)]*$/u.test(unit.text)) unit.kind = "paragraph";
  }
  return { units, removed };
}
const MIN_PROSE_LINE_WORDS = 8;

/** How far from the headline a stamp outside the article may still be its own: rarely wrong, measured on real pages. */
const NEARBY_ABOVE = 20;
const NEARBY_BELOW = 30;

function nearbyStamps(units: Unit[], located: LocatedArticle, isMeta: (line: string) => boolean): CleanedText["nearby"] {
  if (located.headline === null) return [];
  const at = located.headline;
  const nearby: CleanedText["nearby"] = [];
  for (let index = Math.max(0, at - NEARBY_ABOVE); index < Math.min(units.length, at + NEARBY_BELOW); index++) {
    const unit = units[index]!;
    if ((index < located.start || index >= located.end) && unit.kind === "line" && isMeta(unit.text)) nearby.push({ unit, offset: index - at });
  }
  return nearby;
}

/**
 * Units of the article alone: `isMeta` marks the lines that stand around a
 * headline (datelines, bylines, and stamps with a name or section beside the
 * date); `statedTitle` is the title the page quotes elsewhere, if it does.
 */
export function cleanBlocks(text: string, keepApart: (line: string) => boolean, isMeta = keepApart, statedTitle: string | null = null): CleanedText {
  const { units, removed } = unitsOf(text, keepApart, isMeta);
  const located = locateArticle(units, { isStampOrByline: keepApart, isMeta, statedTitle });
  const headline = located.headline === null ? null : units[located.headline]!;
  units.forEach((unit, index) => {
    if (index < located.start || index >= located.end) removed.push({ line: unit.line, text: unit.text, rule: "page:outside-article" });
  });

  // The headline is kept where it stands; other copies of a line (a page title above it, a repeated caption) go.
  const seen = new Set<string>(headline ? [headline.text] : []);
  const unique = units.slice(located.start, located.end).filter((unit) => {
    if (unit.kind === "paragraph" || unit === headline) return true;
    if (!seen.has(unit.text)) return seen.add(unit.text), true;
    removed.push({ line: unit.line, text: unit.text, rule: "boilerplate:repeated" });
    return false;
  });

  // A short closing sentence ("Es bleibt abzuwarten.") is text, and a closing byline or stamp belongs to it; footer links never end with a full stop.
  const endsText = (unit: Unit) => unit.kind === "paragraph" || /[.…。]["”»’)」]*$/u.test(unit.text) || isMeta(unit.text);
  const hasParagraph = unique.some((unit) => unit.kind === "paragraph");
  const lastText = hasParagraph ? unique.findLastIndex(endsText) : unique.length - 1;
  for (const unit of unique.slice(lastText + 1)) removed.push({ line: unit.line, text: unit.text, rule: "boilerplate:footer" });
  return { units: unique.slice(0, lastText + 1), removed, headline, nearby: nearbyStamps(units, located, isMeta) };
}
