/** `/developments.json`: every merged development as data, for people who want more than a feed. */
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";

export function developmentsJson(developments: MergedDevelopment[]): string {
  const rows = developments.map((development) => ({
    id: development.id,
    date: development.date,
    precision: development.precision,
    ...(development.end ? { end: development.end } : {}),
    text: development.text,
    topics: development.topics,
    background: development.background,
    sources: development.sources.map((source) => ({ article: source.article, title: source.title, outlet: source.source, url: source.url })),
  }));
  return `${JSON.stringify({ developments: rows }, null, 2)}\n`;
}
