/**
 * Developments an undated article cannot date by itself ("le 12 mai",
 * "le mois dernier"): kept for the merge step, which dates them when another
 * article reports the same event.
 */
import type { Unresolved } from "../../model/schema.ts";
import type { DatedSentence } from "./dated-sentences.ts";

export function extractUnresolved(dated: DatedSentence[]): Unresolved[] {
  const unresolved: Unresolved[] = [];
  for (const { sentence, mention, problem, background } of dated) {
    if (problem !== "unanchored") continue;
    const { when } = mention;
    unresolved.push({
      text: sentence,
      expression: mention.text,
      ...(when.kind === "yearless" ? { month: when.month } : {}),
      ...(when.kind === "yearless" && when.day !== undefined ? { day: when.day } : {}),
      ...(when.kind === "yearless" && when.endDay !== undefined ? { end_day: when.endDay } : {}),
      ...(background ? { background: true } : {}),
    });
  }
  return unresolved;
}
