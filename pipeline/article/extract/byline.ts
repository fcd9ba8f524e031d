/**
 * Authors from bylines ("By X and Y", "Par", "Von", "Por") and wire credits
 * ("Reporting by X; Editing by Y"): names only, never roles or desks.
 */
import { BULLET_MARKS, LEADING_BULLET } from "../text/bullets.ts";
import { isDesk, isPersonName, leadingName } from "../text/names.ts";
import { monthOf, weekdayOf } from "../dates/names.ts";
import { escapeRegex } from "../text/regex.ts";
import { datesIn } from "../dates/line.ts";
import { timeAfter } from "../dates/clock.ts";
import { isFunctionWord } from "../text/words.ts";
import { phrases } from "../dates/patterns.ts";
import bylines from "./bylines.json" with { type: "json" };
import { isInterfaceWord } from "../clean/article.ts";
import dates from "../dates/lexicon.json" with { type: "json" };
import { memoByText } from "../text/memo.ts";

const PREFIXES = phrases(bylines.prefixes);
// French sets a space before the colon: "Auteur : Anna Kubišta".
const PREFIX = new RegExp(`^(?:${phrases([...bylines.prefixes, ...bylines.openers])})\\s*:?\\s+(.+)$`, "iu");
/** A byline inside a longer line: "4.02.2022 par Bob Fischer", "Von Jan Kupitz | Oct 24, 2023". */
const INNER_PREFIX = new RegExp(`(?:^|[\\s|•·,(/])(?:${PREFIXES})\\s*:?\\s+`, "giu");
/** A byline word alone on its line ("Autor:", "By"): the name stands on the next one. */
const BYLINE_WORD_ALONE = new RegExp(`^[\\s${BULLET_MARKS}]*(?:${PREFIXES})\\s*:?\\s*$`, "iu");
export const isBylineWordAlone = (line: string) => BYLINE_WORD_ALONE.test(line);
/** The same, to ask whether a line has one (a global regex keeps its place between tests). */
const HAS_BYLINE_WORD = new RegExp(INNER_PREFIX.source, "iu");
/** "Veröffentlicht vonChris Jung", "AuthorAndreas Kalt": a byline word glued to the name after it. */
const GLUED_PREFIX = new RegExp(
  `(?<![\\p{L}.])(${bylines.prefixes.flatMap((prefix) => [prefix, prefix[0]!.toUpperCase() + prefix.slice(1)]).map(escapeRegex).join("|")})(?=\\p{Lu}\\p{Ll})`,
  "gu",
);
/** …and a count glued to the name before it ("Andreas Kalt4 Kommentare"), not the digits of a user name ("freeman1984"). */
// …and a name glued to the next ("Alexandria DouziechAlexandria Douziech"), though not "McDonald" or "DiBiase".
const unglue = (text: string) =>
  /\p{Ll}[\p{Lu}\d]/u.test(text)
    ? text.replace(GLUED_PREFIX, "$1 ").replace(/(?<![\p{L}\d])(\p{Lu}\p{Ll}+)(\d+\s)/gu, "$1 $2").replace(/(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})/gu, "$1 $2")
    : text;

/** Between names: "Jane Doe und John Roe", "Jane Doe, John Roe". */
const JOINER = /^(?:,|&|and|und|et|y|e|en)$/i;
/** "ByJane Doe": a byline whose space a page's markup swallowed. */
const GLUED_BY = /^By(\p{Lu}.+)$/u;
const WIRE = /\b(?:reporting|writing|additional reporting) by\s+([^;)]+)/gi;
const SEPARATORS = /\s*(?:,|;|&|\band\b|\bet\b|\bund\b|\by\b)\s*/i;
/** What follows a name in a byline: "in Doha", "| Reuters", "(AFP)", "- Staff Writer", a glued handle ("Eric Levitz@EricLevitz"). */
const TRAILER = /\s+(?:in|à|en|aus|from|for|pour|für|para)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$|\s*[|(–—-]\s.*$|\s*\(.*\)$|\s*@\w+$/u;

/** A last dot belongs to an initial or to "Jr.": "Joe S.", "Perry Bacon Jr."; any other ends the sentence. */
const ENDS_WITH_INITIAL = /(?:^|\s)(?:\p{Lu}|Jr|Sr)\.$/u;
/** A name without the punctuation after it: "Jane Doe." → "Jane Doe", "Joe S." stays. */
export const trimName = (name: string) => (ENDS_WITH_INITIAL.test(name) ? name : name.replace(/[\s.,:;·-]+$/u, ""));

/**
 * A name without the menu entries a stamp runs on into: "30. Oktober 2023
 * Carola Pönisch Kultur" prints the post's category after its author, and the
 * page's menu lists "• Kultur". A name keeps at least its first word.
 */
export function withoutMenuWords(name: string, entries: ReadonlySet<string>): string {
  const words = name.split(" ");
  if (!entries.has(words.at(-1)!)) return name;
  // …and the particle left before the entry ("Kräutergarten der Wannenkopfhütte").
  while (words.length > 1 && (entries.has(words.at(-1)!) || /^\p{Ll}/u.test(words.at(-1)!))) words.pop();
  return words.join(" ");
}

function namesIn(list: string): string[] {
  return list
    .split(SEPARATORS)
    .map((part) => trimName(part.replace(TRAILER, "").trim()))
    .filter(isPersonName);
}

/** No byline is longer: a longer line is text. */
export const MAX_BYLINE_LENGTH = 160;

/**
 * Names in a byline line, or null when the line is not a byline. The wrap,
 * the layout and the attribution each ask it of a page's head lines: the
 * answer is remembered.
 */
export const parseByline: (line: string) => readonly string[] | null = memoByText(20_000, readByline);

function readByline(line: string): readonly string[] | null {
  if (line.length > MAX_BYLINE_LENGTH) return null;
  const match = PREFIX.exec(line.trim()) ?? GLUED_BY.exec(line.trim());
  if (!match) return null;
  // A name runs until a word that ends it ("Anna Beck Illustration von Tom Roth"); a second byline word names another.
  const named = namesIn(match[1]!).map((name) => leadingName(name.split(" "), endsName) ?? name);
  if (named.length > 0) return uniqueNames([...named, ...namesAfterBylineWord(line).filter(isPersonName)]);
  // "By Daniel", "Von Steffi": a blog's author may sign with a first name alone.
  const single = match[1]!.trim();
  if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(single) && !isDesk(single) && !endsName(single)) return [single];
  return signerOfStamp(match[1]!);
}

/** "Posted by Jane Doe at 18:52", "Author: jdoe2 am 29.12.2010": a byline run on into its stamp is signed by whoever stands before it. */
function signerOfStamp(rest: string): string[] | null {
  const signer = beforeStamp(rest);
  if (signer === null) return null;
  const names = namesIn(signer);
  return names.length > 0 ? names : isUserName(signer) ? [signer] : null;
}

/** Names in a byline that states when it was signed ("Eingestellt von Tom um 21:11"), or null for any other line. */
export function stampedByline(line: string): string[] | null {
  const match = line.length <= MAX_BYLINE_LENGTH ? PREFIX.exec(line.trim()) : null;
  return match ? signerOfStamp(match[1]!) : null;
}

/** The words before a line's first date or time, without the filler that leads into it ("Jane Doe at"), or null when it states neither. */
function beforeStamp(text: string): string | null {
  const date = datesIn(text)[0]?.start ?? text.length;
  const time = [...text.matchAll(/\s/g)].find(({ index }) => index < date && timeAfter(text, index) !== null)?.index ?? date;
  if (time === text.length) return null;
  const words = text.slice(0, time).trim().split(/\s+/);
  // Right before a date, "Vom" leads into it whatever its case ("Von Jane Doe Vom 3. Februar 2022").
  while (words.length > 0 && (endsName(words.at(-1)!) || DATE_WORDS.has(words.at(-1)!.toLowerCase()))) words.pop();
  return words.join(" ");
}

/** A byline, naming people or only a desk ("By Staff Writer"): either way not a headline. */
export function isByline(line: string): boolean {
  const match = line.length <= MAX_BYLINE_LENGTH ? PREFIX.exec(line.trim()) : null;
  return parseByline(line) !== null || (match !== null && isDesk(match[1]!.replace(TRAILER, "")));
}

/**
 * The desk a byline or a stamp names instead of a person: "Von Redaktion",
 * "Author Redaktion", "Redaktion, 1. November 2023" once its dates are out.
 */
export function deskInByline(line: string): string | null {
  const after = [...line.matchAll(INNER_PREFIX)].at(-1);
  const rest = after ? line.slice(after.index + after[0].length) : line;
  const desk = rest.split(/\s*[,|•·–—(]\s*|\s{2,}/)[0]!.replace(/[\s.:-]+$/, "").trim();
  return desk !== "" && isDesk(desk) ? desk : null;
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

const FILLER_WORDS = new Set(dates.fillers.flatMap((phrase) => phrase.toLowerCase().split(" ")));
// "Publié le": a label's own words, its fillers apart.
const LABEL_WORDS = new Set(dates.labels.flatMap((phrase) => phrase.toLowerCase().split(" ")).filter((word) => !FILLER_WORDS.has(word)));
const DATE_WORDS = new Set([...LABEL_WORDS, ...FILLER_WORDS]);
/** "Alex Bozarjian Image", "Sara Zinnecker Stand: …": a button's word or a date label ends a name. */
// A filler ends a name in lower case only: "Tom Roth le 07 Mai 2020", but "Loïc Le Clerc".
const endsName = (word: string) => isInterfaceWord(word) || (DATE_WORDS.has(word.toLowerCase()) && (LABEL_WORDS.has(word.toLowerCase()) || word === word.toLowerCase()));

/** The credit line of an embedded social post: a handle, or a lead-in such as "Posted by". */
const EMBED = new RegExp(`\\(@\\w+\\)|^(?:${phrases(dates.embedCredits)})(?![\\p{L}])`, "iu");
export const isEmbedCredit = (line: string) => EMBED.test(line);

/** Names in a run of words: one name, then another after "and", "und", "&" or a comma. */
function namesFrom(words: string[]): string[] {
  const names: string[] = [];
  // "Avatar Frank Hahn", "Themenstarter Pepemaus": a picture's or a role's label before the name.
  let start = 0;
  while (start < words.length - 1 && endsName(words[start]!)) start++;
  for (let at = start; at < words.length; ) {
    // In a list of names "y" and "und" join two of them, not the words of one ("José Ortega y Gasset" is rare in bylines).
    const name = leadingName(words.slice(at), (word) => endsName(word) || JOINER.test(word));
    if (!name) break;
    names.push(name);
    at += name.split(" ").length;
    const comma = /,$/.test(words[at - 1]!);
    if (words[at] !== undefined && JOINER.test(words[at]!)) at++;
    else if (!comma) break;
  }
  return names;
}

// A hyphen with spaces around it parts a stamp too ("11.12.2019 - Anna Beck"); one inside a name does not.
// …and a handle glued after the name ends it ("Eric Levitz@EricLevitz").
const partsOf = (text: string) => text.split(/\s*[|•·/–—(),@]\s*|\s+-\s+|\s{2,}/).map((part) => part.trim().split(/\s+/));

/**
 * Names after a byline word anywhere in a line: "Eine Kolumne von Nils
 * Pickert", "4.02.2022 par Bob Fischer"; in a stamp, a user name may be in
 * capitals ("October 19, 2019 by JDX"), which elsewhere opens a heading.
 */
export function namesAfterBylineWord(line: string, inStamp = false): string[] {
  if (isEmbedCredit(line)) return [];
  const text = unglue(line);
  const found: string[] = [];
  for (const match of text.matchAll(INNER_PREFIX)) {
    const before = text.slice(0, match.index + (match[0].length - match[0].trimStart().length)).trim().split(/\s+/).at(-1) ?? "";
    // "Interview mit Autorin Jane Doe", "die von Tom Roth beschriebene": after an article or a preposition the word goes on a
    // phrase; a date's filler ("Posted on [date] by") only leads into the stamp.
    if (isFunctionWord(before) && !DATE_WORDS.has(before.toLowerCase())) continue;
    const following = text.slice(match.index + match[0].length);
    // "Post author By Helge Fahrnberger": the byline word after "author" opens the byline.
    const inner = PREFIX.test(following) ? parseByline(following) : null;
    if (inner) {
      found.push(...inner);
      continue;
    }
    const after = partsOf(following)[0]!;
    const names = namesFrom(after);
    // "von flerche", "by Realiberry": after a byline word that opens the line or follows a date, a user name is the author
    // too; after another word ("Nordish by Nature", "Profilbild von Montana") it is the phrase going on.
    const opens = before === "" || !/\p{L}$/u.test(before) || DATE_WORDS.has(before.toLowerCase());
    // …in capitals only when it stands alone in its part: "by HLNF Staff Report" names a desk.
    found.push(...(names.length > 0 ? names : opens && isUserName(after[0], inStamp && after.length === 1) ? [after[0]!] : []));
  }
  return uniqueNames(found);
}

/**
 * Names in what a stamp line says beside its dates: after a byline word, or
 * else its parts that are names ("Bettina Kugler 19.10.2019, 05:00 Uhr",
 * "Sabine Schönfelder / 22.04.2020").
 */
export function namesInStamp(rest: string): string[] {
  if (isEmbedCredit(rest)) return [];
  const after = namesAfterBylineWord(rest, true);
  if (after.length > 0) return after;
  return uniqueNames(partsOf(unglue(rest)).flatMap(namesFrom).filter((name) => !isDesk(name)));
}

/** A user name: one word of letters, digits, "_" or "-", not a button's word, a date's or a desk; in capitals only where asked. */
function isUserName(word: string | undefined, capitals = false): boolean {
  return (
    word !== undefined &&
    /^[\p{L}][\p{L}\d_.-]{1,29}$/u.test(word) &&
    (capitals || !/^\p{Lu}+$/u.test(word)) &&
    !endsName(word) &&
    !isDesk(word) &&
    monthOf(word) === null &&
    weekdayOf(word) === null &&
    !PARTICLES_OR_FILLERS.has(word.toLowerCase()) &&
    !isFunctionWord(word)
  );
}
const PARTICLES_OR_FILLERS = new Set(["der", "die", "das", "the", "le", "la", "el", "den", "dem", "zum", "zur", "vom"]);

/**
 * A line that is a name alone, with a button's word after it ("Alex Bozarjian
 * Image"), or with a short role after it ("Richard Adams Education editor"): a
 * byline without its "By".
 */
export function nameOfLine(line: string): string | null {
  // "[Image-from] Jane Doe", "[svg]Jane Doe": the author's picture, printed as its placeholder, stands before the name.
  const printed = line.replace(LEADING_BULLET, "").replace(/^\[[^\]\s]*\]\s*/u, "").trim();
  // "Ophélie OstermannOphélie Ostermann": a name printed twice, glued; other capitals inside a word stay ("YouTube").
  const unglued = unglue(printed).split(/\s+/);
  const half = unglued.length / 2;
  const text = Number.isInteger(half) && half >= 2 && unglued.slice(0, half).join(" ") === unglued.slice(half).join(" ") ? unglued.slice(0, half).join(" ") : printed;
  // "Read In:" introduces what follows.
  if (/:$/.test(text)) return null;
  // A line with a byline word in it ("Post author By Helge Fahrnberger") is read as a byline, not as a bare name.
  if (text.length > 80 || /\d/.test(text) || PREFIX.test(text) || HAS_BYLINE_WORD.test(text)) return null;
  const words = text.split(/\s+/);
  const name = leadingName(words, endsName);
  if (!name) return null;
  const rest = words.slice(name.split(" ").length);
  const role = rest.length <= MAX_ROLE_WORDS && /^\p{Lu}/u.test(rest[0] ?? "");
  return rest.length === 0 || role || rest.every((word) => endsName(word.replace(/[.,;:]$/, ""))) ? name : null;
}
const MAX_ROLE_WORDS = 3;
