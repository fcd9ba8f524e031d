/** Sentences of a paragraph, in the paragraph's language, without breaking after "Dr." or "U.S.". */
const ABBREVIATION = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Sen|Rep|Gov|St|Mt|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|M|Mme|Mgr|Hr|Fr|Sra|Sr|etc|vs|ca|approx|p\.m|a\.m|z|bzw|vgl|Nr|[A-Z](?:\.[A-Z])*)\.\s*$/;
/** German writes the day as an ordinal: "am 9. Oktober" is one sentence. */
const ORDINAL_DAY = /(?:^|\s)\d{1,2}\.\s*$/;
const MONTH = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, found);
  }
  return found;
}

export function splitSentences(paragraph: string, language = "en"): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter(language).segment(paragraph)) {
    const previous = sentences.at(-1);
    const joins =
      previous !== undefined && (ABBREVIATION.test(previous) || /^\p{Ll}/u.test(segment) || (ORDINAL_DAY.test(previous) && MONTH.test(segment)));
    if (joins) {
      sentences[sentences.length - 1] = previous + segment;
    } else {
      sentences.push(segment);
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter(Boolean);
}
