/** Dated events of an article body, one per sentence and date. */
import { formatPartialDate, precisionOf } from "../../model/dates.ts";
import { warn, type Extracted, type Message } from "../../model/messages.ts";
import type { Development } from "../../model/schema.ts";
import type { DatedSentence } from "./dated-sentences.ts";

/** Sentences (or clauses) of the body that report an event with a date the text gives, resolved as far as the text allows; `file` names the article in the messages. */
export function extractDevelopments(file: string, dated: DatedSentence[]): Extracted<Development[]> {
  const developments: Development[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  for (const { sentence, mention, resolved, problem, background } of dated) {
    if (problem === "ambiguous") messages.push(warn(file, "date:ambiguous", `'${mention.text}' reads as day/month and month/day; left out`));
    if (problem === "weekday-mismatch") messages.push(warn(file, "date:weekday-mismatch", `'${mention.text}': the weekday does not match the date; left out`));
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
