/**
 * Authors as a page states them: names only. Metadata fields hold what a
 * publishing system was given — "Von Anna Beck und Tom Roth", a profile URL,
 * "Redaktion", "dpa", an e-mail address, "Anna Beck, 3. Mai 2022" — so each
 * value is split and cleaned; what is left must still read as a name.
 */
import type { Fact } from "../core/types.ts";
import { isDateLine } from "../dates/line.ts";
import { namesInStamp, parseByline, uniqueNames } from "../extract/byline.ts";
import { isDesk, isPersonName } from "../text/names.ts";
import { squeeze } from "./dom.ts";

const PREFIX = /^(?:(?:written |text |fotos? )?(?:by|von|par|por|door|text|autor(?:in)?|author|auteur|verfasst von|geschrieben von)\s*:?\s+)/i;
const SEPARATORS = /\s*(?:[,;|/&+]|\bund\b|\band\b|\bet\b|\by\b|\bsowie\b|\bmit\b|\bwith\b|\b(?:illustrations?|fotos?|photos?|bilder?|grafik)\s*(?:von|by|:)?)\s*/iu;
/** Roles, places and agencies after a name: "Anna Beck (dpa)", "Tom Roth, Korrespondent", "Jane Doe in Doha". */
const TRAILER = /\s*\(.*\)$|\s+(?:in|aus|from|à)\s+\p{Lu}[\p{L}-]*$/u;
const ROLE = /^(?:redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|reporter(?:in)?|editor|chefredakteur(?:in)?|journalist(?:in)?|phd|dr|prof|jr|sr|mba|m\.?a|foto|fotos|photo|photos|bild|bilder|text|video)\.?$/i;
const URL_LIKE = /^(?:https?:|www\.)|\.(?:com|de|net|org|at|ch|fr|uk|eu|io)(?:\/|$)|@/i;

/** A name stated in a field meant for names: single-word pen names count, desks and outlets do not. */
function isStatedName(name: string, siteNames: readonly string[]): boolean {
  if (name.length < 2 || name.length > 60 || URL_LIKE.test(name) || isDesk(name) || ROLE.test(name)) return false;
  if (!/^\p{L}/u.test(name) || /\d{3,}/.test(name) || isDateLine(name)) return false;
  const key = name.toLowerCase();
  if (siteNames.some((site) => site.toLowerCase() === key)) return false;
  const words = name.split(/\s+/);
  return words.length <= 5 && (words.length === 1 || isPersonName(name) || words.every((word) => /^[\p{L}'’.-]+$/u.test(word)));
}

/** The names in one stated author value, e.g. 'Von Anna Beck und Tom Roth' → ['Anna Beck', 'Tom Roth']. */
export function statedNames(value: string, siteNames: readonly string[] = []): string[] {
  const text = squeeze(value.replace(PREFIX, "")) ?? "";
  if (URL_LIKE.test(text) && !/\s/.test(text)) return [];
  const parts = text
    .split(SEPARATORS)
    .map((part) => part.replace(TRAILER, "").replace(PREFIX, "").replace(/^[\s.:·-]+|[\s.:·-]+$/g, "").trim());
  return uniqueNames(parts.filter((part) => isStatedName(part, siteNames)));
}

/**
 * The first source, most trusted first, that names anyone: structured values
 * (JSON-LD, meta tags, rel/itemprop author) as stated, then bylines printed
 * near the headline, which must read as a person's name.
 */
export function chooseAuthors(
  stated: readonly Fact<readonly string[]>[],
  visible: readonly string[],
  siteNames: readonly string[],
  classed: readonly string[] = [],
): Fact<string[]> | null {
  for (const claim of stated) {
    const names = uniqueNames(claim.value.flatMap((value) => statedNames(value, siteNames)));
    if (names.length > 0) return { value: names, evidence: claim.evidence };
  }
  for (const line of visible) {
    const names = (parseByline(line) ?? (PREFIX.test(line) ? statedNames(line, siteNames).filter(isPersonName) : [])).filter((name) =>
      isStatedName(name, siteNames),
    );
    if (names.length > 0) return { value: names, evidence: `byline "${line}"` };
  }
  for (const line of classed) {
    const names = classedNames(line, siteNames);
    if (names.length > 0) return { value: names, evidence: `author element "${line}"` };
  }
  return null;
}

/**
 * Names in the text of an element marked as the author's: a byline with or
 * without its byline word, or a name beside a date ("Janic Cathomen,
 * 01.12.2021"). A word alone is left out: such elements also hold labels and
 * buttons ("Autor", "Folgen").
 */
export const classedNames = (text: string, siteNames: readonly string[] = []): string[] =>
  namesInStamp(text).filter((name) => isStatedName(name, siteNames));
