/** Labels papers put over a headline ("EXCLUSIVE", "Analysis:", "Eilmeldung"): never the headline itself. */
import chrome from "./chrome.json" with { type: "json" };
import { countWords } from "../text/words.ts";

const KICKERS = new Set(chrome.kickers);

/** A label from the list of kickers, with or without its colon. */
export function isKickerLabel(line: string): boolean {
  return KICKERS.has(line.trim().replace(/\s*:$/, "").toLowerCase());
}

/** A kicker label, or any label of three words or fewer in capitals. */
export function isKicker(line: string): boolean {
  if (isKickerLabel(line)) return true;
  return countWords(line) <= 3 && /^[\p{Lu}\d\s:'’-]+$/u.test(line) && /\p{Lu}{2}/u.test(line);
}
