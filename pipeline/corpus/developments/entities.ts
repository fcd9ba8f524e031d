/** Which known people, places and organisations a text names. */
import { escapeRegex } from "../../article/dates/names.ts";
import { aliasKey, foldAccents, isAcronym } from "../../model/alias.ts";
import { spellingsOf, type EntityTable } from "../../model/entities.ts";
import { firstDayOf, lastDayOf, parseDateString } from "../../model/dates.ts";

interface Meaning {
  id: string;
  /** For an acronym, the exact capitals it must be written in. */
  capitals?: string;
  /** For a role, the days its holder held it. */
  from?: string;
  to?: string;
}

interface Compiled {
  regex: RegExp;
  meanings: Map<string, Meaning[]>;
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
    for (const spelling of spellingsOf(entity)) add(spelling, { id: entity.id });
    for (const role of entity.roles ?? []) {
      for (const spelling of role.names) add(spelling, { id: entity.id, from: role.from, ...(role.to ? { to: role.to } : {}) });
    }
  }
  const alternation = [...meanings.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => escapeRegex(key).replace(/ /g, "[\\s\\-‐‑–]+").replace(/'/g, "['’]"))
    .join("|");
  // "(?!)" never matches: an empty table finds nothing.
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation || "(?!)"})(?![\\p{L}\\p{N}])`, "giu");
  return { regex, meanings };
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
  const names: { printed: string; meanings: Meaning[] }[] = [];
  for (const match of foldAccents(text).matchAll(compiledTable.regex)) {
    names.push({ printed: match[0].replace(SPACES, " "), meanings: compiledTable.meanings.get(aliasKey(match[0])) ?? [] });
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
