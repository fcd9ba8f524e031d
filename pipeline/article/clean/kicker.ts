/** Labels papers put over a headline ("EXCLUSIVE", "Analysis:", "Eilmeldung"): never the headline itself. */
import chrome from "./chrome.json" with { type: "json" };

const KICKERS = new Set(chrome.kickers);
/** No line longer than the longest kicker, its colon and spaces around it, is one: most lines are not read further. */
const LONGEST = Math.max(...chrome.kickers.map((kicker) => kicker.length)) + 8;

/** A label from the list of kickers, with or without its colon. */
export function isKickerLabel(line: string): boolean {
  return line.length <= LONGEST && KICKERS.has(line.trim().replace(/\s*:$/, "").toLowerCase());
}
