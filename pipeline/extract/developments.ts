/** Dated events of an article body, one per sentence and date. */
import { formatPartialDate, parseDateString, precisionOf } from "../core/dates.ts";
import { warn, type Extracted, type Message } from "../core/messages.ts";
import type { Development } from "../core/schema.ts";
import { check } from "../dates/check.ts";
import { findDates } from "../dates/scan.ts";
import { splitSentences } from "../dates/sentences.ts";
import { isBackground } from "./background.ts";

/** Sentences (or clauses) of the body that report an event with a date the text gives, resolved as far as the text allows. */
export function extractDevelopments(
  paragraphs: string[],
  context: { language: string; published: string | null },
): Extracted<Development[]> {
  const anchor = context.published ? parseDateString(context.published) : null;
  const developments: Development[] = [];
  const messages: Message[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph, context.language)) {
      const seen = new Set<string>();
      for (const mention of findDates(sentence)) {
        const { resolved, problem } = check(mention, anchor);
        if (problem === "ambiguous") messages.push(warn("date:ambiguous", `'${mention.text}' reads as day/month and month/day; left out`));
        if (problem === "weekday-mismatch") messages.push(warn("date:weekday-mismatch", `'${mention.text}': the weekday does not match the date; left out`));
        // Relative and year-less dates wait for an anchor (see the merge step); problems are never emitted.
        if (!resolved || problem) continue;
        const date = formatPartialDate(resolved.date);
        const end = resolved.end && formatPartialDate(resolved.end);
        if (seen.has(`${date}/${end}`)) continue;
        seen.add(`${date}/${end}`);
        developments.push({
          date,
          precision: precisionOf(resolved.date),
          text: sentence,
          ...(end ? { end } : {}),
          ...(isBackground(sentence, mention.start, mention.text) ? { background: true } : {}),
        });
      }
    }
  }
  return { value: developments, messages };
}
