/** Whether a new article is already in the corpus, by the normalizer's own duplicate rule. */
import { join } from "node:path";
import { sha256 } from "../../model/hash.ts";
import type { Topic } from "../../model/taxonomy.ts";
import type { ArticleRecord } from "../../model/types.ts";
import { cacheStamp, readCache } from "../cache.ts";
import { findDuplicates, type DuplicateCandidate } from "../duplicates.ts";
import type { DevelopmentsOptions } from "../developments/file.ts";
import { listRaw, readRaw } from "../files.ts";
import { normalizeArticle } from "../../article/normalize.ts";

export interface CorpusDirs {
  rawDir: string;
  outDir: string;
  taxonomy: Topic[];
  /** The taxonomy's text, which the normalizer's cache is keyed on. */
  configText: string;
  /** Hash of the pipeline's sources, which the cache is keyed on too. */
  sources: string;
  /** Where the corpus's developments are merged into. */
  developments?: DevelopmentsOptions;
}

/** The corpus's articles as duplicate candidates: from the cache when it is current, else normalized here. */
export function corpusCandidates({ rawDir, outDir, taxonomy, configText, sources }: CorpusDirs): DuplicateCandidate[] {
  const cache = readCache(outDir, cacheStamp(sources, configText));
  return listRaw(rawDir).flatMap((name) => {
    // What normalize rejects (links, folders, unreadable files) is no article a new one could copy.
    const bytes = readRaw(join(rawDir, name));
    if (!(bytes instanceof Uint8Array)) return [];
    const cached = cache.files[name];
    if (cached?.raw_sha256 === sha256(bytes)) return [{ raw: name, raw_sha256: cached.raw_sha256, fingerprint: cached.fingerprint }];
    const { record } = normalizeArticle({ name, bytes }, { taxonomy });
    return record ? [record] : [];
  });
}

/** The raw name of the corpus article `record` copies, or null when it is new. */
export function copyOf(record: ArticleRecord, corpus: DuplicateCandidate[]): string | null {
  return findDuplicates([...corpus, record]).get(record.raw) ?? null;
}
