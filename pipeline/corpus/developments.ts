/**
 * The corpus's merged developments file: every article's developments merged
 * across sources (`developments/merge.ts`), written atomically beside the
 * articles, ids carried forward from the file as it was. What merging needs
 * of each article is kept between runs, by the article file's hash, so a run
 * reads only the articles it wrote.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { EntityTable } from "../core/entities.ts";
import { parseDevelopments, type MergedDevelopment } from "../core/developments.ts";
import { DossierError } from "../core/errors.ts";
import { readFrontMatter } from "../core/front-matter.ts";
import { sha256 } from "../core/hash.ts";
import { fail, type Message } from "../core/messages.ts";
import { frontMatterSchema } from "../core/schema.ts";
import { mergeDevelopments } from "../developments/merge.ts";
import { withEntities, type MergeArticle } from "../developments/reports.ts";
import { hasIntactDevelopments, renderDevelopments } from "../render/developments.ts";
import { cacheStamp, fileStat, isUnchanged, type FileStat } from "./cache.ts";
import { writeAtomic } from "./files.ts";

export interface DevelopmentsOptions {
  /** The developments file, e.g. `corpus/developments.json`. */
  file: string;
  entities: EntityTable;
  /** Text of the entity table, for the cache. */
  entitiesText: string;
}

/** A generated article the developments are merged from. */
export interface MergedFrom {
  file: string;
  output_sha256: string;
}

export interface DevelopmentsReport {
  file: string;
  written: boolean;
  messages: Message[];
}

interface MergeCache {
  stamp: string;
  /** When the cache was written (its file's change time), 0 when there is none. */
  time?: number;
  /** The developments file as this cache last wrote it. */
  written: { sha256: string; stat: FileStat } | null;
  /** What merging reads of each article, by the hash of the article file. */
  articles: Record<string, MergeArticle>;
}

const CACHE_FILE = ".dossier-developments-cache.json";

function readMergeCache(file: string, stamp: string): MergeCache {
  try {
    const time = statSync(file).ctimeMs;
    const cache = JSON.parse(readFileSync(file, "utf8")) as MergeCache;
    if (cache.stamp === stamp && typeof cache.articles === "object") return { ...cache, time };
  } catch {
    // No cache, or an unreadable one: every article is read again.
  }
  return { stamp, written: null, articles: {} };
}

function readMergeArticle(file: string, table: EntityTable): MergeArticle | null {
  const parsed = frontMatterSchema.safeParse(readFrontMatter(readFileSync(file, "utf8")).data);
  if (!parsed.success) return null;
  const { id, title, source, url, published, topics, developments, unresolved, duplicate_of } = parsed.data;
  return withEntities({ id, title, source, url, published, topics, developments, ...(unresolved ? { unresolved } : {}), ...(duplicate_of ? { duplicate_of } : {}) }, table);
}

/**
 * Merges the developments of `articles` into the developments file, unless
 * nothing it depends on changed; `force` reads every article again. A file
 * edited by hand is left as it is and reported.
 */
export function writeDevelopments(options: DevelopmentsOptions, articles: MergedFrom[], force = false): DevelopmentsReport {
  const { file, entities } = options;
  const cacheFile = join(dirname(file), CACHE_FILE);
  const stamp = cacheStamp(options.entitiesText);
  const cache = force ? { stamp, written: null, articles: {} } : readMergeCache(cacheFile, stamp);
  const present = existsSync(file) ? { stat: fileStat(statSync(file)) } : null;
  const vouched = present && cache.written && isUnchanged(cache.written.stat, present.stat, cache.time ?? 0);
  const text = present && !vouched ? readFileSync(file, "utf8") : null;
  if (text !== null && !hasIntactDevelopments(text)) {
    return { file, written: false, messages: [fail("output:hand-edited", `${file} was edited by hand and is left as it is; correct developments in the raw files' front matter and delete this file`)] };
  }

  const inputs: MergeArticle[] = [];
  const kept: Record<string, MergeArticle> = {};
  let changed = !vouched || Object.keys(cache.articles).length !== articles.length;
  for (const article of articles) {
    let input: MergeArticle | null | undefined = cache.articles[article.output_sha256];
    if (!input) {
      changed = true;
      input = readMergeArticle(article.file, entities);
      if (!input) continue;
    }
    kept[article.output_sha256] = input;
    inputs.push(input);
  }
  if (!changed) return { file, written: false, messages: [] };

  let previous: MergedDevelopment[] = [];
  const previousText = text ?? (present ? readFileSync(file, "utf8") : null);
  if (previousText !== null) {
    try {
      previous = parseDevelopments(previousText, file);
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      return { file, written: false, messages: [fail(error.rule, `${error.message}; delete the file to merge the developments afresh`)] };
    }
  }
  const rendered = renderDevelopments(mergeDevelopments(inputs, entities, previous));
  const written = rendered !== previousText;
  if (written) writeAtomic(file, rendered);
  writeAtomic(cacheFile, JSON.stringify({ stamp, written: { sha256: sha256(rendered), stat: fileStat(statSync(file)) }, articles: kept } satisfies MergeCache));
  return { file, written, messages: [] };
}
