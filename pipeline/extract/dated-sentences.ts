/** Every date of a body, with the sentence it stands in and whether it only sets the scene. */
import type { PartialDate } from "../core/dates.ts";
import { check, type Checked } from "../dates/check.ts";
import { findDates } from "../dates/scan.ts";
import { splitSentences } from "../dates/sentences.ts";
import type { Mention } from "../dates/types.ts";
import { isBackground } from "./background.ts";

export interface DatedSentence extends Checked {
  sentence: string;
  mention: Mention;
  background: boolean;
}

export function* datedSentences(paragraphs: string[], language: string, anchor: PartialDate | null): Generator<DatedSentence> {
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph, language)) {
      for (const mention of findDates(sentence)) {
        yield { sentence, mention, background: isBackground(sentence, mention.start, mention.text), ...check(mention, anchor) };
      }
    }
  }
}
