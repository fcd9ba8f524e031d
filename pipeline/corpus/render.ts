/**
 * Normalized articles stay where they were made (this thread or a pool
 * worker) until the corpus has given them ids: only what duplicates and ids
 * need travels between threads, and each article is rendered, hashed and
 * written where it lies, with what merging its developments needs, so that
 * work runs on every core too.
 */
import { statSync } from "node:fs";
import { sha256 } from "../model/hash.ts";
import { ZodError } from "zod";
import type { EntityTable } from "../model/entities.ts";
import { fail, type Message } from "../model/messages.ts";
import { issueText } from "../model/schema.ts";
import type { ArticleRecord } from "../model/types.ts";
import type { MergeArticle } from "./developments/reports.ts";
import type { Normalized } from "../article/normalize.ts";
import { renderArticleParts } from "../article/render/article.ts";
import { mergeInputOf } from "./developments/file.ts";
import { fileStat, writeAtomic, type FileStat } from "./files.ts";

/** What the corpus needs of a record to find duplicates, give ids and report. */
export type Summary = Pick<ArticleRecord, "raw" | "raw_sha256" | "title" | "published" | "fingerprint" | "messages">;

export type Summarized = { record: Summary } | { record: null; messages: Message[] };

/** Where and as what one normalized article is written. */
export interface ArticleToWrite {
  /** Position of the article in the list that was normalized. */
  index: number;
  id: string;
  duplicateOf: string | null;
  file: string;
  /** sha256 of the file's present text, or null: a render with the same hash is not written again. */
  present: string | null;
  /** Whether its developments are merged, so what merging reads of it comes back too. */
  merged: boolean;
}

export type WrittenArticle =
  | {
      output_sha256: string;
      written: boolean;
      /** The new file's metadata, for the cache; null when it was not written. */
      stat: FileStat | null;
      /** What merging reads of the article, when asked for. */
      mergeInput?: MergeArticle;
    }
  /** The record does not fit the front-matter schema (its title came out empty): nothing was written. */
  | { failed: Message };

/** The records one thread (or a pool) made and holds until the corpus has given them ids. */
export interface HeldRecords {
  /** One per article, in the order they were given. */
  results: Summarized[];
  write(articles: ArticleToWrite[]): Promise<WrittenArticle[]>;
  /** The records themselves, at these places of the list, for a run that hands them on instead of writing them (normalizing in shards). */
  records(indexes: number[]): Promise<ArticleRecord[]>;
  close(): Promise<void>;
}

export function summarize(normalized: Normalized): Summarized {
  if (!normalized.record) return normalized;
  const { raw, raw_sha256, title, published, fingerprint, messages } = normalized.record;
  return { record: { raw, raw_sha256, title, published, fingerprint, messages } };
}

/** Renders the record and writes it unless the file already holds the same text; `entities` names the people and places for merging. */
export function writeArticle(record: ArticleRecord, article: ArticleToWrite, entities: EntityTable | null): WrittenArticle {
  let parts: ReturnType<typeof renderArticleParts>;
  try {
    parts = renderArticleParts(record, article.id, article.duplicateOf);
  } catch (error) {
    const reason = error instanceof ZodError ? issueText(error.issues[0]!, "front matter") : String(error);
    return { failed: fail(record.raw, "render:invalid", `the article cannot be written: ${reason}`) };
  }
  const { text, frontMatter, body } = parts;
  const mergeInput = article.merged && entities ? { mergeInput: mergeInputOf(frontMatter, body, entities) } : {};
  const output_sha256 = sha256(text);
  if (output_sha256 === article.present) return { output_sha256, written: false, stat: null, ...mergeInput };
  writeAtomic(article.file, text);
  return { output_sha256, written: true, stat: fileStat(statSync(article.file)), ...mergeInput };
}

/** Records of this thread, written here. */
export function recordsHere(normalized: Normalized[], entities: EntityTable | null): HeldRecords {
  return {
    results: normalized.map(summarize),
    write: async (articles) =>
      articles.map((article) => {
        const { record } = normalized[article.index]!;
        if (!record) throw new Error(`article ${article.index} was rejected and cannot be rendered`);
        return writeArticle(record, article, entities);
      }),
    records: async (indexes) => indexes.map((index) => normalized[index]!.record!),
    close: async () => {},
  };
}
