/** A record and its id → the generated Markdown file, stamped with a hash of itself. */
import matter from "gray-matter";
import { frontMatterSchema, type FrontMatter } from "../../model/schema.ts";
import type { ArticleRecord } from "../../model/types.ts";
import { renderBody } from "./markdown.ts";
import { hasIntactStamp, PLACEHOLDER, stamp } from "./stamp.ts";

const HASH_LINE = /^output_sha256: '?([0-9a-f]{64})'?$/m;

export function toFrontMatter(record: ArticleRecord, id: string, duplicateOf: string | null): FrontMatter {
  return frontMatterSchema.parse({
    id,
    title: record.title,
    title_derived: record.title_derived,
    published: record.published?.date ?? null,
    published_time: record.published?.time ?? null,
    published_zone: record.published?.zone ?? null,
    date_evidence: record.published?.evidence ?? null,
    authors: record.authors,
    source: record.source,
    url: record.url,
    language: record.language,
    topics: record.topics,
    summary: record.summary,
    developments: record.developments,
    ...(record.unresolved.length > 0 ? { unresolved: record.unresolved } : {}),
    ...(duplicateOf ? { duplicate_of: duplicateOf } : {}),
    raw: `corpus/raw/${record.raw}`,
    raw_sha256: record.raw_sha256,
    messages: record.messages.filter((message) => !message.fatal),
    output_sha256: PLACEHOLDER,
  });
}

/** The generated file's text, with the front matter and body it was made of. */
export function renderArticleParts(record: ArticleRecord, id: string, duplicateOf: string | null): { text: string; frontMatter: FrontMatter; body: string } {
  const frontMatter = toFrontMatter(record, id, duplicateOf);
  const body = `${renderBody(record.body)}\n`;
  // Given as a file object, the body is not first parsed for front matter (it has none) nor kept in gray-matter's cache.
  return { text: stamp(matter.stringify({ content: body }, frontMatter)), frontMatter, body };
}

export function renderArticle(record: ArticleRecord, id: string, duplicateOf: string | null): string {
  return renderArticleParts(record, id, duplicateOf).text;
}

/** False when the file was changed after it was written (a hand edit). */
export function hasIntactHash(text: string): boolean {
  return hasIntactStamp(text, HASH_LINE);
}
