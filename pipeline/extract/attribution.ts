/** Who wrote the article and which outlet published it, from the lines around the headline. */
import type { CleanedText } from "../core/types.ts";
import { nameOfLine, namesAfterBylineWord, namesInStamp, parseByline, parseWireCredit, uniqueNames } from "./byline.ts";
import type { HeadUnit } from "./layout.ts";
import { isMasthead, parseIssuerLine } from "./source.ts";

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
