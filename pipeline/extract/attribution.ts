/** Who wrote the article and which outlet published it, from the lines around the headline. */
import type { CleanedText } from "../core/types.ts";
import { isPersonName } from "../text/names.ts";
import { parseByline, parseWireCredit, uniqueNames } from "./byline.ts";
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

export function extractAttribution(
  head: HeadUnit[],
  removed: CleanedText["removed"],
  titleSource: string | null,
  isDateLine: (line: string) => boolean,
): Attribution {
  const nearDate = besideDateline(head, isDateLine);
  const authors = uniqueNames([
    ...head.flatMap(({ unit }) => parseByline(unit.text) ?? []),
    // A byline ("Por María López") reads as a name too; it was counted above.
    ...nearDate.filter(({ unit }) => parseByline(unit.text) === null && isPersonName(unit.text)).map(({ unit }) => unit.text),
    ...removed.filter((line) => line.rule === "credit:wire").flatMap((line) => parseWireCredit(line.text)),
  ]);
  const issuer = head.map(({ unit }) => parseIssuerLine(unit.text)).find((name) => name !== null) ?? null;
  const masthead = nearDate.find(({ unit }) => isMasthead(unit.text))?.unit.text ?? null;
  return { authors, source: titleSource ?? issuer ?? masthead };
}
