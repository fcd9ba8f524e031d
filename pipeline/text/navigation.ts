/**
 * A line of navigation: short segments joined by a path's separators
 * ("Home > World", "Accueil / International", "Inicio » Internacional",
 * "Home | World | Asia"). A headline's segment says something: it is longer,
 * or punctuated ("Qatar / Taliban: talks resume").
 */
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
