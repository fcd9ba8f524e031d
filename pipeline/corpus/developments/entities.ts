/** Which known people, places and organisations a text names. */
import { escapeRegex } from "../../article/text/regex.ts";
import { aliasKey, foldAccents, isAcronym } from "../../model/alias.ts";
import { spellingsOf, type EntityTable, type Kind } from "../../model/entities.ts";
import { firstDayOf, lastDayOf, parseDateString } from "../../model/dates.ts";

interface Meaning {
  id: string;
  kind: Kind;
  /** For an acronym, the exact capitals it must be written in. */
  capitals?: string;
  /** For a role, the days its holder held it. */
  from?: string;
  to?: string;
}

interface Compiled {
  regex: RegExp;
  /** The same names for a plain text (`isPlain`), lower-cased: no case folding or Unicode classes to weigh at each place, and their common beginnings shared. */
  plain: RegExp;
  meanings: Map<string, Meaning[]>;
  /** What each name as printed can mean: the same few spellings are printed over and over. */
  meaningsOfPrinted: Map<string, Meaning[]>;
}

/** A letter or digit outside ASCII: a text without one can be matched lower-cased, letter for letter. */
const NON_ASCII_WORD_CHARACTER = /(?![\x00-\x7f])[\p{L}\p{N}]/u;
const ASCII_CHARACTERS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/**
 * A name as a plain text must show it: its letters in ASCII ("ſ" folds onto
 * "s"), its other characters as they are; null when a letter folds onto none
 * (no plain text can show it).
 */
function plainSpelling(key: string): string | null {
  let spelling = "";
  for (const character of key) {
    const same = character < "\x80" || !/[\p{L}\p{N}]/u.test(character) ? character : ASCII_CHARACTERS.find((ascii) => ascii === ascii.toLowerCase() && new RegExp(escapeRegex(character), "iu").test(ascii));
    if (same === undefined) return null;
    spelling += same;
  }
  return spelling;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: boolean;
}

/**
 * The spellings as one pattern that shares their common beginnings, each
 * place trying to go on before ending there: the longest spelling that fits
 * wins, as in an alternation longest first, but without trying every
 * spelling at every place. Two spellings part at a character only one of
 * which the text can show, so at most one way on is ever open.
 */
function triePattern(spellings: string[]): string {
  const root: TrieNode = { next: new Map(), ends: false };
  for (const spelling of spellings) {
    let node = root;
    for (const character of spelling) {
      let child = node.next.get(character);
      if (!child) node.next.set(character, (child = { next: new Map(), ends: false }));
      node = child;
    }
    node.ends = true;
  }
  const source = (node: TrieNode): string => {
    const ways = [...node.next].map(([character, child]) => (character === " " ? "[\\s\\-‐‑–]+" : character === "'" ? "['’]" : escapeRegex(character)) + source(child));
    if (node.ends) ways.push("(?![a-z0-9])");
    return ways.length === 1 ? ways[0]! : `(?:${ways.join("|")})`;
  };
  return root.next.size === 0 ? "(?!)" : source(root);
}

const SPACES = /[\s\-‐‑–]+/g;
const compiled = new WeakMap<EntityTable, Compiled>();

function compile(table: EntityTable): Compiled {
  const meanings = new Map<string, Meaning[]>();
  const add = (spelling: string, meaning: Meaning) => {
    const key = aliasKey(spelling);
    const capitals = isAcronym(spelling) ? foldAccents(spelling).replace(SPACES, " ") : undefined;
    meanings.set(key, [...(meanings.get(key) ?? []), { ...meaning, ...(capitals ? { capitals } : {}) }]);
  };
  for (const entity of table.entities) {
    for (const spelling of spellingsOf(entity)) add(spelling, { id: entity.id, kind: entity.kind });
    for (const role of entity.roles ?? []) {
      for (const spelling of role.names) add(spelling, { id: entity.id, kind: entity.kind, from: role.from, ...(role.to ? { to: role.to } : {}) });
    }
  }
  const keys = [...meanings.keys()].sort((a, b) => b.length - a.length);
  const alternation = keys.map((key) => escapeRegex(key).replace(/ /g, "[\\s\\-‐‑–]+").replace(/'/g, "['’]")).join("|");
  // "(?!)" never matches: an empty table finds nothing.
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation || "(?!)"})(?![\\p{L}\\p{N}])`, "giu");
  // At a place, the first of the spellings longest first that fits is the longest that fits: the same match as a trie's, which a plain text allows.
  const plain = new RegExp(`(?<![a-z0-9])${triePattern(keys.flatMap((key) => plainSpelling(key) ?? []))}`, "g");
  return { regex, plain, meanings, meaningsOfPrinted: new Map() };
}

/** A role names its holder only when the whole period of the date lies within the tenure. */
function applies(meaning: Meaning, printed: string, on: string | undefined): boolean {
  if (meaning.capitals && meaning.capitals !== printed) return false;
  if (!meaning.from) return true;
  if (on === undefined) return false;
  const date = parseDateString(on);
  return firstDayOf(date) >= meaning.from && (!meaning.to || lastDayOf(date) <= meaning.to);
}

/** Each name the text gives, as printed, with what it can mean. */
function namesIn(text: string, table: EntityTable): { printed: string; meanings: Meaning[] }[] {
  let compiledTable = compiled.get(table);
  if (!compiledTable) compiled.set(table, (compiledTable = compile(table)));
  const folded = foldAccents(text);
  const lower = NON_ASCII_WORD_CHARACTER.test(folded) ? null : folded.toLowerCase();
  const isPlain = lower !== null && lower.length === folded.length;
  const names: { printed: string; meanings: Meaning[] }[] = [];
  const [searched, regex] = isPlain ? [lower, compiledTable.plain] : [folded, compiledTable.regex];
  // `exec` on the one compiled pattern: `matchAll` would copy it, and so compile it again, for every text.
  regex.lastIndex = 0;
  for (let match = regex.exec(searched); match; match = regex.exec(searched)) {
    // As the text prints it: an acronym counts only in its capitals.
    const printed = isPlain ? folded.slice(match.index, match.index + match[0].length) : match[0];
    let meanings = compiledTable.meaningsOfPrinted.get(printed);
    if (!meanings) compiledTable.meaningsOfPrinted.set(printed, (meanings = compiledTable.meanings.get(aliasKey(printed)) ?? []));
    names.push({ printed: printed.replace(SPACES, " "), meanings });
  }
  return names;
}

function idsOf(names: { printed: string; meanings: Meaning[] }[], on: string | undefined): string[] {
  const found = new Set<string>();
  for (const { printed, meanings } of names) {
    for (const meaning of meanings) if (applies(meaning, printed, on)) found.add(meaning.id);
  }
  return [...found];
}

/**
 * Entity ids in order of first mention. `on` (YYYY, YYYY-MM or YYYY-MM-DD)
 * is the date the text speaks of; titles such as "the Taliban leader" only
 * count when it is given.
 */
export function findEntities(text: string, table: EntityTable, on?: string): string[] {
  return idsOf(namesIn(text, table), on);
}

/**
 * `findEntities` for many texts that repeat (a short paragraph around each
 * of its sentences, a headline read on several dates): each text is read
 * once, and only its dates are applied again.
 */
export function entityFinder(table: EntityTable): (text: string, on?: string) => string[] {
  const read = new Map<string, { printed: string; meanings: Meaning[] }[]>();
  return (text, on) => {
    let names = read.get(text);
    if (!names) read.set(text, (names = namesIn(text, table)));
    return idsOf(names, on);
  };
}

/**
 * Whether a text names a place, an organisation or an agreement the table
 * knows: "Doha Qatar" or "Taliban Kabul" under a headline is a dateline,
 * "Kabul Now" an outlet, whatever their capitals say; never a person.
 */
export function namesNonPerson(text: string, table: EntityTable): boolean {
  return namesIn(text, table).some(({ printed, meanings }) => meanings.some((meaning) => meaning.kind !== "person" && applies(meaning, printed, undefined)));
}
