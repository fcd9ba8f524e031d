/**
 * A line of navigation: short segments joined by a path's separators
 * ("Home > World", "Accueil / International", "Inicio » Internacional",
 * "Home | World | Asia"). A headline's segment says something: it is longer,
 * or punctuated ("Qatar / Taliban: talks resume").
 */
import { BULLET_MARKS } from "./bullets.ts";
const SEPARATOR = /\s+[/|>»›]\s+|\s*[>»›]\s*/u;
const MAX_SEGMENT_WORDS = 3;
const SEGMENT = /^[\p{L}\p{N}&'’-]+$/u;

export function isNavigationPath(line: string): boolean {
  const segments = line.trim().split(SEPARATOR);
  if (segments.length < 2) return false;
  return segments.every((segment) => {
    const words = segment.split(/\s+/).filter(Boolean);
    return words.length >= 1 && words.length <= MAX_SEGMENT_WORDS && words.every((word) => SEGMENT.test(word));
  });
}

/** A menu's or tag list's entry, alone on its line after a bullet: "• Kultur", "□ Kaufratgeber für Katzen". */
const MENU_ENTRY = new RegExp(`^\\s*[${BULLET_MARKS}]\\s+(\\S+(?: \\S+)?)\\s*$`, "u");

/** The entries of a page's menus and tag lists of one or two words. */
export function menuEntries(pageLines: readonly string[]): Set<string> {
  const entries = new Set<string>();
  for (const line of pageLines) {
    const entry = MENU_ENTRY.exec(line)?.[1];
    if (entry) entries.add(entry);
  }
  return entries;
}
