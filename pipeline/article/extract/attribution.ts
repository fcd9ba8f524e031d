/** Who wrote the article and which outlet published it, from the lines around the headline. */
import type { CleanedText, Unit } from "../../model/types.ts";
import { deskInByline, isByline, isBylineWordAlone, MAX_BYLINE_LENGTH, nameOfLine, namesAfterBylineWord, namesInStamp, parseByline, parseWireCredit, stampedByline, uniqueNames } from "./byline.ts";
import type { HeadUnit } from "./layout.ts";
import { isMasthead, parseIssuerLine } from "./source.ts";
import { phrases } from "../dates/patterns.ts";
import bylines from "./bylines.json" with { type: "json" };

export interface Attribution {
  authors: string[];
  source: string | null;
  /** A desk the head's byline or stamp names instead of a person ("Von Redaktion"): the author when no one is named. */
  desk: string | null;
}

/**
 * A bare name or outlet counts only beside a dateline, where bylines stand
 * (a name also in the block right above it: "Jane Doe" over "Business /
 * 01.21.2020"); elsewhere a short capitalised line is as likely a section label.
 */
function besideDateline(head: HeadUnit[], isDateLine: (line: string) => boolean, withBlockAbove = false): HeadUnit[] {
  const blocks = new Set(head.filter(({ unit }) => isDateLine(unit.text)).map(({ unit }) => unit.block));
  return head.filter(({ unit }) => (blocks.has(unit.block) || (withBlockAbove && blocks.has(unit.block + 1))) && !isDateLine(unit.text));
}

export interface HeadReaders {
  isDateLine: (line: string) => boolean;
  /** What a line says beside its dates, null for a line with none: a stamp often carries its author ("Bettina Kugler 19.10.2019"). */
  besideDates?: (line: string) => string | null;
  /** The headline's block: a name alone in the blocks just below it is the byline ("Todd Bates"). */
  titleBlock?: number | null;
  /** Whether a line names a place or organisation the corpus knows: then it is no person's name. */
  namesNonPerson?: (text: string) => boolean;
}

/** How many blocks below the headline a name alone still reads as its byline. */
const BYLINE_BLOCKS = 3;

export function extractAttribution(
  head: HeadUnit[],
  removed: CleanedText["removed"],
  titleSource: string | null,
  { isDateLine, besideDates = () => null, titleBlock = null, namesNonPerson = () => false }: HeadReaders,
): Attribution {
  const nearDate = besideDateline(head, isDateLine);
  // In the headline's own block, only the line right under it: "Yirou Chen" printed with no gap.
  const under = head.find(({ position }) => position !== "above-title");
  const belowTitle =
    titleBlock === null
      ? []
      : head.filter(({ unit }) => (unit.block > titleBlock && unit.block <= titleBlock + BYLINE_BLOCKS) || (unit.block === titleBlock && under?.unit === unit));
  // Each head line is read once as a byline and as an issuer line; a byline word alone on its line is read with the next ("Autor:", "Jane Doe").
  const read = head.map(({ unit }, index) => {
    const next = head[index + 1]?.unit.text;
    const text = next !== undefined && isBylineWordAlone(unit.text) && !isByline(next) ? `${unit.text.trim()} ${next.trim()}` : unit.text;
    const issuer = parseIssuerLine(text);
    // "Veröffentlicht von HansG" on a blog names its writer by user name, not an issuing body.
    const writer = issuer !== null && !/\s/.test(issuer) && namesAfterBylineWord(text).includes(issuer);
    return { text, byline: parseByline(text) ?? (writer ? [issuer] : null), issuer: writer ? null : issuer };
  });
  const inStamps = read.flatMap(({ text, byline, issuer }) => {
    if (byline || issuer) return [];
    const rest = besideDates(text);
    return rest === null ? namesAfterBylineWord(text) : namesInStamp(rest);
  });
  const authors = uniqueNames([
    ...read.flatMap(({ byline }) => byline ?? []),
    ...inStamps,
    // A byline ("Por María López") reads as a name too; it was counted above.
    ...[...besideDateline(head, isDateLine, true), ...belowTitle].flatMap(({ unit }) => nameOfLine(unit.text) ?? []),
    ...removed.filter((line) => line.rule === "credit:wire").flatMap((line) => parseWireCredit(line.text)),
  ]);
  const issuer = read.find(({ issuer }) => issuer !== null)?.issuer ?? null;
  // "By Kabul Bureau" names who wrote, not the outlet.
  const masthead = nearDate.find(({ unit }) => !isByline(unit.text) && isMasthead(unit.text, namesNonPerson))?.unit.text ?? null;
  const desk = authors.length > 0 ? null : deskOf(head, besideDates);
  return { authors, source: titleSource ?? issuer ?? masthead, desk };
}

/** The first head line that is a byline or stamp naming a desk: "Von Redaktion", "Redaktion 1. November 2023 10:29". */
function deskOf(head: HeadUnit[], besideDates: (line: string) => string | null): string | null {
  for (const { unit } of head) {
    const rest = besideDates(unit.text);
    // "… aktualisiert am 3. Januar 2020 vom Support Team": the stamp's rest lost "vom" with the date's fillers; the line keeps it.
    const desk = rest !== null ? (deskInByline(rest) ?? deskInByline(unit.text)) : isByline(unit.text) ? deskInByline(unit.text) : null;
    if (desk) return desk;
  }
  return null;
}

/** How many blocks at the article's end, and after it, may hold the byline it ends with. */
const CLOSING_BLOCKS = 3;
/** A closing byline is a short line: "Text: Anna Beck", "Autorin: Jane Doe, Projektleiterin in Tunis." */
const MAX_CLOSING_WORDS = 12;
/** "Interview: Cory Booker" after an article is a link to another one. */
const NOT_CLOSING = new RegExp(`^(?:${phrases(bylines.notClosing)})(?![\\p{L}])`, "iu");

// A byline is short (parseByline reads no longer line): a paragraph is not split into its words to tell.
const shortByline = (text: string) => (text.length <= MAX_BYLINE_LENGTH && text.split(/\s+/).length <= MAX_CLOSING_WORDS && !NOT_CLOSING.test(text) ? parseByline(text) : null);

/**
 * Names in a byline inside the article, for an article whose head names
 * nobody: the first that states when it was signed; else the one it ends with
 * (among its last blocks, or the first lines after it, which the article's end
 * left out as short lines), else the first in it that names a whole name
 * ("Von Anna Beck" under a picture gallery, not a pen name alone).
 */
export function articleByline(units: readonly Unit[], removed: CleanedText["removed"]): string[] {
  const end = units.at(-1)?.line ?? Infinity;
  const after = removed.filter((line) => line.rule === "page:outside-article" && line.line > end).slice(0, CLOSING_BLOCKS);
  // A byline that states when it was signed is the post's own wherever it stands ("Eingestellt von Tom um 21:11" before the comments).
  for (const { text } of [...units, ...after]) {
    const names = NOT_CLOSING.test(text) ? null : stampedByline(text);
    if (names) return names;
  }
  for (const { text } of [...units.slice(-CLOSING_BLOCKS), ...after]) {
    const names = shortByline(text);
    if (names) return [...names];
  }
  for (const { text } of units) {
    const names = shortByline(text)?.filter((name) => /\s/.test(name));
    if (names?.length) return names;
  }
  return [];
}
