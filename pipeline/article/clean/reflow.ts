/**
 * Joins lines that a hard wrap (text broken at ~70 columns) split, and keeps
 * lines that are genuinely separate (a dateline under a headline) apart.
 */
import { endsOnFunctionWord } from "../text/words.ts";

const TERMINAL = /[.!?…:;"”»)]$/;

function isWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  // A loop, not a spread: a block may have more lines than a call takes arguments.
  const width = lines.reduce((widest, line) => Math.max(widest, line.length), 0);
  if (width < 40 || width > 100) return false;
  const body = lines.slice(0, -1);
  // Lines that all end a sentence are paragraphs of their own, however even their lengths.
  if (body.every((line) => TERMINAL.test(line))) return false;
  return body.filter((line) => line.length >= width * 0.7).length >= body.length * 0.6;
}

/** Two lines are one broken in two when the break falls mid-phrase. */
/** A title-case headline may break before a preposition ("… Message / To Taliban Leader …"); bylines open with "By", so it is not one. */
const OPENING_PREPOSITION = /^(to|in|of|for|on|with|at|from|à|pour|avec|über|für|mit|zu|para|con|sobre)\s/i;

function isBrokenPair(first: string, second: string): boolean {
  if (TERMINAL.test(first)) return false;
  return /^\p{Ll}/u.test(second) || endsOnFunctionWord(first) || OPENING_PREPOSITION.test(second);
}

export interface Reflowed {
  text: string;
  /** Index of the first line it was made from. */
  first: number;
}

/** Lines of one block → its units. `keepApart` marks lines that never join (datelines, bylines). */
export function reflowBlock(lines: string[], keepApart: (line: string) => boolean): Reflowed[] {
  // Each line is asked once: the question reads it for dates.
  const apart = lines.map((line) => keepApart(line));
  // Datelines and bylines are not part of a wrapped paragraph; a long byline must not make a header block look wrapped.
  const wrapped = isWrapped(lines.filter((_, index) => !apart[index]));
  // A unit's lines are joined once it is complete: joining at each line would copy a long paragraph again and again.
  // Lines are trimmed and never empty, so a unit ends as its last line does.
  const units: { lines: string[]; first: number }[] = [];
  lines.forEach((line, index) => {
    const previous = units.at(-1);
    const joins =
      previous !== undefined &&
      !apart[index - 1] &&
      !apart[index] &&
      (wrapped || isBrokenPair(previous.lines.at(-1)!, line));
    if (joins) previous.lines.push(line);
    else units.push({ lines: [line], first: index });
  });
  return units.map(({ lines: parts, first }) => ({ text: parts.join(" "), first }));
}
