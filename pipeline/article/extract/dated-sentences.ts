/** Every date of a body, with the sentence it stands in and whether it only sets the scene. */
import { parseDateString } from "../../model/dates.ts";
import { check, type Checked } from "../dates/check.ts";
import { allowedBy, findDates, mayHoldDates } from "../dates/scan.ts";
import { splitSentences } from "../dates/sentences.ts";
import type { Mention } from "../dates/types.ts";
import { isBackground } from "./background.ts";

export interface DatedSentence extends Checked {
  sentence: string;
  mention: Mention;
  background: boolean;
}

/** Read once per article: developments and unresolved dates both come from this list. Relative dates count from `published`. */
export function datedSentences(paragraphs: string[], { language, published }: { language: string; published: string | null }): DatedSentence[] {
  const anchor = published ? parseDateString(published) : null;
  const found: DatedSentence[] = [];
  for (const paragraph of paragraphs) {
    // A sentence ends after punctuation or a space, so it has no word or digit its paragraph lacks.
    const allowed = allowedBy(paragraph);
    if (!mayHoldDates(paragraph, allowed)) continue;
    for (const sentence of splitSentences(paragraph, language)) {
      for (const mention of findDates(sentence, allowed)) {
        found.push({ sentence, mention, background: isBackground(sentence, mention.start, mention.text), ...check(mention, anchor, language) });
      }
    }
  }
  return found;
}
