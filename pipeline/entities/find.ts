/** Which known people, places and organisations a text names. */
import { escapeRegex } from "../dates/names.ts";
import { aliasKey, foldAccents, isAcronym } from "./alias.ts";
import { spellingsOf, type EntityTable } from "../core/entities.ts";
import { firstDayOf, lastDayOf, parseDateString } from "../core/dates.ts";

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

/**
 * Entity ids in order of first mention. `on` (YYYY, YYYY-MM or YYYY-MM-DD)
 * is the date the text speaks of; titles such as "the Taliban leader" only
 * count when it is given.
 */
export function findEntities(text: string, table: EntityTable, on?: string): string[] {
  let compiledTable = compiled.get(table);
  if (!compiledTable) compiled.set(table, (compiledTable = compile(table)));
  const found = new Set<string>();
  for (const match of foldAccents(text).matchAll(compiledTable.regex)) {
    const printed = match[0].replace(SPACES, " ");
    for (const meaning of compiledTable.meanings.get(aliasKey(match[0])) ?? []) {
      if (applies(meaning, printed, on)) found.add(meaning.id);
    }
  }
  return [...found];
}
