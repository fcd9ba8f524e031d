/** One or two lead sentences: enough to tell a reader what the article says. */
import { splitSentences } from "../dates/sentences.ts";

const MAX_SUMMARY = 320;

export function leadSummary(lead: string, language: string): string {
  const [first = "", second] = splitSentences(lead, language);
  const both = second ? `${first} ${second}` : first;
  if (both.length <= MAX_SUMMARY) return both;
  if (first.length <= MAX_SUMMARY) return first;
  const cut = first.slice(0, MAX_SUMMARY).lastIndexOf(" ");
  return `${first.slice(0, cut > 0 ? cut : MAX_SUMMARY)}…`;
}
