/**
 * People, places and organisations named in a text, found by compromise
 * (English only: for other languages no names are claimed rather than wrong ones).
 */
import nlp from "compromise";

export type EntityKind = "people" | "places" | "organisations";

/** Kind → name → number of mentions. */
export type Mentions = Record<EntityKind, Record<string, number>>;

function clean(name: string): string {
  return name.replace(/^[\s"'“‘(]+|[\s"'”’),.;:!?–-]+$/g, "").replace(/['’]s$/, "").replace(/\s+/g, " ");
}

function count(names: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const raw of names) {
    const name = clean(raw);
    // Single letters and lower-case fragments are tagging noise, not names.
    if (name.length < 3 || !/^\p{Lu}/u.test(name)) continue;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

export function findMentions(text: string, language: string): Mentions {
  if (language !== "en") return { people: {}, places: {}, organisations: {} };
  const doc = nlp(text);
  return {
    people: count(doc.people().not("#Honorific").out("array") as string[]),
    places: count(doc.places().out("array") as string[]),
    organisations: count(doc.organizations().out("array") as string[]),
  };
}

export interface Recurring {
  name: string;
  mentions: number;
}

/** Names mentioned at least twice across the given articles, most mentioned first. */
export function recurring(all: Mentions[], kind: EntityKind, limit = 10): Recurring[] {
  const totals = new Map<string, number>();
  for (const mentions of all) {
    for (const [name, n] of Object.entries(mentions[kind])) totals.set(name, (totals.get(name) ?? 0) + n);
  }
  return [...totals]
    .filter(([, n]) => n >= 2)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, "en"))
    .slice(0, limit)
    .map(([name, mentions]) => ({ name, mentions }));
}
