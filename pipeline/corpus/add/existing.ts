/** Whether a new article is already in the corpus, by the normalizer's own duplicate rule. */
import { join } from "node:path";
import { sha256 } from "../../model/hash.ts";
import type { ArticleRecord } from "../../model/types.ts";
import { readCache } from "../cache.ts";
import { findDuplicates, type DuplicateCandidate } from "../duplicates.ts";
import { articlesStamp, normalizeContextOf, type CorpusSettings } from "../run.ts";
import { listRaw, readRaw } from "../files.ts";
import { normalizeArticle } from "../../article/normalize.ts";


/** The corpus's articles as duplicate candidates: from the cache when it is current, else normalized here. */
export function corpusCandidates(settings: CorpusSettings): DuplicateCandidate[] {
  const { rawDir, outDir } = settings;
  const cache = readCache(outDir, articlesStamp(settings));
  return listRaw(rawDir).flatMap((name) => {
    // What normalize rejects (links, folders, unreadable files) is no article a new one could copy.
    const bytes = readRaw(join(rawDir, name));
    if (!(bytes instanceof Uint8Array)) return [];
    const cached = cache.files[name];
    if (cached?.raw_sha256 === sha256(bytes)) return [{ raw: name, raw_sha256: cached.raw_sha256, fingerprint: cached.fingerprint }];
    const { record } = normalizeArticle({ name, bytes }, normalizeContextOf(settings));
    return record ? [record] : [];
  });
}

/** The raw name of the corpus article `record` copies, or null when it is new. */
export function copyOf(record: ArticleRecord, corpus: DuplicateCandidate[]): string | null {
  return findDuplicates([...corpus, record]).get(record.raw) ?? null;
}
