/**
 * Normalized articles stay where they were made (this thread or a pool
 * worker) until the corpus has given them ids: only what duplicates and ids
 * need travels between threads, and each article is rendered and hashed
 * where it lies, with what merging its developments needs, so that work runs
 * on every core too; a pool writes the files while this thread merges.
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

/** What the corpus learns of an article once it is rendered: its hash, whether its file is to be written, and what merging reads of it. */
export type RenderedArticle =
  | {
      output_sha256: string;
      /** False when the file already holds the same text. */
      changed: boolean;
      /** What merging reads of the article, when asked for. */
      mergeInput?: MergeArticle;
    }
  /** The record does not fit the front-matter schema (its title came out empty): nothing is written. */
  | { failed: Message };

/** An article's new text and the file it goes to. */
export interface FileToWrite {
  file: string;
  text: string;
}

/**
 * An article rendered and the writing of its file: what merging needs comes
 * first, so that merging need not wait for the disk; `written` holds each
 * file's metadata for the cache, null where nothing was written.
 */
export interface Writing {
  rendered: Promise<RenderedArticle[]>;
  written: Promise<(FileStat | null)[]>;
}

/** The records one thread (or a pool) made and holds until the corpus has given them ids. */
export interface HeldRecords {
  /** One per article, in the order they were given. */
  results: Summarized[];
  /** Once: each thread lets a record go once it is rendered, and a worker ends once its files are written. */
  write(articles: ArticleToWrite[]): Writing;
  /** The records themselves, at these places of the list, for a run that hands them on instead of writing them (normalizing in shards). */
  records(indexes: number[]): Promise<ArticleRecord[]>;
  close(): Promise<void>;
}

/** A promise awaited only later: a failure meanwhile is not taken for an unhandled one, and still reaches whoever awaits it. */
export function awaitedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

export function summarize(normalized: Normalized): Summarized {
  if (!normalized.record) return normalized;
  const { raw, raw_sha256, title, published, fingerprint, messages } = normalized.record;
  return { record: { raw, raw_sha256, title, published, fingerprint, messages } };
}

/** Renders the record, and the file to write unless it already holds the same text; `entities` names the people and places for merging. */
export function renderArticle(record: ArticleRecord, article: ArticleToWrite, entities: EntityTable | null): { rendered: RenderedArticle; file: FileToWrite | null } {
  let parts: ReturnType<typeof renderArticleParts>;
  try {
    parts = renderArticleParts(record, article.id, article.duplicateOf);
  } catch (error) {
    const reason = error instanceof ZodError ? issueText(error.issues[0]!, "front matter") : String(error);
    return { rendered: { failed: fail(record.raw, "render:invalid", `the article cannot be written: ${reason}`) }, file: null };
  }
  const { text, frontMatter, body } = parts;
  const mergeInput = article.merged && entities ? { mergeInput: mergeInputOf(frontMatter, body, entities) } : {};
  const output_sha256 = sha256(text);
  const changed = output_sha256 !== article.present;
  return { rendered: { output_sha256, changed, ...mergeInput }, file: changed ? { file: article.file, text } : null };
}

export function writeArticleFile({ file, text }: FileToWrite): FileStat {
  writeAtomic(file, text);
  return fileStat(statSync(file));
}

/** Records of this thread, written here. */
export function recordsHere(normalized: Normalized[], entities: EntityTable | null): HeldRecords {
  return {
    results: normalized.map(summarize),
    write: (articles) => {
      try {
        const renders = articles.map((article) => {
          const { record } = normalized[article.index]!;
          if (!record) throw new Error(`article ${article.index} was rejected and cannot be rendered`);
          return renderArticle(record, article, entities);
        });
        const written = renders.map(({ file }) => (file ? writeArticleFile(file) : null));
        return { rendered: Promise.resolve(renders.map(({ rendered }) => rendered)), written: Promise.resolve(written) };
      } catch (error) {
        // Nothing is merged from a thread that could not write what it holds.
        return { rendered: Promise.reject(error), written: awaitedLater(Promise.reject(error)) };
      }
    },
    records: async (indexes) => indexes.map((index) => normalized[index]!.record!),
    close: async () => {},
  };
}
