/**
 * `/developments.csv`: one row per development (RFC 4180: CRLF between
 * records, a field quoted when it holds a comma, a quote or a line break, its
 * quotes doubled). A list (topics, entities, each source's article, title,
 * outlet and URL) is one field with one entry a line, so a spreadsheet shows
 * one source a line and a program gets the lists back by splitting on "\n".
 */
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import type { FeedContext } from "./feeds.ts";
import { absoluteUrl } from "../_model/site.ts";

export const CSV_COLUMNS = [
  "id",
  "date",
  "precision",
  "end",
  "text",
  "background",
  "topics",
  "entities",
  "url",
  "source_articles",
  "source_titles",
  "source_outlets",
  "source_urls",
] as const;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// An entry keeps to its line: a line break inside one would split it in two.
const lines = (entries: (string | null)[]) => entries.map((entry) => (entry ?? "").replace(/\s*[\r\n]+\s*/g, " ")).join("\n");

export function developmentsCsv(context: FeedContext, developments: MergedDevelopment[]): string {
  const rows = developments.map((development) => {
    const values: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: development.id,
      date: development.date,
      precision: development.precision,
      end: development.end ?? "",
      text: development.text,
      background: String(development.background),
      topics: lines(development.topics),
      entities: lines(development.entities),
      url: absoluteUrl(context.site, context.developmentPath(development.id)),
      source_articles: lines(development.sources.map((source) => source.article)),
      source_titles: lines(development.sources.map((source) => source.title)),
      source_outlets: lines(development.sources.map((source) => source.source)),
      source_urls: lines(development.sources.map((source) => source.url)),
    };
    return CSV_COLUMNS.map((column) => field(values[column])).join(",");
  });
  return [CSV_COLUMNS.join(","), ...rows].map((row) => `${row}\r\n`).join("");
}
