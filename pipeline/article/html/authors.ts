/**
 * Authors as a page states them: names only. Metadata fields hold what a
 * publishing system was given — "Von Anna Beck und Tom Roth", a profile URL,
 * "Redaktion", "dpa", an e-mail address, "Anna Beck, 3. Mai 2022" — so each
 * value is split and cleaned; what is left must still read as a name.
 */
import type { Fact } from "../../model/types.ts";
import { isDateLine } from "../dates/line.ts";
import { namesAfterBylineWord, namesInStamp, parseByline, trimName, uniqueNames } from "../extract/byline.ts";
import { isDesk, isPersonName } from "../text/names.ts";
import { squeeze } from "./dom.ts";
import type { AuthorElement } from "./metadata.ts";
import markup from "./markup.json" with { type: "json" };
import { isSiteName } from "./title.ts";

const PREFIX = /^(?:(?:written |text |fotos? )?(?:by|von|par|por|door|text|autor(?:in)?|author|auteur|verfasst von|geschrieben von)\s*:?\s+)/i;
const SEPARATORS = /\s+-\s+|\s*(?:[,;|/&+]|\bund\b|\band\b|\bet\b|\by\b|\bsowie\b|\bmit\b|\bwith\b|\b(?:illustrations?|fotos?|photos?|bilder?|grafik)\s*(?:von|by|:)?)\s*/iu;
/** Roles, places and agencies after a name: "Anna Beck (dpa)", "Tom Roth, Korrespondent", "Jane Doe in Doha". */
const TRAILER = /\s*\(.*\)$|\s+(?:in|aus|from|à)\s+\p{Lu}[\p{L}-]*$/u;
const ROLE = /^(?:redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|reporter(?:in)?|editor|chefredakteur(?:in)?|journalist(?:in)?|phd|dr|prof|jr|sr|mba|m\.?a|foto|fotos|photo|photos|bild|bilder|text|video)\.?$/i;
const NOT_NAMES = new Set(markup.notNames);
const ORGANIZATION_WORDS = new Set(markup.organizationWords);
/** "DT", "JF": an editor's initials, not a name to show. */
const INITIALS_ONLY = /^\p{Lu}{1,3}\.?$/u;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;
const URL_LIKE = /^(?:https?:|www\.)|\.(?:com|de|net|org|at|ch|fr|uk|eu|io)(?:\/|$)|@/i;

/** A name stated in a field meant for names: single-word pen names count, desks and outlets do not. */
function isStatedName(name: string, siteNames: readonly string[]): boolean {
  if (name.length < 2 || name.length > 60 || URL_LIKE.test(name) || isDesk(name) || ROLE.test(name)) return false;
  // "DT", and "DE FR IT EN" of a language switcher.
  if (NOT_NAMES.has(name.toLowerCase()) || name.split(/\s+/).every((word) => INITIALS_ONLY.test(word))) return false;
  if (name.split(/\s+/).some((word) => ORGANIZATION_WORDS.has(word.toLowerCase()))) return false;
  if (!/^\p{L}/u.test(name) || /\d{3,}/.test(name) || isDateLine(name)) return false;
  const key = name.toLowerCase();
  if (siteNames.some((site) => site.toLowerCase() === key)) return false;
  const words = name.split(/\s+/);
  // Beyond two words a name's words are capitalised: "Afficher mon profil complet" is a link's label.
  const wordsOfName = words.length <= 2 ? /^[\p{L}'’.-]+$/u : /^\p{Lu}[\p{L}'’.-]*$/u;
  return words.length <= 5 && (words.length === 1 || isPersonName(name) || words.every((word) => wordsOfName.test(word)));
}

/** The names in one stated author value, e.g. 'Von Anna Beck und Tom Roth' → ['Anna Beck', 'Tom Roth']. */
export function statedNames(value: string, siteNames: readonly string[] = []): string[] {
  const text = squeeze(value.replace(PREFIX, "")) ?? "";
  // The outlet in the author field: "Die FURCHE", "Jobs & Hire".
  // (A one-word pen name may be the blog's name too: "surfguard" on surfguard.example.)
  if (URL_LIKE.test(text) && !/\s/.test(text)) return [];
  if (/\s/.test(text) && isSiteName(text, siteNames) && !text.split(SEPARATORS).some(isPersonName)) return [];
  // "Alle Artikel von Tanja Karrasch": a byline word inside the value; but "Christoph von Ritter" is one name.
  const after = namesAfterBylineWord(text).filter((name) => isStatedName(name, siteNames));
  if (after.length > 0 && after.every(isPersonName)) return after;
  const parts = text.replace(WEB_ADDRESS, " ").split(SEPARATORS).map((part) => {
    return trimName(part.replace(TRAILER, "").replace(PREFIX, "").replace(/^[\s.:·-]+/, "").trim());
  });
  // Beside a name, even one word that is the site's name is the outlet: "unocero - Alberto Ávila".
  const outlet = (part: string) => (parts.length > 1 || /\s/.test(part)) && isSiteName(part, siteNames);
  const names = parts.filter((part) => isStatedName(part, siteNames) && !outlet(part));
  // A word left of an organisation's name split up is no pen name: "Landesanstalt für Wald und Forstwirtschaft - LWF".
  const named = parts.filter((part) => part !== "").every((part) => names.includes(part) || outlet(part) || isDesk(part));
  return uniqueNames(named ? names : names.filter((name) => /\s/.test(name)));
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
  classed: readonly AuthorElement[] = [],
): Fact<string[]> | null {
  for (const claim of stated) {
    const names = uniqueNames(claim.value.flatMap((value) => statedNames(value, siteNames)));
    if (names.length > 0) return { value: names, evidence: claim.evidence };
  }
  for (const [at, line] of visible.entries()) {
    const next = visible[at + 1];
    // "Autor:" or "by" in one element, the name in the next; there a user name is the author too ("by" / "delta201").
    const byline = isLabelOnly(line) && next !== undefined ? `${line} ${next}` : line;
    const found = bylineNames(byline, siteNames);
    const starter = THREAD_STARTER.exec(line)?.[1];
    const names = (found.length > 0 ? found : byline !== line ? userName(byline, next!) : starter ? [starter] : []).filter((name) =>
      isStatedName(name, siteNames),
    );
    if (names.length > 0) return { value: names, evidence: `byline "${byline}"` };
  }
  for (const { text, card } of classed) {
    const stated = card ? statedNames(card, siteNames) : [];
    const names = stated.length > 0 ? stated : classedNames(text, siteNames);
    if (names.length > 0) return { value: names, evidence: `author element "${text}"` };
  }
  return null;
}

/**
 * The desk or organisation an author field states, for a page that names no
 * person: "Redaktion", "Staff and news service reports", "Eurosport". JSON-LD's
 * organisations (`credited`) first, as they are typed so.
 */
export function chooseCredit(
  credited: readonly Fact<readonly string[]>[],
  stated: readonly Fact<readonly string[]>[],
  siteNames: readonly string[],
): Fact<string[]> | null {
  for (const claim of [...credited, ...stated]) {
    const typed = credited.includes(claim);
    const name = claim.value.map((value) => squeeze(value.replace(PREFIX, ""))).find((value) => !!value && isCreditedName(value, siteNames, typed));
    if (name) return { value: [name], evidence: `${claim.evidence}, naming no person` };
  }
  return null;
}

/** A desk, an outlet or an organisation named in an author field; JSON-LD types its organisations itself. */
function isCreditedName(name: string, siteNames: readonly string[], typed: boolean): boolean {
  // One name: "hessenschau.de, Frankfurt, Germany" is an address.
  if (name.length > 60 || /[,;/|]/.test(name) || !/^\p{L}/u.test(name) || URL_LIKE.test(name) || NOT_NAMES.has(name.toLowerCase()) || isDateLine(name)) return false;
  return typed || isDesk(name) || isSiteName(name, siteNames) || name.split(/\s+/).some((word) => ORGANIZATION_WORDS.has(word.toLowerCase()));
}

/** "Thread starter Tiberius": a forum names who opened the thread, by user name. */
const THREAD_STARTER = new RegExp(`^(?:${markup.threadStarters.join("|")}):?\\s+(\\S+)$`, "iu");
/** A user name alone after a byline word, kept whole ("delta201"); two letters are an editor's initials ("Autor: se"). */
const userName = (byline: string, name: string) => (/^\S{3,}$/.test(name) && namesAfterBylineWord(byline).length > 0 ? [name] : []);
/** A byline word with nothing after it: "Autor:", "Von". */
const isLabelOnly = (line: string) => `${line} `.replace(PREFIX, "") === "";

/** A byline inside a line is one of its short parts, not a sentence ("Im von Anna Beck veröffentlichten Video …"). */
const MAX_STAMP_LINE = 80;
/** "Foto von Tom Roth": a picture's credit printed near the headline, not the article's byline. */
const PHOTO_CREDIT = /^(?:fotos?|photos?|bild(?:er)?|image)\s*(?:von|by|:)/i;
/** Words before a name that still open a byline: "Ein Artikel von"; more make a sentence. */
const MAX_LEAD_WORDS = 3;
const STAMP_PARTS = /\s[|•·]\s/;

/**
 * Person names in a printed byline: a line that is one ("Von Anna Beck"), or
 * a short stamp line with a byline in one of its parts ("Ein Artikel von
 * Anna Beck | 27.01.2022", "Par Tom Roth le 7 mai 2020", "yas! | By Jane Doe | April 13").
 */
export function bylineNames(line: string, siteNames: readonly string[] = []): string[] {
  if (PHOTO_CREDIT.test(line)) return [];
  const whole = [...(parseByline(line) ?? (PREFIX.test(line) ? statedNames(line, siteNames).filter(isPersonName) : []))];
  if (whole.length > 0 || line.length > MAX_STAMP_LINE) return whole;
  // "Post author By Jane Doe" reads "By Jane Doe" after "author" as a name too.
  const inner = namesAfterBylineWord(line).filter((name) => isPersonName(name) && !PREFIX.test(name));
  const parts = line.split(STAMP_PARTS);
  const at = parts.findIndex((part) => inner.length > 0 && part.includes(inner[0]!));
  if (at < 0) return [];
  const part = parts[at]!;
  const lead = part.slice(0, part.indexOf(inner[0]!)).trim().split(/\s+/);
  const last = inner.at(-1)!;
  const rest = part.slice(part.lastIndexOf(last) + last.length).trim();
  // Only the line's first part may lead in ("Ein Artikel von"); a later one opens with the byline word, not "WordPress Theme von".
  // A small word before it makes a sentence ("Interview mit Autorin Jane Doe" is about her), as does anything but a date after the name.
  const opens = at === 0 ? lead.length <= MAX_LEAD_WORDS && lead.slice(0, -1).every((word) => !/^\p{Ll}/u.test(word)) : PREFIX.test(`${lead.join(" ")} `);
  return opens && (rest === "" || isDateLine(rest)) ? inner : [];
}

/**
 * Names in the text of an element marked as the author's: a byline with or
 * without its byline word, or a name beside a date ("Janic Cathomen,
 * 01.12.2021"). A word alone is left out: such elements also hold labels and
 * buttons ("Autor", "Folgen").
 */
export function classedNames(text: string, siteNames: readonly string[] = []): string[] {
  const names = namesInStamp(text).filter((name) => isStatedName(name, siteNames));
  // A byline word that only stated values use: "Auteur: Anna Beck".
  return names.length > 0 ? names : namesInStamp(text.replace(PREFIX, "")).filter((name) => isStatedName(name, siteNames));
}
