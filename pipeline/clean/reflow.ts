/**
 * Joins lines that a hard wrap (text broken at ~70 columns) split, and keeps
 * lines that are genuinely separate (a dateline under a headline) apart.
 */
const TERMINAL = /[.!?…:;"”»)]$/;
const CONNECTOR = /\b(of|and|or|the|to|in|for|on|with|a|an|at|by|from|as|de|la|le|les|des|du|et|en|à|und|der|die|das|von|mit|im|el|los|las|y|del|con)$/i;

function isWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const width = Math.max(...lines.map((line) => line.length));
  if (width < 40 || width > 100) return false;
  const body = lines.slice(0, -1);
  return body.filter((line) => line.length >= width * 0.7).length >= body.length * 0.6;
}

/** A two-line block is one line broken in two when the break falls mid-phrase. */
function isBrokenPair(first: string, second: string): boolean {
  if (TERMINAL.test(first)) return false;
  return /^\p{Ll}/u.test(second) || CONNECTOR.test(first);
}

export interface Reflowed {
  text: string;
  /** Index of the first line it was made from. */
  first: number;
}

/** Lines of one block → its units. `keepApart` marks lines that never join (datelines, bylines). */
export function reflowBlock(lines: string[], keepApart: (line: string) => boolean): Reflowed[] {
  const wrapped = isWrapped(lines);
  const out: Reflowed[] = [];
  lines.forEach((line, index) => {
    const previous = out.at(-1);
    const joins =
      previous !== undefined &&
      !keepApart(lines[index - 1]!) &&
      !keepApart(line) &&
      (wrapped || (lines.length === 2 && isBrokenPair(previous.text, line)));
    if (joins) previous.text = `${previous.text} ${line}`;
    else out.push({ text: line, first: index });
  });
  return out;
}
