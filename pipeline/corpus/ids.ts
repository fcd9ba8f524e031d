/**
 * Article ids (and so URLs): `<published>-<title slug>`, fixed the first time
 * an article is written and kept when a later run extracts a better title.
 */
import slugify from "@sindresorhus/slugify";
import type { ArticleRecord } from "../core/types.ts";

const MAX_SLUG = 60;

export function slugFor(record: Pick<ArticleRecord, "title" | "published" | "raw_sha256">): string {
  const words = slugify(record.title).split("-").filter(Boolean);
  let slug = "";
  for (const word of words) {
    if (slug && slug.length + 1 + word.length > MAX_SLUG) break;
    slug = slug ? `${slug}-${word}` : word.slice(0, MAX_SLUG);
  }
  if (!slug) slug = `article-${record.raw_sha256.slice(0, 8)}`;
  return record.published ? `${record.published.date}-${slug}` : slug;
}

/**
 * `existing`: raw name → id already written. New articles get a fresh slug;
 * a clash with another article's id is broken by the raw file's hash.
 */
export function assignIds(records: ArticleRecord[], existing: Map<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const record of records) {
    const id = existing.get(record.raw);
    if (id && !taken.has(id)) ids.set(record.raw, id), taken.add(id);
  }
  for (const record of records) {
    if (ids.has(record.raw)) continue;
    const base = slugFor(record);
    const id = taken.has(base) ? `${base}-${record.raw_sha256.slice(0, 8)}` : base;
    ids.set(record.raw, id);
    taken.add(id);
  }
  return ids;
}
