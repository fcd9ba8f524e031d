/**
 * The headline a page shows, chosen by agreement between its `<h1>` elements
 * and the titles its metadata states (`og:title`, JSON-LD `headline`,
 * `<title>`), which often carry the site name: "Headline | Site".
 */
import type { Fact } from "../../model/types.ts";
import { ELEMENT_NODE, squeeze, TEXT_NODE, textOf, type DomElement, type DomNode } from "./dom.ts";

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

/** Some sites print their name after the headline in the <h1> too: "Headline | Umweltbundesamt"; "Frauen im THW: …" keeps its words. */
function withoutSiteSuffix(heading: string, siteNames: readonly string[]): string {
  const last = splitLast(heading);
  return last && siteNames.some((name) => siteKey(name) === siteKey(last[1])) ? last[0] : heading;
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
  const chosen = chooseAmong(h1s, lesser, stated, siteNames);
  // "Headline -": a separator whose site name a publishing system left empty.
  return chosen && { ...chosen, value: chosen.value.replace(/\s+[|–—·•:/-]+$/u, "") };
}

function chooseAmong(
  h1s: readonly string[],
  lesser: readonly string[],
  stated: readonly Fact<string>[],
  siteNames: readonly string[],
): Fact<string> | null {
  const bare = stated.map((claim) => ({ ...claim, value: stripSiteName(claim.value, siteNames) }));
  const headlines = h1s.filter((heading) => !isSiteName(heading, siteNames));
  for (const heading of headlines) {
    const match = stated.find((claim) => agree(heading, claim.value));
    if (match) return { value: withoutSiteSuffix(heading, siteNames), evidence: `<h1> agreeing with ${match.evidence}` };
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

export interface KickerSplit {
  kicker: string;
  headline: string;
  /** Set apart by more than a space: a separator, a line break, a block of its own, or both parts in elements of their own. */
  apart: boolean;
}

const MAX_KICKER_WORDS = 6;
const BLOCKS = new Set(["DIV", "P", "SMALL", "H2", "H3", "H4", "HEADER"]);
const SEPARATOR_ONLY = /^[\s\p{P}]*$/u;

const childrenOf = (node: DomNode): DomNode[] => {
  const nodes: DomNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE || (child.nodeType === TEXT_NODE && /\S/.test(child.textContent ?? ""))) nodes.push(child);
  }
  return nodes;
};

/**
 * The kicker an `<h1>` opens with in an element of its own, and the headline
 * after it: `<span class="dachzeile">Interne Unterlagen im Netz</span>
 * <span>Daten von Rheinmetall gehackt</span>`, `<small>Einheit der
 * Woche</small><br>Lagen-Pyramide mit GA2`. Null when the heading does not
 * open so.
 */
export function kickerOf(h1: DomElement): KickerSplit | null {
  let root: DomNode = h1;
  // Through a link or wrapper holding the whole heading.
  for (let only = childrenOf(root); only.length === 1 && only[0]!.nodeType === ELEMENT_NODE; only = childrenOf(root)) root = only[0]!;
  const nodes = childrenOf(root);
  const first = nodes[0];
  if (nodes.length < 2 || first?.nodeType !== ELEMENT_NODE) return null;
  const kicker = textOf(first);
  if (!kicker || words(kicker) > MAX_KICKER_WORDS || /[.!?…]$/.test(kicker)) return null;
  let at = 1;
  while (at < nodes.length && SEPARATOR_ONLY.test(nodes[at]!.textContent ?? "")) at++;
  const headline = squeeze(nodes.slice(at).map((node) => node.textContent ?? "").join(""));
  if (!headline || words(headline) < 2) return null;
  const rest = nodes[at]!;
  const apart =
    at > 1 || BLOCKS.has((first as DomElement).tagName) || (rest.nodeType === ELEMENT_NODE && at === nodes.length - 1);
  return { kicker, headline, apart };
}

/** A kicker to leave out of the headline: set apart, or the headline after it is what the page states as its title. */
export function isKicker(split: KickerSplit, stated: readonly Fact<string>[]): boolean {
  const [kicker, headline] = [titleKey(split.kicker), titleKey(split.headline)];
  // A short headline with a standfirst after it in the same heading: the page states the first part as its title.
  if (stated.some((claim) => titleKey(claim.value).startsWith(kicker) && !titleKey(claim.value).includes(headline))) return false;
  return split.apart || stated.some((claim) => titleKey(claim.value) === headline || agree(split.headline, claim.value));
}
