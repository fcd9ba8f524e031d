/**
 * A date in a clause opened by "since", "after", "depuis"... only sets the
 * scene for the sentence ("attacks since the Taliban took power in August
 * 2021"): a development, but a background one.
 */
import lexicon from "../dates/lexicon.json" with { type: "json" };
import { phrases } from "../dates/patterns.ts";

const MARKER = new RegExp(`(?<![\\p{L}])(?:${phrases(lexicon.background)})(?![\\p{L}])`, "iu");
// Farther back than this, a marker belongs to another part of the sentence.
const WINDOW_WORDS = 8;

export function isBackground(sentence: string, start: number, mentionText: string): boolean {
  const clause = sentence.slice(0, start).split(/[,;:—–()]/).pop() ?? "";
  const words = clause.trim().split(/\s+/).slice(-WINDOW_WORDS);
  const firstWord = mentionText.split(/\s+/)[0] ?? "";
  return MARKER.test(words.join(" ")) || MARKER.test(firstWord);
}
