/**
 * Authors from bylines ("By X and Y", "Par", "Von", "Por") and wire credits
 * ("Reporting by X; Editing by Y"): names only, never roles or desks.
 */
import { isDesk, isPersonName } from "../text/names.ts";

const PREFIX = /^(?:by|par|von|por|de|written by|text:?)\s+(.+)$/i;
/** "ByJane Doe": a byline whose space a page's markup swallowed. */
const GLUED_BY = /^By(\p{Lu}.+)$/u;
const WIRE = /\b(?:reporting|writing|additional reporting) by\s+([^;)]+)/gi;
const SEPARATORS = /\s*(?:,|;|&|\band\b|\bet\b|\bund\b|\by\b)\s*/i;
/** What follows a name in a byline: "in Doha", "| Reuters", "(AFP)", "- Staff Writer". */
const TRAILER = /\s+(?:in|à|en|aus|from|for|pour|für|para)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$|\s*[|(–—-]\s.*$|\s*\(.*\)$/u;

function namesIn(list: string): string[] {
  return list
    .split(SEPARATORS)
    .map((part) => part.replace(TRAILER, "").replace(/[.,]$/, "").trim())
    .filter(isPersonName);
}

/** Names in a byline line, or null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
  if (line.length > 160) return null;
  const match = PREFIX.exec(line.trim()) ?? GLUED_BY.exec(line.trim());
  if (!match) return null;
  const names = namesIn(match[1]!);
  return names.length > 0 ? names : null;
}

/** A byline, naming people or only a desk ("By Staff Writer"): either way not a headline. */
export function isByline(line: string): boolean {
  const match = line.length <= 160 ? PREFIX.exec(line.trim()) : null;
  return parseByline(line) !== null || (match !== null && isDesk(match[1]!.replace(TRAILER, "")));
}

/** Reporters named in a wire credit line; editors are not authors. */
export function parseWireCredit(line: string): string[] {
  return [...line.matchAll(WIRE)].flatMap((match) => namesIn(match[1]!));
}

export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
