/**
 * The synthetic benchmark corpus: N raw articles that look like corpus/raw/,
 * the same bytes for the same seed. Each article draws from its own streams,
 * so article i does not depend on N and "add one article" is article N.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import type { Topic } from "../pipeline/model/taxonomy.ts";
import { createRng, streamSeed } from "./prng.ts";
import { renderArticle } from "./render.ts";
import { composeStory, type Story } from "./story.ts";
import type { Vocabulary } from "./vocabulary.ts";

export interface Ingredients {
  vocab: Vocabulary;
  taxonomy: Topic[];
}

export interface GeneratedArticle {
  name: string;
  bytes: Buffer;
  language: string;
  dated: boolean;
  encoding: "utf8" | "windows-1252";
  wrapped: boolean;
  /** Index of the article this one copies, exactly or with other chrome. */
  duplicateOf?: number;
  exact?: boolean;
}

// Separate streams, so deciding on a duplicate does not shift the story's draws.
const STORY = 0x5170;
const CHROME = 0xc4e0;
const ORIGIN = 0x0419;

function originOf(seed: number, index: number, vocab: Vocabulary): { index: number; exact: boolean } | undefined {
  if (index === 0) return undefined;
  const rng = createRng(streamSeed(seed ^ ORIGIN, index));
  if (!rng.chance(vocab.proportions.duplicate)) return undefined;
  return { index: rng.int(0, index - 1), exact: rng.chance(vocab.proportions.exact_duplicate) };
}

/** The story article `index` tells, following duplicates to their original. */
export function storyOf(seed: number, index: number, ingredients: Ingredients): Story {
  const origin = originOf(seed, index, ingredients.vocab);
  if (origin) return storyOf(seed, origin.index, ingredients);
  return composeStory(createRng(streamSeed(seed ^ STORY, index)), ingredients.vocab, ingredients.taxonomy);
}

const fileName = (index: number, bytes: Buffer) =>
  `${String(index).padStart(5, "0")}_${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.txt`;

export function generateArticle(seed: number, index: number, ingredients: Ingredients): GeneratedArticle {
  const origin = originOf(seed, index, ingredients.vocab);
  if (origin?.exact) {
    const copy = generateArticle(seed, origin.index, ingredients);
    return { ...copy, name: fileName(index, copy.bytes), duplicateOf: origin.index, exact: true };
  }
  const story = storyOf(seed, index, ingredients);
  const rendered = renderArticle(story, createRng(streamSeed(seed ^ CHROME, index)), ingredients.vocab);
  const bytes = rendered.encoding === "utf8" ? Buffer.from(rendered.text, "utf8") : iconv.encode(rendered.text, "win1252");
  return {
    name: fileName(index, bytes),
    bytes,
    language: story.language,
    dated: story.dated,
    encoding: rendered.encoding,
    wrapped: rendered.wrapped,
    ...(origin ? { duplicateOf: origin.index, exact: false } : {}),
  };
}

/** Writes articles `from` … `from + count - 1` into `dir`; returns their file names. */
export function writeCorpus(dir: string, seed: number, count: number, ingredients: Ingredients, from = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let index = from; index < from + count; index++) {
    const article = generateArticle(seed, index, ingredients);
    writeFileSync(join(dir, article.name), article.bytes);
    names.push(article.name);
  }
  return names;
}
