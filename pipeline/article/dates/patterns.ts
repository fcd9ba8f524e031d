/** Regex building blocks shared by the date readers. */
import lexicon from "./lexicon.json" with { type: "json" };
import { escapeRegex } from "../text/regex.ts";

/** A phrase list as a regex alternation: case and spacing free, "{n}" a number (an unnamed group), either apostrophe. */
export function phrases(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      escapeRegex(phrase)
        .replace(/\s+/g, "\\s+")
        .replace(/['’]/g, "['’]")
        .replace("\\{n\\}", "(\\d{1,3})"),
    )
    .join("|");
}

/** No letter or digit right before / after: whole words and numbers only. */
export const BEFORE = "(?<![\\p{L}\\p{N}])";
export const AFTER = "(?![\\p{L}\\p{N}])";
export const YEAR = "(?<year>1[89]\\d{2}|20\\d{2})";
export const JOIN = `\\s*(?:${phrases(lexicon.rangeJoiners)})\\s*`;
export const ORDINAL = `(?:${phrases(lexicon.ordinalSuffixes)})?`;
export const ZONES = Object.keys(lexicon.zones).sort((a, b) => b.length - a.length).join("|");

export function zoneOf(printed: string): string {
  const named = (lexicon.zones as Record<string, string>)[printed];
  if (named) return named;
  const offset = /^([+-]\d{2}):?(\d{2})$/.exec(printed);
  return offset ? `${offset[1]}:${offset[2]}` : printed;
}

/** Every match of a global regex, with its named groups. */
export function* matches(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    yield match;
    if (match[0] === "") regex.lastIndex++;
  }
}
