/** Labels papers put over a headline ("EXCLUSIVE", "Analysis:", "Eilmeldung"): never the headline itself. */
import chrome from "./chrome.json" with { type: "json" };

const KICKERS = new Set(chrome.kickers);

/** A label from the list of kickers, with or without its colon. */
export function isKickerLabel(line: string): boolean {
  return KICKERS.has(line.trim().replace(/\s*:$/, "").toLowerCase());
}
