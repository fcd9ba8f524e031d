/** Who wrote the article and which outlet published it, from the lines around the headline. */
import type { CleanedText, Unit } from "../core/types.ts";
import { nameOfLine, namesAfterBylineWord, namesInStamp, parseByline, parseWireCredit, uniqueNames } from "./byline.ts";
import type { HeadUnit } from "./layout.ts";
import { isMasthead, parseIssuerLine } from "./source.ts";
import { phrases } from "../dates/patterns.ts";
import bylines from "./bylines.json" with { type: "json" };

export interface Attribution {
  authors: string[];
  source: string | null;
}

/**
 * A bare name or outlet counts only beside a dateline, where bylines stand;
 * elsewhere a short capitalised line is as likely a section label.
 */
function besideDateline(head: HeadUnit[], isDateLine: (line: string) => boolean): HeadUnit[] {
  const blocks = new Set(head.filter(({ unit }) => isDateLine(unit.text)).map(({ unit }) => unit.block));
  return head.filter(({ unit }) => blocks.has(unit.block) && !isDateLine(unit.text));
}

export interface HeadReaders {
  isDateLine: (line: string) => boolean;
  /** What a line says beside its dates, null for a line with none: a stamp often carries its author ("Bettina Kugler 19.10.2019"). */
  besideDates?: (line: string) => string | null;
  /** The headline's block: a name alone in the blocks just below it is the byline ("Todd Bates"). */
  titleBlock?: number | null;
}

/** How many blocks below the headline a name alone still reads as its byline. */
const BYLINE_BLOCKS = 3;

export function extractAttribution(
  head: HeadUnit[],
  removed: CleanedText["removed"],
  titleSource: string | null,
  { isDateLine, besideDates = () => null, titleBlock = null }: HeadReaders,
): Attribution {
  const nearDate = besideDateline(head, isDateLine);
  const belowTitle = titleBlock === null ? [] : head.filter(({ unit }) => unit.block > titleBlock && unit.block <= titleBlock + BYLINE_BLOCKS);
  // Each head line is read once as a byline and as an issuer line.
  const read = head.map(({ unit }) => ({ unit, byline: parseByline(unit.text), issuer: parseIssuerLine(unit.text) }));
  const inStamps = read.flatMap(({ unit, byline, issuer }) => {
    if (byline || issuer) return [];
    const rest = besideDates(unit.text);
    return rest === null ? namesAfterBylineWord(unit.text) : namesInStamp(rest);
  });
  const authors = uniqueNames([
    ...read.flatMap(({ byline }) => byline ?? []),
    ...inStamps,
    // A byline ("Por María López") reads as a name too; it was counted above.
    ...[...nearDate, ...belowTitle].flatMap(({ unit }) => nameOfLine(unit.text) ?? []),
    ...removed.filter((line) => line.rule === "credit:wire").flatMap((line) => parseWireCredit(line.text)),
  ]);
  const issuer = read.find(({ issuer }) => issuer !== null)?.issuer ?? null;
  const masthead = nearDate.find(({ unit }) => isMasthead(unit.text))?.unit.text ?? null;
  return { authors, source: titleSource ?? issuer ?? masthead };
}

/** How many blocks at the article's end, and after it, may hold the byline it ends with. */
const CLOSING_BLOCKS = 3;
/** A closing byline is a short line: "Text: Anna Beck", "Autorin: Jane Doe, Projektleiterin in Tunis." */
const MAX_CLOSING_WORDS = 12;
/** "Interview: Cory Booker" after an article is a link to another one. */
const NOT_CLOSING = new RegExp(`^(?:${phrases(bylines.notClosing)})(?![\\p{L}])`, "iu");

/**
 * Names in a byline the article ends with, for an article whose head names
 * nobody: among its last blocks, or the first lines after it, which the
 * article's end left out as short lines.
 */
export function closingByline(body: readonly Unit[], removed: CleanedText["removed"]): string[] {
  const end = body.at(-1)?.line ?? Infinity;
  const after = removed.filter((line) => line.rule === "page:outside-article" && line.line > end).slice(0, CLOSING_BLOCKS);
  for (const { text } of [...body.slice(-CLOSING_BLOCKS), ...after]) {
    const names = text.split(/\s+/).length <= MAX_CLOSING_WORDS && !NOT_CLOSING.test(text) ? parseByline(text) : null;
    if (names) return names;
  }
  return [];
}
