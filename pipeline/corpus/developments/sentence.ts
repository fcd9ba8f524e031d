/**
 * The sentence a development shows, as a reader reads it: without the
 * dateline that opens a wire story ("DOHA, Qatar (Wire) —", "KABUL (AFP) -"),
 * a byline run into it, or a trailing attribution (", officials said.").
 */
import { escapeRegex } from "../../article/text/regex.ts";
import attribution from "./attribution.json" with { type: "json" };

const phrases = (list: string[]) => list.map((phrase) => escapeRegex(phrase).replace(/ /g, "\\s+")).join("|");

// A place in capitals, maybe its country, maybe an agency in brackets, then a dash.
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,\s*\p{L}[\p{L} .'’-]{0,30})?(?:\s*\([^()]{1,30}\))?\s*[—–-]\s+(?=\S)/u;
const BYLINE = /^(?:by|par|von|por)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,3}\s*[—–|-]\s+(?=\S)/iu;
// At most six words stand between the comma and the verb, so a clause of the event itself stays.
const TRAILING = new RegExp(
  `,\\s*(?:(?:\\S+\\s+){0,5}?(?:${phrases(attribution.verbs)})|(?:${phrases(attribution.leads)})\\s+(?:\\S+\\s+){0,5}?\\S+)\\s*([.!]?)$`,
  "iu",
);

export function readableSentence(text: string): string {
  const opened = text.replace(DATELINE, "").replace(BYLINE, "");
  const ended = opened.replace(TRAILING, (_, stop: string) => stop || ".");
  const trimmed = ended.trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}
