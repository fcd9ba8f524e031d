/** The fixture corpus's feeds, read by a real feed reader and a strict XML parser. */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDevelopments } from "../../pipeline/core/developments.ts";
import { loadEntities } from "../../pipeline/core/entities.ts";
import { mergeDevelopments } from "../../pipeline/developments/merge.ts";
import { renderDevelopments } from "../../pipeline/render/developments.ts";
import { loadArticles } from "../../src/_config/articles.ts";
import { buildSite, FIXTURE_CORPUS, listFiles, read } from "./build.ts";
import { guids, parseStrictly, readFeed } from "./feeds.ts";

const BASE = "https://example.github.io/dossier/";
let site = "";
let feeds: string[] = [];

beforeAll(() => {
  site = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: BASE });
  feeds = listFiles(site).filter((file) => file.endsWith(".xml") && file !== "sitemap.xml");
});

describe("every feed", () => {
  it("exists for the site, the articles and each topic", () => {
    expect(feeds).toEqual(["articles.xml", "feed.xml", "topics/detainees/feed.xml", "topics/qatar-mediation/feed.xml", "topics/us-taliban-talks/feed.xml"]);
  });

  it("parses with a strict namespace-aware XML parser", () => {
    for (const feed of feeds) expect(() => parseStrictly(read(site, feed)), feed).not.toThrow();
  });

  it("parses with a feed reader, with unique opaque guids that are not titles", async () => {
    for (const file of feeds) {
      const { items } = await readFeed(read(site, file));
      expect(items.length, file).toBeGreaterThan(0);
      const ids = items.map((item) => item.guid);
      expect(new Set(ids).size, file).toBe(ids.length);
      for (const item of items) {
        expect(item.guid, file).toMatch(/^(dev|article)-[0-9a-f]{16}$/);
        expect(read(site, file)).toContain(`<guid isPermaLink="false">${item.guid}</guid>`);
      }
    }
  });

  it("names itself and its page with absolute URLs under the base URL", async () => {
    for (const file of feeds) {
      const xml = read(site, file);
      expect(xml, file).toContain(`<atom:link href="${BASE}${file}" rel="self" type="application/rss+xml"/>`);
      const { feed, items } = await readFeed(xml);
      expect(feed.link?.startsWith(BASE), file).toBe(true);
      for (const item of items) expect(item.link.startsWith(BASE), file).toBe(true);
    }
  });

  it("dates its last build by its newest item, not by the clock", async () => {
    for (const file of feeds) {
      const xml = read(site, file);
      const { items } = await readFeed(xml);
      const newest = Math.max(...items.map((item) => Date.parse(item.pubDate)));
      const built = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(xml)?.[1];
      expect(Date.parse(built ?? ""), file).toBe(newest);
    }
  });
});

describe("developments feed", () => {
  it("has one item per dated development, newest first, titled by date and text, with topics as categories", async () => {
    const { items } = await readFeed(read(site, "feed.xml"));
    expect(items.map((item) => item.title)).toEqual([
      "14 January 2024 – 15 January 2024: Des responsables qataris ont reçu une délégation à Doha.",
      "12 May 2023: Qatar's foreign minister met Taliban leader Haibatullah Akhundzada in Kandahar.",
      "May 2023: The United Nations held a meeting on Afghanistan in Doha.",
      "30 August 2022: استضافت الدوحة جولة جديدة من المحادثات بين طالبان والولايات المتحدة.",
      "28 February 2022: US officials met <script>window.__pwned='development'</script> the Taliban {{ 7*7 }} in Doha.",
      "2013: A prisoner exchange was first discussed.",
    ]);
    expect(items[1]?.categories).toEqual(["Qatar's mediation", "US–Taliban talks"]);
  });

  it("links each development's sources in its description", async () => {
    const xml = read(site, "feed.xml");
    expect(xml).toContain(`<a href="${BASE}articles/qatar-hosts-talks/">Qatari foreign minister meets Taliban leader in Kandahar</a> (The Reference)`);
    expect(xml).toContain("US officials met &lt;script&gt;");
  });

  it("keeps a topic feed to that topic", async () => {
    const { items } = await readFeed(read(site, "topics/detainees/feed.xml"));
    expect(items.map((item) => item.title.slice(0, 16))).toEqual(["28 February 2022", "2013: A prisoner"]);
  });
});

describe("articles feed", () => {
  it("has one item per dated article by publication date, leaving undated ones out", async () => {
    const { items } = await readFeed(read(site, "articles.xml"));
    expect(items.map((item) => item.link.slice(BASE.length))).toEqual([
      "articles/mediation-qatarie/",
      "articles/qatar-hosts-talks-copy/",
      "articles/qatar-hosts-talks/",
      "articles/wasata-qatariya/",
      "articles/hostile-markup/",
    ]);
  });
});

describe("rebuilding", () => {
  it("keeps every guid and its item after an article is added", () => {
    const corpus = mkdtempSync(join(tmpdir(), "dossier-corpus-"));
    cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
    const before = buildSite({ corpus, baseUrl: BASE });
    const added = read(corpus, "articles/undated-note.md")
      .replace("id: undated-note", "id: later-release")
      .replace("published: null", 'published: "2024-02-01"')
      .replace('date: "2013"', 'date: "2024-01-30"')
      .replace("precision: year", "precision: day");
    writeFileSync(join(corpus, "articles/later-release.md"), added);
    // As normalize does after writing an article: merge again, ids carried forward from the file.
    const file = join(corpus, "developments.json");
    const previous = parseDevelopments(read(corpus, "developments.json"), file);
    writeFileSync(file, renderDevelopments(mergeDevelopments(loadArticles(join(corpus, "articles")).articles, loadEntities(join(corpus, "entities.yaml")), previous)));
    const after = buildSite({ corpus, baseUrl: BASE });
    for (const feed of ["feed.xml", "articles.xml", "topics/detainees/feed.xml"]) {
      const old = guids(read(before, feed));
      const now = guids(read(after, feed));
      expect(now.size, feed).toBe(old.size + 1);
      for (const [guid, title] of old) expect(now.get(guid), feed).toBe(title);
    }
  });

  it("is byte-identical, search index included, when the corpus is unchanged", () => {
    const again = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: BASE });
    expect(listFiles(site)).toContain("pagefind/pagefind.js");
    expect(listFiles(again)).toEqual(listFiles(site));
    for (const file of listFiles(site)) expect(read(again, file), file).toBe(read(site, file));
  });
});
