/**
 * The headline a page shows, chosen by agreement between its `<h1>` elements
 * and the titles its metadata states (`og:title`, JSON-LD `headline`,
 * `<title>`), which often carry the site name: "Headline | Site".
 */
import type { Fact } from "../core/types.ts";

/** Separators between a headline and a site name, either way round. */
const SEPARATOR = /\s+[|–—·•»«:/-]{1,2}\s+|\s*[|·•]\s*|:\s+/u;

/** Compared as readers would: case, quotes, punctuation and spacing aside. */
export function titleKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\u00AD/g, "")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A site name matches "Spiegel" to "DER SPIEGEL", "tagesschau.de" to "tagesschau". */
export function isSiteName(part: string, siteNames: readonly string[]): boolean {
  const key = siteKey(part);
  if (!key || key.split(" ").length > 6) return false;
  return siteNames.some((name) => {
    const site = siteKey(name);
    return site !== "" && (` ${site} `.includes(` ${key} `) || ` ${key} `.includes(` ${site} `));
  });
}

const siteKey = (name: string) => titleKey(name).replace(/ (?:de|com|net|org|at|ch|fr|eu|info|co uk)$/, "").replace(/^www /, "");

/** Takes a site name off either end of a stated title: "Headline | Site", "Site: Headline". */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  let text = title.trim();
  for (;;) {
    const parts = splitOnce(text);
    if (!parts) return text;
    const [first, rest] = parts;
    const last = splitLast(text);
    if (last && isSiteName(last[1], siteNames)) text = last[0];
    else if (isSiteName(first, siteNames)) text = rest;
    else return text;
  }
}

function splitOnce(text: string): [string, string] | null {
  const match = SEPARATOR.exec(text);
  if (!match || match.index === 0) return null;
  const rest = text.slice(match.index + match[0].length);
  return rest ? [text.slice(0, match.index), rest] : null;
}

function splitLast(text: string): [string, string] | null {
  let found: [string, string] | null = null;
  const pattern = new RegExp(SEPARATOR.source, "gu");
  for (const match of text.matchAll(pattern)) {
    if (match.index === 0) continue;
    const rest = text.slice(match.index + match[0].length);
    if (rest) found = [text.slice(0, match.index), rest];
  }
  return found;
}

/** Same headline: equal once compared loosely, the longest part of a stated "Headline | Site", or the start of a stated title cut short or with a subtitle. */
function agree(heading: string, stated: string): boolean {
  const [a, b] = [titleKey(heading), titleKey(stated)];
  if (!a || !b) return false;
  const parts = stated.split(new RegExp(SEPARATOR.source, "u")).map(titleKey);
  const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), "");
  // "Headline | Some Site" agrees with "Headline" whatever the site is called; a blog's name in its <h1> does not.
  if (a === b || a === longest) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 4 && long.startsWith(short);
}

const words = (text: string) => text.split(/\s+/).length;

/**
 * An `<h1>` that agrees with a stated title wins; then the stated title an
 * `<h1>` ends with (a kicker set in the same heading: "Tunesien Große
 * Aufgaben …"); then a lesser heading that agrees with a stated title (a blog
 * whose `<h1>` is its name); then a lone `<h1>` that reads as a headline
 * rather than a site name; then the stated titles without their site name.
 */
export function chooseTitle(
  h1s: readonly string[],
  lesser: readonly string[],
  stated: readonly Fact<string>[],
  siteNames: readonly string[],
): Fact<string> | null {
  const bare = stated.map((claim) => ({ ...claim, value: stripSiteName(claim.value, siteNames) }));
  const headlines = h1s.filter((heading) => !isSiteName(heading, siteNames));
  for (const heading of headlines) {
    const match = stated.find((claim) => agree(heading, claim.value));
    if (match) return { value: heading, evidence: `<h1> agreeing with ${match.evidence}` };
  }
  for (const heading of headlines) {
    const key = titleKey(heading);
    const end = bare.find((claim) => words(claim.value) >= 3 && key.endsWith(` ${titleKey(claim.value)}`));
    if (end) return { value: end.value, evidence: `${end.evidence}, the end of the <h1>` };
  }
  for (const heading of lesser) {
    const match = stated.find((claim) => words(heading) >= 2 && agree(heading, claim.value));
    if (match) return { value: heading, evidence: `heading agreeing with ${match.evidence}` };
  }
  const lone = headlines.find((heading) => words(heading) >= 3);
  if (lone) return { value: lone, evidence: "<h1>" };
  return bare.find((claim) => words(claim.value) >= 2) ?? bare[0] ?? null;
}
