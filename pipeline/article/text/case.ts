/**
 * ALL-CAPS headlines put in sentence case, each word written as the article's
 * own text writes it ("TALIBAN MEET US ENVOY IN DOHA" → "Taliban meet US envoy in Doha").
 */
import { countWords } from "./words.ts";

/** Every word capitalised, as outlets write their names ("Gulf Times", "The Reference", "Le Monde"). */
export function isTitleCase(text: string): boolean {
  return text.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|the|de|la|le|el|al|du|des|der)$/iu.test(word));
}

export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 8 && upper.length / letters.length > 0.9 && countWords(text) >= 3;
}

/** How each word is written mid-sentence in the text, keyed by its lower-case form. */
function spellings(text: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const match of text.matchAll(/(?<=[\p{Ll},;] )[\p{L}][\p{L}'’-]*/gu)) {
    const word = match[0];
    const key = word.toLowerCase();
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    counts.set(key, forms);
  }
  const best = new Map<string, string>();
  for (const [key, forms] of counts) best.set(key, [...forms].sort((a, b) => b[1] - a[1])[0]![0]);
  return best;
}

/** Words the text writes only with a capital, wherever they stand: names even at a sentence start. */
function alwaysCapitalised(text: string): Map<string, string> {
  const forms = new Map<string, string | null>();
  for (const [word] of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    if (word === word.toUpperCase()) continue; // "DOHA (Reuters)" says nothing about how the name is spelled
    const key = word.toLowerCase();
    forms.set(key, forms.get(key) === null || word === key ? null : word);
  }
  return new Map([...forms].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** A word the text never uses: two letters are an acronym ("UN", "PM"), longer words lower case. */
const unknownSpelling = (word: string) => (word.length <= 2 ? word : word.toLowerCase());

export function sentenceCase(headline: string, articleText: string): string {
  const known = spellings(articleText);
  const names = alwaysCapitalised(articleText);
  const seen = new Set(Array.from(articleText.matchAll(/[\p{L}][\p{L}'’-]*/gu), ([word]) => word.toLowerCase()));
  let first = true;
  return headline.replace(/[\p{L}][\p{L}'’-]*/gu, (word) => {
    const key = word.toLowerCase();
    const spelled = known.get(key) ?? names.get(key) ?? (seen.has(key) ? key : unknownSpelling(word));
    const out = first ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
    first = false;
    return out;
  });
}
