import { describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/core/developments.ts";
import { articleGuid, developmentFeed, renderFeed } from "../../../src/_config/feeds.ts";
import { resolveSite } from "../../../src/_config/site.ts";
import { parseStrictly } from "../feeds.ts";

const site = resolveSite({ title: "T", description: "D", author: "A", language: "en", url: "https://example.org/d/", page_size: 100, feed_items: 100 }, undefined);
const info = { title: "Feed", description: "About", path: "feed.xml", page: "timeline/" };
const item = { title: "Title", description: "<p>x</p>", url: "https://example.org/d/a/", guid: "dev-1", date: "2023-05", categories: ["Topic"] };

describe("articleGuid", () => {
  it("is opaque and depends only on the id", () => {
    expect(articleGuid("qatar-hosts-talks")).toMatch(/^article-[0-9a-f]{16}$/);
    expect(articleGuid("qatar-hosts-talks")).toBe(articleGuid("qatar-hosts-talks"));
    expect(articleGuid("qatar-hosts-talks")).not.toBe(articleGuid("qatar-hosts-talk"));
  });
});

describe("renderFeed", () => {
  it("sets lastBuildDate from the newest item", () => {
    const xml = renderFeed(site, info, [item, { ...item, guid: "dev-2", date: "2024-01-15" }]);
    expect(xml).toContain("<lastBuildDate>Mon, 15 Jan 2024 00:00:00 +0000</lastBuildDate>");
  });
  it("leaves lastBuildDate out of an empty feed rather than stamping the clock", () => {
    expect(renderFeed(site, info, [])).not.toContain("lastBuildDate");
  });
  it("gives the explicit guid, not a permalink", () => expect(renderFeed(site, info, [item])).toContain('<guid isPermaLink="false">dev-1</guid>'));
  it("stays well-formed with forbidden characters and CDATA terminators in the text", () => {
    const xml = renderFeed(site, info, [{ ...item, title: "bad\u0001 ]]> title", description: "x\u001F]]>y" }]);
    expect(() => parseStrictly(xml)).not.toThrow();
  });
  it("names itself with an absolute self link under the base URL", () => {
    expect(renderFeed(site, info, [item])).toContain('<atom:link href="https://example.org/d/feed.xml" rel="self"');
  });
});

describe("developmentFeed", () => {
  const development = (id: string, date: string, background = false): MergedDevelopment => ({
    id, date, precision: "day", text: `Event ${id}`, topics: [], background, sources: [], date_from: "a", entities: [],
  });
  const context = { topicTitle: (id: string) => id, timelinePath: (id: string) => `timeline/#${id}` };
  const newestFirst = [development("d3", "2024-03-01"), development("d2", "2024-02-01", true), development("d1", "2024-01-01"), development("d0", "2023-12-01")];
  const guids = (xml: string) => [...xml.matchAll(/<guid isPermaLink="false">([^<]+)<\/guid>/g)].map((m) => m[1]);

  it("carries the newest news, up to the site's feed_items, and leaves background out", () => {
    expect(guids(developmentFeed({ ...site, feed_items: 2 }, info, newestFirst, context))).toEqual(["d3", "d1"]);
  });
  it("carries every item when they fit", () => {
    expect(guids(developmentFeed(site, info, newestFirst, context))).toEqual(["d3", "d1", "d0"]);
  });
});
