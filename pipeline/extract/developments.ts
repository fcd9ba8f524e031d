/** Dated events of an article body, one per sentence and date. */
import { formatPartialDate, parseDateString, precisionOf } from "../core/dates.ts";
import { warn, type Extracted, type Message } from "../core/messages.ts";
import type { Development } from "../core/schema.ts";
import { datedSentences } from "./dated-sentences.ts";

/** Sentences (or clauses) of the body that report an event with a date the text gives, resolved as far as the text allows. */
export function extractDevelopments(
  paragraphs: string[],
  context: { language: string; published: string | null },
): Extracted<Development[]> {
  const anchor = context.published ? parseDateString(context.published) : null;
  const developments: Development[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  for (const { sentence, mention, resolved, problem, background } of datedSentences(paragraphs, context.language, anchor)) {
    if (problem === "ambiguous") messages.push(warn("date:ambiguous", `'${mention.text}' reads as day/month and month/day; left out`));
    if (problem === "weekday-mismatch") messages.push(warn("date:weekday-mismatch", `'${mention.text}': the weekday does not match the date; left out`));
    // Unanchored dates go to extractUnresolved; doubtful ones are never emitted.
    if (!resolved || problem) continue;
    const date = formatPartialDate(resolved.date);
    const end = resolved.end && formatPartialDate(resolved.end);
    const key = `${sentence}\n${date}/${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    developments.push({
      date,
      precision: precisionOf(resolved.date),
      text: sentence,
      ...(end ? { end } : {}),
      ...(background ? { background: true } : {}),
    });
  }
  return { value: developments, messages };
}
