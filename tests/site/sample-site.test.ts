/** The sample corpus built into a site: what a reader sees, feeds, validity and determinism. */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_CORPUS, listFiles, read } from "./build.ts";
import { guids, parseStrictly, readFeed, validateJsonFeed } from "./feeds.ts";
import { all, texts } from "./html.ts";
import { LABELS, normalizeSample, sampleArticle as articleIn } from "./sample.ts";
import { checkHtml } from "./vnu.ts";
import { readableDate } from "../../src/_model/dates.ts";

const BASE = "https://example.github.io/dossier/";
let sampleCorpus = "";
let site = "";
const sampleArticle = (raw: string) => articleIn(sampleCorpus, raw);

beforeAll(() => {
  sampleCorpus = normalizeSample();
  site = buildSite({ corpus: sampleCorpus, baseUrl: BASE });
});

describe("sample articles", () => {
  it.each(LABELS)("$file has a page with its title, date and language", (label) => {
    const article = sampleArticle(label.file);
    const page = read(site, `articles/${article.id}/index.html`);
    if (label.title) expect(texts(page, "h1")).toEqual([label.title]);
    expect(texts(page, "dd")[0]).toBe(label.date ? readableDate(label.date) : "Undated");
    const section = all(page, "section").find((s) => s.attribs.class === "article-text");
    expect(section?.attribs.lang).toBe(label.language);
  });

  it("marks derived titles and lists them, with undated articles, for review", () => {
    const review = read(site, "review/index.html");
    for (const label of LABELS.filter((l) => l.title_generated)) {
      const article = sampleArticle(label.file);
      expect(read(site, `articles/${article.id}/index.html`)).toContain("This title was derived from the text");
      expect(review).toContain(`/dossier/articles/${article.id}/`);
    }
    for (const label of LABELS.filter((l) => !l.date)) expect(review).toContain(`/dossier/articles/${sampleArticle(label.file).id}/`);
  });

  it("lists every article on the page of its source, linked from the sources page", () => {
    const outlets = all(read(site, "sources/index.html"), "a").map((a) => a.attribs.href).filter((href) => /^\/dossier\/sources\/[^/]+\/$/.test(href ?? ""));
    const links = outlets.flatMap((href) => all(read(site, `${href!.replace("/dossier/", "")}index.html`), "a").map((a) => a.attribs.href));
    for (const label of LABELS) expect(links).toContain(`/dossier/articles/${sampleArticle(label.file).id}/`);
  });
});

describe("sample feeds", () => {
  it("parse strictly and with a feed reader, with unique opaque guids", async () => {
    for (const file of listFiles(site).filter((f) => f.endsWith(".xml") && f !== "sitemap.xml")) {
      const xml = read(site, file);
      expect(() => parseStrictly(xml), file).not.toThrow();
      const { feed, items } = await readFeed(xml);
      expect(feed.feedUrl ?? xml, file).toContain(`${BASE}${file}`);
      const ids = items.map((item) => item.guid);
      expect(new Set(ids).size, file).toBe(ids.length);
      for (const id of ids) expect(id, file).toMatch(/^(dev|article)-[0-9a-f]{16}$/);
    }
  });

  it("come in Atom and JSON Feed too, valid, with the same ids in the same order", async () => {
    for (const file of listFiles(site).filter((f) => f.endsWith(".xml") && f !== "sitemap.xml")) {
      const base = file.slice(0, -".xml".length);
      const ids = [...guids(read(site, file)).keys()];
      const atom = read(site, `${base}.atom`);
      expect(() => parseStrictly(atom), base).not.toThrow();
      expect((await readFeed(atom)).items.map((item) => item.guid), base).toEqual(ids.map((id) => `urn:dossier:${id}`));
      const json = JSON.parse(read(site, `${base}.json`));
      expect(validateJsonFeed(json), base).toEqual([]);
      expect(json.items.map((item: { id: string }) => item.id), base).toEqual(ids);
    }
  });

  it("leave undated articles out of the articles feed", async () => {
    const { items } = await readFeed(read(site, "articles.xml"));
    const dated = LABELS.filter((label) => sampleArticle(label.file).published !== null);
    expect(items).toHaveLength(dated.length);
  });
});

describe("the sample site", () => {
  it("is valid HTML on every page", () => {
    expect(checkHtml(site)).toEqual([]);
  });

  it("is byte-identical when built twice", () => {
    const again = buildSite({ corpus: sampleCorpus, baseUrl: BASE });
    expect(listFiles(again)).toEqual(listFiles(site));
    for (const file of listFiles(site)) expect(read(again, file), file).toBe(read(site, file));
  });

  it("keeps every feed guid when an article is added", () => {
    const corpus = mkdtempSync(join(tmpdir(), "dossier-sample-"));
    cpSync(sampleCorpus, corpus, { recursive: true });
    const before = buildSite({ corpus, baseUrl: BASE });
    cpSync(join(FIXTURE_CORPUS, "articles/qatar-hosts-talks.md"), join(corpus, "articles/qatar-hosts-talks.md"));
    const after = buildSite({ corpus, baseUrl: BASE });
    for (const base of ["feed", "articles", "topics/qatar-mediation/feed"]) {
      const now = guids(read(after, `${base}.xml`));
      const atom = read(after, `${base}.atom`);
      const json = read(after, `${base}.json`);
      // The new article reports an event already known: its item may be reworded, never re-announced.
      for (const guid of guids(read(before, `${base}.xml`)).keys()) {
        expect(now.has(guid), `${base} ${guid}`).toBe(true);
        expect(atom, `${base} ${guid}`).toContain(`<id>urn:dossier:${guid}</id>`);
        expect(json, `${base} ${guid}`).toContain(`"id": "${guid}"`);
      }
    }
    expect(guids(read(after, "articles.xml")).size).toBe(guids(read(before, "articles.xml")).size + 1);
  });
});

describe("developments.json", () => {
  interface Row { id: string; date: string; precision: string; text: string; topics: string[]; sources: { article: string; title: string; outlet: string | null; url: string | null }[] }
  const rows = () => (JSON.parse(read(site, "developments.json")) as { developments: Row[] }).developments;

  it("lists every development newest first with its id, date, precision, text, topics and sources", () => {
    const all = rows();
    expect(all.length).toBeGreaterThan(5);
    expect(all.map((row) => row.date)).toEqual([...all.map((row) => row.date)].sort().reverse());
    for (const row of all) {
      expect(row).toMatchObject({ id: expect.stringMatching(/\S/), precision: expect.stringMatching(/^(day|month|year)$/), text: expect.stringMatching(/\S/) });
      expect(row.sources.length).toBeGreaterThan(0);
    }
  });

  it("has the 12 May 2023 Kandahar meeting once, with the articles that report it", () => {
    const meeting = rows().filter((row) => row.date === "2023-05-12");
    expect(meeting).toHaveLength(1);
    const reporters = meeting[0]!.sources.map((source) => source.article);
    expect(reporters).toContain(sampleArticle("000_e597730830ff6590.txt").id);
    expect(reporters.length).toBeGreaterThanOrEqual(2);
  });
});
