/**
 * Article ids (and so URLs): `<published>-<title slug>`, fixed the first time
 * an article is written and kept when a later run extracts a better title.
 */
import slugify from "@sindresorhus/slugify";
import { boundedSlug } from "../model/slug.ts";
import type { ArticleRecord } from "../model/types.ts";
import { isFunctionWord } from "../article/text/words.ts";

const MAX_SLUG = 60;

export function slugFor(record: Pick<ArticleRecord, "title" | "published" | "raw_sha256">): string {
  const kept: string[] = [];
  for (const word of slugify(record.title).split("-").filter(Boolean)) {
    if (kept.length > 0 && [...kept, word].join("-").length > MAX_SLUG) break;
    kept.push(word.slice(0, MAX_SLUG));
  }
  // A slug cut short should not end on "in" or "of".
  while (kept.length > 1 && isFunctionWord(kept.at(-1)!)) kept.pop();
  const slug = kept.join("-") || `article-${record.raw_sha256.slice(0, 8)}`;
  return record.published ? `${record.published.date}-${slug}` : slug;
}

/**
 * `existing`: raw name → id already written, kept as it is. New articles get
 * a fresh slug; a clash with another article's id is broken by the raw file's hash
 * (and a counter, for byte-identical copies).
 */
export function assignIds(records: Pick<ArticleRecord, "raw" | "title" | "published" | "raw_sha256">[], existing: Map<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set(existing.values());
  for (const record of records) {
    const kept = existing.get(record.raw);
    if (kept) {
      ids.set(record.raw, kept);
      continue;
    }
    const base = slugFor(record);
    let id = boundedSlug(base);
    if (taken.has(id)) id = boundedSlug(`${base}-${record.raw_sha256.slice(0, 8)}`);
    // Byte-identical copies share a hash too; a counter keeps their ids apart.
    for (let n = 2; taken.has(id); n++) id = boundedSlug(`${base}-${record.raw_sha256.slice(0, 8)}-${n}`);
    ids.set(record.raw, id);
    taken.add(id);
  }
  return ids;
}
