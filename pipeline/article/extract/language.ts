/** The article's language, by eld (accurate on short paragraphs and headlines in en, fr, de, es, ar). */
import { eld } from "eld/small";
import { warn, type Extracted } from "../../model/messages.ts";

/** eld needs no more than this to be sure; longer text only costs time (docs/performance.md). */
const SAMPLE = 1000;

/** `file` names the file in the messages. */
export function detectLanguage(file: string, text: string): Extracted<string> {
  const result = eld.detect(text.slice(0, SAMPLE));
  if (result.language && result.isReliable()) return { value: result.language, messages: [] };
  if (result.language) {
    return { value: result.language, messages: [warn(file, "language:uncertain", `language guessed as '${result.language}' with low confidence`)] };
  }
  return { value: "en", messages: [warn(file, "language:unknown", "no language could be detected; assumed English, set `language` in the raw file to correct")] };
}
