/** Every date of a body, with the sentence it stands in and whether it only sets the scene. */
import type { PartialDate } from "../core/dates.ts";
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

function read(paragraphs: string[], language: string, anchor: PartialDate | null): DatedSentence[] {
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

// Developments and unresolved dates both read the same body: read it once per paragraph list.
const lastRead = new WeakMap<string[], { key: string; found: DatedSentence[] }>();

export function datedSentences(paragraphs: string[], language: string, anchor: PartialDate | null): DatedSentence[] {
  const key = `${language} ${JSON.stringify(anchor)}`;
  const known = lastRead.get(paragraphs);
  if (known?.key === key) return known.found;
  const found = read(paragraphs, language, anchor);
  lastRead.set(paragraphs, { key, found });
  return found;
}
