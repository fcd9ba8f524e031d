import { describe, expect, it } from "vitest";
import { absoluteUrl, linkTo, resolveSite } from "../../../src/_model/site.ts";

const meta = { title: "T", description: "D", author: "A", language: "en", url: "https://dossier.example.org/", page_size: 100, feed_items: 100, shard_articles: 5000 };

describe("resolveSite", () => {
  it("uses the configured URL with a root path prefix", () => {
    expect(resolveSite(meta, undefined)).toMatchObject({ url: "https://dossier.example.org/", pathPrefix: "/" });
  });
  it("takes a project-site base URL from the environment and derives the prefix", () => {
    expect(resolveSite(meta, "https://example.github.io/dossier")).toMatchObject({ url: "https://example.github.io/dossier/", pathPrefix: "/dossier/" });
  });
  it("ignores an empty override", () => expect(resolveSite(meta, "").pathPrefix).toBe("/"));
});

describe("links", () => {
  const site = resolveSite(meta, "https://example.github.io/dossier/");
  it("prefix site paths", () => expect(linkTo(site, "topics/detainees/")).toBe("/dossier/topics/detainees/"));
  it("link home to the prefix itself", () => expect(linkTo(site, "")).toBe("/dossier/"));
  it("make absolute URLs under the base", () => expect(absoluteUrl(site, "/feed.xml")).toBe("https://example.github.io/dossier/feed.xml"));
});
