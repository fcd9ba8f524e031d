/** Small hand-made articles: the merge benchmark's corpus and the merge tests' cases. */
import type { Development, FrontMatter, Unresolved } from "../pipeline/model/schema.ts";

export function article(id: string, published: string | null, developments: Development[], more: Partial<FrontMatter> = {}): FrontMatter {
  return {
    id,
    title: `Title of ${id}`,
    title_derived: false,
    published,
    published_time: null,
    published_zone: null,
    date_evidence: null,
    authors: [],
    source: "Example News",
    url: `https://example.org/${id}`,
    language: "en",
    topics: ["qatar-mediation"],
    summary: "",
    developments,
    raw: `corpus/raw/${id}.txt`,
    raw_sha256: "0".repeat(64),
    messages: [],
    output_sha256: "0".repeat(64),
    ...more,
  };
}

export const day = (date: string, text: string, more: Partial<Development> = {}): Development => ({ date, precision: "day", text, ...more });
export const month = (date: string, text: string, more: Partial<Development> = {}): Development => ({ date, precision: "month", text, ...more });
export const yearless = (text: string, expression: string, monthNumber: number, dayNumber?: number): Unresolved => ({
  text,
  expression,
  month: monthNumber,
  ...(dayNumber ? { day: dayNumber } : {}),
});
