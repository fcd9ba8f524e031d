/** Loads `bench/corpus.yaml`, the data the synthetic corpus is built from. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const range = z.tuple([z.number(), z.number()]);
const perLanguage = z.record(z.string(), z.array(z.string()).min(1));
const share = z.number().min(0).max(1);

const vocabularySchema = z.object({
  languages: z.record(z.string(), z.number().positive()),
  proportions: z.object({
    undated: share,
    no_headline: share,
    caps_headline: share,
    outlet_suffix: share,
    byline: share,
    two_authors: share,
    wrapped: share,
    crlf: share,
    windows_1252: share,
    duplicate: share,
    exact_duplicate: share,
  }),
  years: range,
  paragraphs: range,
  sentences_per_paragraph: range,
  dated_sentence: share,
  outlets: perLanguage,
  mastheads: perLanguage,
  boilerplate: z.object({ top: z.array(z.string()), inline: perLanguage, bottom: z.array(z.string()) }),
  bylines: z.record(z.string(), z.string()),
  and: z.record(z.string(), z.string()),
  names: z.array(z.string()).min(2),
  date_formats: perLanguage,
  event_dates: perLanguage,
  actors: perLanguage,
  places: z.array(z.string()).min(1),
  headlines: perLanguage,
  sentences: perLanguage,
});

export type Vocabulary = z.infer<typeof vocabularySchema>;

export const VOCABULARY_FILE = new URL("./corpus.yaml", import.meta.url);

export function loadVocabulary(file: URL | string = VOCABULARY_FILE): Vocabulary {
  return vocabularySchema.parse(parse(readFileSync(file, "utf8")));
}

/** The list for `language`, which every per-language table must have. */
export function forLanguage(table: Record<string, string[]>, language: string): string[] {
  const list = table[language];
  if (!list) throw new RangeError(`corpus.yaml has no '${language}' entry in a per-language table`);
  return list;
}
