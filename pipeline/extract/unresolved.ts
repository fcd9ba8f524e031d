/**
 * Developments an undated article cannot date by itself ("le 12 mai",
 * "le mois dernier"): kept for the merge step, which dates them when another
 * article reports the same event.
 */
import { parseDateString } from "../core/dates.ts";
import type { Unresolved } from "../core/schema.ts";
import { datedSentences } from "./dated-sentences.ts";

export function extractUnresolved(paragraphs: string[], context: { language: string; published: string | null }): Unresolved[] {
  const anchor = context.published ? parseDateString(context.published) : null;
  const unresolved: Unresolved[] = [];
  for (const { sentence, mention, problem, background } of datedSentences(paragraphs, context.language, anchor)) {
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
