/**
 * Normalized articles stay where they were made (this thread or a pool
 * worker) until the corpus has given them ids: only what duplicates and ids
 * need travels between threads, and each article is rendered, hashed and
 * written where it lies, so that work runs on every core too.
 */
import { statSync } from "node:fs";
import { sha256 } from "../core/hash.ts";
import { ZodError } from "zod";
import { fail, type Message } from "../core/messages.ts";
import { issueText } from "../core/schema.ts";
import type { ArticleRecord } from "../core/types.ts";
import type { Normalized } from "../normalize.ts";
import { renderArticle } from "../render/article.ts";
import { fileStat, type FileStat } from "./cache.ts";
import { writeAtomic } from "./files.ts";

/** What the corpus needs of a record to find duplicates, give ids and report. */
export type Summary = Pick<ArticleRecord, "raw" | "raw_sha256" | "title" | "published" | "fingerprint" | "messages">;

export type Summarized = { record: Summary } | { record: null; messages: Message[] };

export interface RenderJob {
  /** Position of the article in the list that was normalized. */
  index: number;
  id: string;
  duplicateOf: string | null;
  file: string;
  /** sha256 of the file's present text, or null: a render with the same hash is not written again. */
  present: string | null;
}

export type Rendered =
  | {
      output_sha256: string;
      written: boolean;
      /** The new file's metadata, for the cache; null when it was not written. */
      stat: FileStat | null;
    }
  /** The record does not fit the front-matter schema (its title came out empty): nothing was written. */
  | { failed: Message };

/** The records one thread (or a pool) made and keeps until the corpus has given them ids. */
export interface Keeper {
  /** One per article, in the order they were given. */
  results: Summarized[];
  render(jobs: RenderJob[]): Promise<Rendered[]>;
  close(): Promise<void>;
}

export function summarize(normalized: Normalized): Summarized {
  if (!normalized.record) return normalized;
  const { raw, raw_sha256, title, published, fingerprint, messages } = normalized.record;
  return { record: { raw, raw_sha256, title, published, fingerprint, messages } };
}

export function renderJob(record: ArticleRecord, job: RenderJob): Rendered {
  let text: string;
  try {
    text = renderArticle(record, job.id, job.duplicateOf);
  } catch (error) {
    const reason = error instanceof ZodError ? issueText(error.issues[0]!, "front matter") : String(error);
    return { failed: fail(record.raw, "render:invalid", `the article cannot be written: ${reason}`) };
  }
  const output_sha256 = sha256(text);
  if (output_sha256 === job.present) return { output_sha256, written: false, stat: null };
  writeAtomic(job.file, text);
  return { output_sha256, written: true, stat: fileStat(statSync(job.file)) };
}

/** Records of this thread, rendered here. */
export function localKeeper(normalized: Normalized[]): Keeper {
  return {
    results: normalized.map(summarize),
    render: async (jobs) =>
      jobs.map((job) => {
        const { record } = normalized[job.index]!;
        if (!record) throw new Error(`article ${job.index} was rejected and cannot be rendered`);
        return renderJob(record, job);
      }),
    close: async () => {},
  };
}
