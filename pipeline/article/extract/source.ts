/** The outlet: from a " – Outlet" headline suffix, an "Issued by"/"Republished from" line, or a masthead. */
import { isTitleCase } from "../text/case.ts";
import { isPersonName } from "../text/names.ts";
import { isKickerLabel } from "../clean/kicker.ts";

const ISSUER = /^(?:issued by|published by|republished from|originally published (?:by|in|at)|source|quelle|fuente|publié par|veröffentlicht von|publicado por)\s*:?\s+(?!links?$)(.{2,80})$/i;
const SUFFIX = /^(.{12,}?)\s+(?:[–—|]|-)\s+([^–—|]{2,40})$/;
/** Title-case subtitles ("– Live Updates", "- What We Know", "– A Timeline") use words no outlet name does. */
const NOT_OUTLET = /^(a|an|what|how|why|who|we|live|updates|explained|explainer|analysis|opinion|timeline)$/i;

/** A one-word name styled as a brand: "ZEIT", "n-tv", "heise.de", "t3n", "FAZ.NET". */
const BRANDED = /^(?:\p{Lu}{2,}|.*[\d.].*|\p{L}+-\p{L}+|\p{Ll}+\p{Lu}\p{L}*)$/u;

/**
 * "Talks … in Doha – RT DE" → headline and outlet. The outlet is a name, not a
 * clause; a single plain word ("– Zeugenaufruf", "- Neuheiten") is one only
 * when `isOutletName` knows it (a desk, or a name the page prints elsewhere).
 */
export function splitTitleSuffix(title: string, isOutletName: (name: string) => boolean = () => true): { title: string; source: string | null } {
  const match = SUFFIX.exec(title);
  if (!match) return { title, source: null };
  const [, headline, outlet] = match;
  const words = outlet!.trim().split(/\s+/);
  const looksLikeOutlet =
    words.length <= 4 &&
    words.every((word) => (/^[\p{Lu}\d]/u.test(word) || BRANDED.test(word) || /^(of|the|de|la|le|del|du)$/i.test(word)) && !NOT_OUTLET.test(word)) &&
    (words.length > 1 || BRANDED.test(words[0]!) || isOutletName(words[0]!));
  return looksLikeOutlet ? { title: headline!.trim(), source: outlet!.trim() } : { title, source: null };
}

export function parseIssuerLine(line: string): string | null {
  return ISSUER.exec(line.trim())?.[1]?.trim() ?? null;
}

/**
 * A short capitalised label that is not a person or a kicker: "The
 * Reference", "Al Jazeera"; one that names a known place or organisation is
 * an outlet whatever its shape ("Kabul Now").
 */
export function isMasthead(line: string, namesNonPerson: (text: string) => boolean = () => false): boolean {
  const words = line.split(/\s+/);
  if (words.length > 5 || line.length > 50 || /[.!?:,;]$/.test(line) || isKickerLabel(line)) return false;
  return isTitleCase(line) && (!isPersonName(line) || namesNonPerson(line));
}
