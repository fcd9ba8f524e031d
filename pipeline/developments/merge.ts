/**
 * Turns the developments of every article into the list that feeds, digests
 * and the timeline show.
 */
import { createHash } from "node:crypto";
import type { FrontMatter } from "../core/schema.ts";
import type { MergedDevelopment } from "./types.ts";

function stableId(article: string, date: string, ordinal: number): string {
  const digest = createHash("sha256").update(`${article}\n${date}\n${ordinal}`).digest("hex");
  return `dev-${digest.slice(0, 16)}`;
}

/** Newest first; undated and duplicate articles contribute nothing they cannot date. */
export function mergeDevelopments(articles: FrontMatter[]): MergedDevelopment[] {
  const merged: MergedDevelopment[] = [];
  for (const article of articles) {
    if (article.duplicate_of) continue;
    const perDate = new Map<string, number>();
    for (const development of article.developments) {
      const ordinal = perDate.get(development.date) ?? 0;
      perDate.set(development.date, ordinal + 1);
      merged.push({
        id: stableId(article.id, development.date, ordinal),
        date: development.date,
        precision: development.precision,
        ...(development.end ? { end: development.end } : {}),
        text: development.text,
        topics: article.topics,
        background: development.background ?? false,
        sources: [{ article: article.id, title: article.title, source: article.source, url: article.url, text: development.text }],
      });
    }
  }
  return merged.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
