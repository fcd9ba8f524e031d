import { describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";
import type { Article } from "../../../src/_model/articles.ts";
import { atomFeed, jsonFeed, rssFeed } from "../../../src/_exports/feed-formats.ts";
import { articleGuid, developmentItems, lastReported, type FeedContext } from "../../../src/_exports/feeds.ts";
import { resolveSite } from "../../../src/_model/site.ts";
import { parseStrictly, readFeed, validateJsonFeed } from "../feeds.ts";

const site = resolveSite({ title: "T", description: "D", author: "A", language: "en", url: "https://example.org/d/", page_size: 100, feed_items: 100, shard_articles: 5000 }, undefined);
const info = { label: "Feed", title: "Feed", description: "About", base: "feed", page: "timeline/" };
const item = { id: "dev-1", title: "Title", content: "<p>x</p>", url: "https://example.org/d/a/", published: "2023-05", categories: ["Topic"], authors: [] };

const development = (id: string, date: string, background = false, articles: string[] = []): MergedDevelopment => ({
  id, date, precision: "day", text: `Event ${id}`, topics: [], background, date_from: "a", entities: [],
  sources: articles.map((article) => ({ article, title: article, source: null, url: null, text: `Event ${id}` })),
});
const published = new Map([["early", "2024-01-02"], ["late", "2024-03-05"], ["before", "2023-12-30"]]);
const context = {
  site,
  topicTitle: (id: string) => id,
  developmentPath: (id: string) => `developments/${id}/`,
  article: (id: string) => (published.has(id) ? ({ published: published.get(id)! } as Article) : undefined),
} as FeedContext;

describe("articleGuid", () => {
  it("is opaque and depends only on the id", () => {
    expect(articleGuid("qatar-hosts-talks")).toMatch(/^article-[0-9a-f]{16}$/);
    expect(articleGuid("qatar-hosts-talks")).toBe(articleGuid("qatar-hosts-talks"));
    expect(articleGuid("qatar-hosts-talks")).not.toBe(articleGuid("qatar-hosts-talk"));
  });
});

describe("rssFeed", () => {
  it("sets lastBuildDate from the newest item", () => {
    const xml = rssFeed(site, info, [item, { ...item, id: "dev-2", published: "2024-01-15" }]);
    expect(xml).toContain("<lastBuildDate>Mon, 15 Jan 2024 00:00:00 +0000</lastBuildDate>");
  });
  it("leaves lastBuildDate out of an empty feed rather than stamping the clock", () => {
    expect(rssFeed(site, info, [])).not.toContain("lastBuildDate");
  });
  it("gives the explicit guid, not a permalink", () => expect(rssFeed(site, info, [item])).toContain('<guid isPermaLink="false">dev-1</guid>'));
  it("stays well-formed with forbidden characters and CDATA terminators in the text", () => {
    const xml = rssFeed(site, info, [{ ...item, title: "bad\u0001 ]]> title", content: "x\u001F]]>y" }]);
    expect(() => parseStrictly(xml)).not.toThrow();
  });
  it("names itself with an absolute self link under the base URL", () => {
    expect(rssFeed(site, info, [item])).toContain('<atom:link href="https://example.org/d/feed.xml" rel="self"');
  });
});

describe("atomFeed", () => {
  const hostile = { ...item, title: "bad\u0001 <b>&amp;</b> \"q\"", content: "<p>x\u001F]]>y</p>", categories: ["A & B"], authors: ["Jane <Doe>"], language: "fr", updated: "2024-02-01" };

  it("stays well-formed with markup, quotes and forbidden characters in the text", async () => {
    const xml = atomFeed(site, info, [hostile]);
    expect(() => parseStrictly(xml)).not.toThrow();
    const { items } = await readFeed(xml);
    expect(items[0]).toMatchObject({ title: 'bad <b>&amp;</b> "q"', link: item.url, guid: "urn:dossier:dev-1" });
  });
  it("dates each entry by its publication and its last change, and the feed by its newest change", () => {
    const xml = atomFeed(site, info, [hostile, { ...item, id: "dev-2", published: "2023-01-03" }]);
    expect(xml).toContain("<published>2023-05-01T00:00:00Z</published>\n    <updated>2024-02-01T00:00:00Z</updated>");
    expect(xml).toContain("<published>2023-01-03T00:00:00Z</published>\n    <updated>2023-01-03T00:00:00Z</updated>");
    expect(xml).toMatch(/^ {2}<updated>2024-02-01T00:00:00Z<\/updated>$/m);
  });
  it("still has a fixed updated date when empty, never the clock's", () => {
    expect(atomFeed(site, info, [])).toContain("<updated>1970-01-01T00:00:00Z</updated>");
  });
});

describe("jsonFeed", () => {
  it("is a valid JSON Feed 1.1 with each item's id, dates, tags, authors and language", () => {
    const feed = JSON.parse(jsonFeed(site, info, [{ ...item, updated: "2024-02-01", authors: ["Jane Doe"], language: "fr" }, { ...item, id: "dev-2", categories: [] }]));
    expect(validateJsonFeed(feed)).toEqual([]);
    expect(feed.feed_url).toBe("https://example.org/d/feed.json");
    expect(feed.items[0]).toEqual({
      id: "dev-1", url: item.url, title: "Title", content_html: "<p>x</p>", date_published: "2023-05-01T00:00:00Z", date_modified: "2024-02-01T00:00:00Z",
      tags: ["Topic"], authors: [{ name: "Jane Doe" }], language: "fr",
    });
    expect(feed.items[1]).not.toHaveProperty("tags");
    expect(feed.items[1]).not.toHaveProperty("date_modified");
  });
  it("is checked by a schema that rejects what the specification rejects", () => {
    expect(validateJsonFeed({ version: "https://jsonfeed.org/version/1", title: "x", items: [] })).not.toEqual([]);
    expect(validateJsonFeed({ version: "https://jsonfeed.org/version/1.1", title: "x", items: [{ id: "a", title: "no content" }] })).not.toEqual([]);
    expect(validateJsonFeed({ version: "https://jsonfeed.org/version/1.1", title: "x", items: [{ id: "a", content_text: "t", date_published: "12 May 2023" }] })).not.toEqual([]);
  });
});

describe("developmentItems", () => {
  const newestFirst = [development("d3", "2024-03-01"), development("d2", "2024-02-01", true), development("d1", "2024-01-01"), development("d0", "2023-12-01")];
  const ids = (items: { id: string }[]) => items.map((i) => i.id);

  it("carries the newest news, up to the site's feed_items, and leaves background out", () => {
    expect(ids(developmentItems({ ...context, site: { ...site, feed_items: 2 } }, newestFirst))).toEqual(["d3", "d1"]);
  });
  it("carries every item when they fit", () => {
    expect(ids(developmentItems(context, newestFirst))).toEqual(["d3", "d1", "d0"]);
  });
});

describe("lastReported", () => {
  it("is the newest publication day among the reporting articles", () => {
    expect(lastReported(development("d", "2024-01-01", false, ["early", "late", "unknown"]), context)).toBe("2024-03-05");
  });
  it("is unset when no report came after the development's date", () => {
    expect(lastReported(development("d", "2024-01-01", false, ["before"]), context)).toBeUndefined();
    expect(lastReported(development("d", "2024-01-02", false, ["early"]), context)).toBeUndefined();
  });
  it("compares a month or a year by its first day", () => {
    expect(lastReported({ ...development("d", "2024-01", false, ["early"]), precision: "month" }, context)).toBe("2024-01-02");
    expect(lastReported({ ...development("d", "2024", false, ["before"]), precision: "year" }, context)).toBeUndefined();
  });
});
