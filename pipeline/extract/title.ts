/** The headline: not a kicker or a date; with no headline, one derived from the lead. */
import { isAllCaps, sentenceCase } from "../text/case.ts";
import { splitSentences } from "../dates/sentences.ts";
import { endsOnFunctionWord } from "../text/words.ts";


/** "… Multiplikators 3.17 5 12": a rating widget's figures after the headline. */
const TRAILING_FIGURES = /(?:\s+\d+(?:[.,]\d+)?){2,}$/;

export function tidyTitle(title: string, articleText: string): string {
  const trimmed = title.replace(/\s+/g, " ").trim().replace(TRAILING_FIGURES, "");
  return isAllCaps(trimmed) ? sentenceCase(trimmed, articleText) : trimmed;
}

const MAX_DERIVED = 90;

/** A title made from the lead's first sentence, cut at a clause or word boundary. */
export function deriveTitle(lead: string, language: string): string {
  const first = splitSentences(lead, language)[0] ?? lead;
  const sentence = first.replace(/[.!?…]+$/, "");
  if (sentence.length <= MAX_DERIVED) return sentence;
  const window = sentence.slice(0, MAX_DERIVED);
  const clause = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "));
  const cut = clause >= 40 ? clause : window.lastIndexOf(" ");
  let kept = sentence.slice(0, cut > 0 ? cut : MAX_DERIVED).replace(/[,;:\s]+$/, "");
  // "… a permis aux talibans de prendre le…" leaves the phrase hanging; end on a word that carries meaning.
  while (endsOnFunctionWord(kept) && kept.includes(" ")) kept = kept.slice(0, kept.lastIndexOf(" ")).replace(/[,;:\s]+$/, "");
  return `${kept}…`;
}
