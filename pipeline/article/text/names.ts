/** Whether a short string reads as a person's name ("Mohamed bin Abdulrahman Al Thani"), and where a name ends. */
import { isFunctionWord } from "./words.ts";
import nameWords from "./names.json" with { type: "json" };

const PARTICLES = new Set(nameWords.particles);

/** Words that make a capitalised phrase a job, a desk or an organisation, not a person. */
const NOT_A_PERSON = new Set(nameWords.notAPerson);

export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 6) return false;
  // "Die Ticketpreise", "Henry In Aktuell": a phrase with an article or a preposition; "De Vries" opens with a particle.
  if (tokens.some((token) => isFunctionWord(token) && !PARTICLES.has(token.toLowerCase()))) return false;
  // "FR IT EN": a row of codes, not initials ("R. R.").
  if (tokens.every((token) => /^\p{Lu}{1,2}$/u.test(token))) return false;
  let capitalised = 0;
  for (const [index, token] of tokens.entries()) {
    const bare = token.replace(/[.,]$/, "");
    if (NOT_A_PERSON.has(bare.toLowerCase())) return false;
    // "von der Leyen", but "Tipp der Woche": a German article in a name follows another particle.
    if (bare === "der" && !PARTICLES.has(tokens[index - 1]?.toLowerCase() ?? "")) return false;
    if (PARTICLES.has(bare.toLowerCase())) continue;
    // "Al-Thani", "O'Neill", "Jean-Pierre", initials like "J."; the article may be lower case: "al-Thani", "d'Estaing".
    if (!/^(?:(?:al|el|ad|ash|ud|ul)-|d['’])?\p{Lu}[\p{L}'’.-]*$/u.test(bare)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/** A desk or agency credited instead of a person: "Staff Writer", "Al Jazeera Staff", "La Rédaction". */
export function isDesk(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length > 6) return false;
  // Agencies sign in lower case too: "dpa", "afp".
  return (
    tokens.some((token) => NOT_A_PERSON.has(token.toLowerCase())) &&
    tokens.every((token) => PARTICLES.has(token.toLowerCase()) || NOT_A_PERSON.has(token.toLowerCase()) || /^\p{Lu}/u.test(token))
  );
}

/** A role after a name ends it: "Evan Halper Staff Writer", "Jane Doe Senior Correspondent" (the rest is checked as a name). */
const ROLE_WORDS = new Set(nameWords.roles);
const HAS_ROLE_WORD = new RegExp(`(?<![\\p{L}])(?:${nameWords.roles.join("|")})(?![\\p{L}])`, "iu");

/** A name with its role right after it: "Richard Adams Education editor", "Sarah Hinger, Staff Attorney, ACLU …": a byline without its "By". */
export function isNameWithRole(text: string): boolean {
  // Most lines hold no role's word: they are not read for a name.
  if (!HAS_ROLE_WORD.test(text)) return false;
  // "& Sylvia Torres-Guillén, Director of …": the second of two bylines.
  const words = text.trim().replace(/^(?:&|and|und|et|y)\s+/i, "").split(/\s+/);
  const name = leadingName(words);
  if (name === null || !name.includes(" ")) return false;
  const after = name.split(" ").length;
  const rest = words.slice(after, after + ROLE_REACH);
  return rest.some((word) => ROLE_WORDS.has(word.replace(/[.,;:]$/, "").toLowerCase()));
}
/** The role's word is one of the first words after the name. */
const ROLE_REACH = 2;

/** A word that may stand in a name: capitalised, an initial, or a particle ("bin", "von der"). */
const NAME_WORD = /^(?:(?:al|el|ad|ash|ud|ul)-|d['’])?\p{Lu}[\p{L}'’.-]*$/u;
/** "R.", "J.R.", "Jr.": initials and generational suffixes keep their dots. */
const INITIALS = /^(?:(?:\p{Lu}\.)+|Jr\.|Sr\.)$/u;
/** A whole name of two words, then the outlet's first word. */
const MIN_WORDS_BEFORE_OUTLET = 3;
const isAllCaps = (word: string) => /\p{Lu}{2}/u.test(word) && word === word.toUpperCase();

/**
 * The name a run of words opens with ("Alex Bozarjian KTRK logo" → "Alex
 * Bozarjian"), or null: at most six words, never through a station's or
 * desk's capitals after a name in normal case, a word `endsName` marks, or
 * onto a capitalised noun that opens a phrase ("Evgenia Karp Zuletzt
 * geändert"), and never ending on a particle.
 */
export function leadingName(words: string[], endsName: (word: string) => boolean = () => false): string | null {
  const taken: string[] = [];
  for (const word of words.slice(0, 6)) {
    // An initial keeps its dot ("Michael R. Bloomberg"); any other mark ends the name after its word.
    const bare = INITIALS.test(word) ? word : word.replace(/[.,;:]$/, "");
    // "Andrea Kategorien: Allgemein": a word before a colon labels what follows; it is no part of a name.
    if (/:$/.test(word) || endsName(bare) || (!NAME_WORD.test(bare) && !PARTICLES.has(bare.toLowerCase()))) break;
    if (taken.length >= 2 && ROLE_WORDS.has(bare.toLowerCase())) break;
    if (taken.length > 0 && isAllCaps(bare) && !isAllCaps(taken[0]!)) break;
    taken.push(bare);
    if (bare !== word) break;
  }
  const next = words[taken.length];
  const initials = taken.some((word) => INITIALS.test(word));
  // "Evgenia Karp Zuletzt geändert": a capitalised word that a phrase runs on from is no surname; "Richard David Precht im Gespräch" keeps it.
  if (taken.length > 2 && !initials && next !== undefined && /^\p{Ll}{4,}/u.test(next)) taken.pop();
  while (taken.length > 0 && PARTICLES.has(taken.at(-1)!.toLowerCase())) taken.pop();
  // "Emmanuelle Ducros Emmanuelle Ducros": a name printed twice, as avatar text and as the byline.
  const half = taken.length / 2;
  if (Number.isInteger(half) && half >= 2 && taken.slice(0, half).join(" ") === taken.slice(half).join(" ")) taken.length = half;
  // "Neue Zürcher Presse", "Gulf Times Staff": a desk's or an outlet's name, not a shorter person's; but after a
  // whole name, an outlet of two words ("Sarah Schnieder Reiterrevue International") ends it.
  const outlet = taken.findIndex((word) => NOT_A_PERSON.has(word.toLowerCase()));
  if (outlet >= 0 && outlet < MIN_WORDS_BEFORE_OUTLET) return null;
  if (outlet >= 0) taken.length = outlet - 1;
  for (let count = taken.length; count >= 2; count--) {
    const name = taken.slice(0, count).join(" ");
    if (isPersonName(name)) return name;
  }
  return null;
}
