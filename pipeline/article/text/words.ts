/** Articles, conjunctions and prepositions in the corpus's languages: a line, title or slug never ends on one. */
const FUNCTION_WORDS = new Set(
  "a an and as at by for from in of on or the to with à de del des du en et la las le les los y con el der die das im mit und von".split(" "),
);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** The last run of non-space characters; a regex anchored at the end, or a split, would read all of a long text. */
export function lastWord(text: string): string {
  const trimmed = text.trimEnd();
  let start = trimmed.length;
  while (start > 0 && !/\s/.test(trimmed[start - 1]!)) start--;
  return trimmed.slice(start);
}

/** Whether a phrase stops on a function word ("… talks between the US and"). */
export function endsOnFunctionWord(text: string): boolean {
  return isFunctionWord(lastWord(text));
}

/** How many words a text has: its runs of non-space characters, counted without splitting it. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x202f || code === 0x2009;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** How many of a text's runs of letters `counts` accepts ("Toggle navigation" has two button words). */
export function countLetterRuns(text: string, counts: (run: string) => boolean): number {
  let count = 0;
  for (const [run] of text.matchAll(LETTER_RUN)) if (counts(run)) count++;
  return count;
}
const LETTER_RUN = /\p{L}+/gu;
