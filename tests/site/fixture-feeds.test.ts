/** The fixture corpus's feeds in RSS, Atom and JSON Feed, read by a strict XML parser, a real feed reader and the JSON Feed schema. */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDevelopments } from "../../pipeline/model/developments.ts";
import { loadEntities } from "../../pipeline/model/entities.ts";
import { mergeDevelopments } from "../../pipeline/corpus/developments/merge.ts";
import { renderDevelopments } from "../../pipeline/article/render/developments.ts";
import { loadArticles } from "../../src/_model/articles.ts";
import { buildSite, FIXTURE_CORPUS, listFiles, read } from "./build.ts";
import { guids, parseStrictly, readFeed, validateJsonFeed } from "./feeds.ts";

const BASE = "https://example.github.io/dossier/";
let site = "";
let feeds: string[] = [];
let atoms: string[] = [];
let jsons: string[] = [];

beforeAll(() => {
  site = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: BASE });
  feeds = listFiles(site).filter((file) => file.endsWith(".xml") && file !== "sitemap.xml");
  atoms = listFiles(site).filter((file) => file.endsWith(".atom"));
  jsons = listFiles(site).filter((file) => /(^|\/)(feed|articles)\.json$/.test(file));
});

/** Ids of a JSON Feed's items, in order. */
const jsonIds = (text: string): string[] => (JSON.parse(text) as { items: { id: string }[] }).items.map((item) => item.id);

describe("every feed", () => {
  it("exists for the site, the articles, each topic and each source, in all three formats", () => {
    const sources = ["aggregator-daily", "le-quotidien", "source", "source-not-stated", "the-reference", "wire-co"].map((slug) => `sources/${slug}/feed`);
    const bases = ["articles", "feed", ...sources, "topics/detainees/feed", "topics/qatar-mediation/feed", "topics/us-taliban-talks/feed"];
    expect(feeds).toEqual(bases.map((base) => `${base}.xml`).sort());
    expect(atoms).toEqual(bases.map((base) => `${base}.atom`).sort());
    expect(jsons).toEqual(bases.map((base) => `${base}.json`).sort());
  });

  it("parses with a strict namespace-aware XML parser, RSS and Atom", () => {
    for (const feed of [...feeds, ...atoms]) expect(() => parseStrictly(read(site, feed)), feed).not.toThrow();
  });

  it("is an Atom 1.0 feed with its entries as a feed reader reads them", async () => {
    for (const file of atoms) {
      const xml = read(site, file);
      expect(xml, file).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(xml, file).toContain(`<link rel="self" type="application/atom+xml" href="${BASE}${file}"/>`);
      const { feed, items } = await readFeed(xml);
      expect(feed.title, file).toBeTruthy();
      for (const item of items) {
        expect(item.guid, file).toMatch(/^urn:dossier:(dev|article)-[0-9a-f]{16}$/);
        expect(item.link.startsWith(BASE), file).toBe(true);
        expect(Date.parse(item.pubDate), file).not.toBeNaN();
      }
    }
  });

  it("links each development's item to the development's own page, which exists", async () => {
    const { items } = await readFeed(read(site, "feed.xml"));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.link).toBe(`${BASE}developments/${item.guid}/`);
      expect(() => read(site, `developments/${item.guid}/index.html`)).not.toThrow();
    }
  });

  it("validates against the JSON Feed 1.1 schema", () => {
    for (const file of jsons) expect(validateJsonFeed(JSON.parse(read(site, file))), file).toEqual([]);
  });

  it("has the same items under the same ids, in the same order, in RSS, Atom and JSON Feed", async () => {
    for (const rss of feeds) {
      const base = rss.slice(0, -".xml".length);
      const ids = [...guids(read(site, rss)).keys()];
      const { items } = await readFeed(read(site, `${base}.atom`));
      expect(items.map((item) => item.guid.replace(/^urn:dossier:/, "")), base).toEqual(ids);
      expect(jsonIds(read(site, `${base}.json`)), base).toEqual(ids);
    }
  });

  it("parses with a feed reader, with unique opaque guids that are not titles", async () => {
    for (const file of feeds) {
      const { items } = await readFeed(read(site, file));
      // Only the unnamed source's feed is empty: its one article is undated.
      expect(items.length > 0 || file === "sources/source-not-stated/feed.xml", file).toBe(true);
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
      if (items.length === 0) {
        expect(xml, file).not.toContain("<lastBuildDate>");
        continue;
      }
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

describe("source feeds", () => {
  it("carry that source's dated articles, at the source page's own path", async () => {
    const { feed, items } = await readFeed(read(site, "sources/the-reference/feed.xml"));
    expect(feed.link).toBe(`${BASE}sources/the-reference/`);
    expect(items.map((item) => item.link.slice(BASE.length))).toEqual(["articles/qatar-hosts-talks/"]);
    expect((await readFeed(read(site, "sources/source-not-stated/feed.xml"))).items).toEqual([]);
  });

  it("escape a source's name wherever it appears", () => {
    expect(read(site, "sources/wire-co/feed.xml")).toContain("<title><![CDATA[Wire & <Co> · ");
    expect(read(site, "sources/wire-co/feed.atom")).toContain("<title type=\"text\">Wire &amp; &lt;Co&gt; · ");
    expect(JSON.parse(read(site, "sources/wire-co/feed.json")).title).toMatch(/^Wire & <Co> · /);
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

/** A copy of the fixture corpus with an article added, developments merged again as normalize does, ids carried forward from the file. */
function withArticle(id: string, edit: (text: string) => string): string {
  const corpus = mkdtempSync(join(tmpdir(), "dossier-corpus-"));
  cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
  const template = id === "later-release" ? "undated-note" : "qatar-hosts-talks";
  writeFileSync(join(corpus, `articles/${id}.md`), edit(read(corpus, `articles/${template}.md`).replace(`id: ${template}`, `id: ${id}`)));
  const file = join(corpus, "developments.json");
  const previous = parseDevelopments(read(corpus, "developments.json"), file);
  writeFileSync(file, renderDevelopments(mergeDevelopments(loadArticles(join(corpus, "articles")).articles, loadEntities(join(corpus, "entities.yaml")), previous)).join(""));
  return corpus;
}

interface JsonItem {
  id: string;
  title: string;
  date_published: string;
  date_modified?: string;
}
const jsonItems = (dir: string, file: string): Map<string, JsonItem> =>
  new Map((JSON.parse(read(dir, file)) as { items: JsonItem[] }).items.map((item) => [item.id, item]));

describe("rebuilding", () => {
  it("keeps every guid and its item after an article is added, in every format", async () => {
    const corpus = withArticle("later-release", (text) =>
      text.replace("published: null", 'published: "2024-02-01"').replace('date: "2013"', 'date: "2024-01-30"').replace("precision: year", "precision: day"),
    );
    const after = buildSite({ corpus, baseUrl: BASE });
    for (const base of ["feed", "articles", "topics/detainees/feed"]) {
      const old = guids(read(site, `${base}.xml`));
      const now = guids(read(after, `${base}.xml`));
      expect(now.size, base).toBe(old.size + 1);
      for (const [guid, title] of old) expect(now.get(guid), base).toBe(title);
      const atomNow = new Set((await readFeed(read(after, `${base}.atom`))).items.map((item) => item.guid));
      const jsonNow = jsonItems(after, `${base}.json`);
      for (const guid of old.keys()) {
        expect(atomNow.has(`urn:dossier:${guid}`), base).toBe(true);
        expect(jsonNow.get(guid)?.title, base).toBe(old.get(guid));
      }
    }
  });

  it("gives a development a later article reports again an updated date, keeping its id and publication date", async () => {
    const meeting = "dev-304b7b8ea9613d18";
    const before = jsonItems(site, "feed.json").get(meeting)!;
    expect(before).toMatchObject({ date_published: "2023-05-12T00:00:00Z", date_modified: "2023-06-06T00:00:00Z" });
    const corpus = withArticle("meeting-recalled", (text) => text.replace('published: "2023-06-06"', 'published: "2023-09-20"').replace("source: The Reference", "source: Later Weekly"));
    const after = buildSite({ corpus, baseUrl: BASE });
    expect(jsonItems(after, "feed.json").get(meeting)).toMatchObject({ date_published: before.date_published, date_modified: "2023-09-20T00:00:00Z" });
    const atom = read(after, "feed.atom");
    const entry = atom.slice(atom.indexOf(`<id>urn:dossier:${meeting}</id>`)).split("</entry>")[0]!;
    expect(entry).toContain("<published>2023-05-12T00:00:00Z</published>");
    expect(entry).toContain("<updated>2023-09-20T00:00:00Z</updated>");
    expect(read(after, "feed.xml")).toContain(`<guid isPermaLink="false">${meeting}</guid>`);
  });

  it("is byte-identical, search index included, when the corpus is unchanged", () => {
    const again = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: BASE });
    expect(listFiles(site)).toContain("pagefind/pagefind.js");
    expect(listFiles(again)).toEqual(listFiles(site));
    for (const file of listFiles(site)) expect(read(again, file), file).toBe(read(site, file));
  });
});
