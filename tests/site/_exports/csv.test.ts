import { describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";
import { developmentsCsv } from "../../../src/_exports/csv.ts";
import type { FeedContext } from "../../../src/_exports/feeds.ts";
import { resolveSite } from "../../../src/_model/site.ts";
import { readCsv } from "../feeds.ts";

const site = resolveSite({ title: "T", description: "D", author: "A", language: "en", url: "https://example.org/d/", page_size: 100, feed_items: 100, shard_articles: 5000 }, undefined);
const context = { site, developmentPath: (id: string) => `developments/${id}/` } as FeedContext;
const development: MergedDevelopment = {
  id: "dev-0000000000000001", date: "2023-05", precision: "month", text: 'He said "no", then, later, "yes"', topics: ["a", "b"], background: false,
  date_from: "x", entities: [],
  sources: [
    { article: "x", title: "Title, with \"quotes\"", source: null, url: null, text: "t" },
    { article: "y", title: "Two\nlines", source: "Wire", url: "https://example.org/y", text: "t" },
  ],
};

describe("developmentsCsv", () => {
  it("quotes fields with commas, quotes or line breaks, doubling quotes, and reads back", () => {
    const text = developmentsCsv(context, [development]);
    expect(text).toContain('"He said ""no"", then, later, ""yes"""');
    const [row] = readCsv(text);
    expect(row).toMatchObject({ text: development.text, topics: "a\nb", entities: "", source_outlets: "\nWire", source_urls: "\nhttps://example.org/y" });
  });
  it("keeps each list entry on its own line, a line break inside one becoming a space", () => {
    const [row] = readCsv(developmentsCsv(context, [development]));
    expect(row!.source_titles!.split("\n")).toEqual(['Title, with "quotes"', "Two lines"]);
  });
  it("leaves plain fields unquoted", () => {
    expect(developmentsCsv(context, [{ ...development, text: "Plain", topics: [], sources: [development.sources[0]!] }]).split("\r\n")[1]).toMatch(/^dev-0000000000000001,2023-05,month,,Plain,false,,,/);
  });
});
