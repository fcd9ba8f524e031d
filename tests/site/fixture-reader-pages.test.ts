/** The fixture site's pages for readers: names, developments, the timeline's chart and index, sitemap and article metadata. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DomUtils } from "htmlparser2";
import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_CORPUS, listFiles, read } from "./build.ts";
import { all, texts, textOf } from "./html.ts";

let site = "";
const KANDAHAR_MEETING = "dev-304b7b8ea9613d18";
const developments: { id: string; date: string }[] = JSON.parse(readFileSync(join(FIXTURE_CORPUS, "developments.json"), "utf8")).developments;

beforeAll(() => {
  site = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: "https://example.github.io/dossier/" });
});

const hrefs = (page: string) => all(read(site, page), "a").map((a) => a.attribs.href);

describe("a page per named entity", () => {
  it("is written for every entity the developments name, and for no other", () => {
    const named = new Set(JSON.parse(readFileSync(join(FIXTURE_CORPUS, "developments.json"), "utf8")).developments.flatMap((d: { entities: string[] }) => d.entities));
    const pages = listFiles(site).filter((f) => /^entities\/[^/]+\/index\.html$/.test(f)).map((f) => f.split("/")[1]);
    expect(new Set(pages)).toEqual(named);
    // In entities.yaml, never named by a development.
    expect(listFiles(site)).not.toContain("entities/tamim-bin-hamad-al-thani/index.html");
  });

  it("lists its developments newest first, its articles, its topics and the names beside it", () => {
    const page = read(site, "entities/doha/index.html");
    expect(texts(page, "h1")).toEqual(["Doha"]);
    const dates = all(page, "time").filter((t) => t.parent && (t.parent as { attribs?: { href?: string } }).attribs?.href?.includes("/developments/")).map((t) => t.attribs.datetime!);
    expect(dates).toEqual(["2024-01-14", "2024-01-15", "2023-05", "2022-02-28"]);
    expect(hrefs("entities/doha/index.html")).toEqual(expect.arrayContaining([
      "/dossier/articles/mediation-qatarie/",
      "/dossier/articles/qatar-hosts-talks/",
      "/dossier/articles/hostile-markup/",
      "/dossier/topics/qatar-mediation/",
      "/dossier/entities/united-nations/",
    ]));
    expect(textOf(page)).toContain("Named with");
  });

  it("is listed on the index by kind, and linked from every development that names it", () => {
    const index = read(site, "entities/index.html");
    expect(texts(index, "h2")).toEqual(["People", "Places", "Organisations"]);
    expect(hrefs("entities/index.html")).toContain("/dossier/entities/haibatullah-akhundzada/");
    expect(hrefs("timeline/index.html")).toContain("/dossier/entities/kandahar/");
    expect(hrefs(`developments/${KANDAHAR_MEETING}/index.html`)).toContain("/dossier/entities/kandahar/");
  });
});

describe("a page per development", () => {
  it("lives at an address made from its id alone, linked from the timeline", () => {
    for (const { id } of developments) {
      expect(listFiles(site)).toContain(`developments/${id}/index.html`);
      expect(hrefs("timeline/index.html")).toContain(`/dossier/developments/${id}/`);
    }
  });

  it("shows its date and precision, its sentence, each source with its quote and language, names and topics", () => {
    const page = read(site, `developments/${KANDAHAR_MEETING}/index.html`);
    expect(texts(page, "h1")).toEqual(["Qatar's foreign minister met Taliban leader Haibatullah Akhundzada in Kandahar."]);
    const text = textOf(page);
    expect(text).toContain("12 May 2023, to the day");
    expect(text).toContain("The Reference · English");
    expect(texts(page, "blockquote")).toEqual(["Qatar's foreign minister met Taliban leader Haibatullah Akhundzada in Kandahar."]);
    expect(all(page, "blockquote")[0]!.attribs.lang).toBe("en");
    expect(hrefs(`developments/${KANDAHAR_MEETING}/index.html`)).toEqual(expect.arrayContaining(["/dossier/articles/qatar-hosts-talks/", "/dossier/topics/qatar-mediation/", "/dossier/entities/haibatullah-akhundzada/"]));
    expect(all(page, "link").find((l) => l.attribs.rel === "canonical")?.attribs.href).toBe(`https://example.github.io/dossier/developments/${KANDAHAR_MEETING}/`);
  });

  it("links the developments just before and after it in time, and none past either end", () => {
    const rel = (id: string, r: string) => all(read(site, `developments/${id}/index.html`), "a").filter((a) => a.attribs.rel === r).map((a) => a.attribs.href);
    for (let i = 0; i < developments.length; i++) {
      const { id } = developments[i]!;
      expect(rel(id, "next")).toEqual(i > 0 ? [`/dossier/developments/${developments[i - 1]!.id}/`] : []);
      expect(rel(id, "prev")).toEqual(i < developments.length - 1 ? [`/dossier/developments/${developments[i + 1]!.id}/`] : []);
    }
  });
});

describe("the timeline", () => {
  it("draws a bar per month from the first to the last, each month with developments linking to its heading", () => {
    const page = read(site, "timeline/index.html");
    const months = all(page, "svg")[0]!;
    const links = all(page, "a").filter((a) => a.attribs["aria-label"]?.match(/^\w+ \d{4}: \d+ developments?$/));
    expect(links.map((a) => a.attribs["aria-label"])).toEqual(["August 2021: 1 development", "February 2022: 1 development", "August 2022: 1 development", "May 2023: 2 developments", "January 2024: 1 development"]);
    for (const link of links) {
      expect(link.attribs.href).toMatch(/^\/dossier\/timeline\/#m-\d{4}-\d{2}$/);
      const anchor = link.attribs.href!.split("#")[1]!;
      expect(all(page, "h2").map((h) => h.attribs.id)).toContain(anchor);
    }
    // August 2021 to January 2024: 30 months wide, the five with developments drawn.
    expect(all(page, "rect").filter((r) => r.attribs.class === "hit").map((r) => Number(r.attribs.x) / Number(r.attribs.width))).toEqual([0, 6, 12, 21, 29]);
    expect(months.attribs["aria-labelledby"]).toBe("months-caption");
  });

  it("offers every topic, name, source and language as a filter, and as links that work without JavaScript", () => {
    const page = read(site, "timeline/index.html");
    const options = (name: string) => DomUtils.getElementsByTagName("option", all(page, "select").find((s) => s.attribs.name === name)!).map((o) => o.attribs.value);
    expect(options("lang")).toEqual(["", "ar", "en", "fr"]);
    expect(options("entity")).toContain("doha");
    expect(options("source")).toContain("the-reference");
    expect(hrefs("timeline/index.html")).toEqual(expect.arrayContaining(["/dossier/timeline/fr/", "/dossier/entities/doha/", "/dossier/sources/the-reference/", "/dossier/topics/detainees/"]));
    expect(textOf(read(site, "timeline/fr/index.html"))).toContain("Des responsables qataris ont reçu une délégation à Doha.");
    expect(textOf(read(site, "timeline/fr/index.html"))).not.toContain("Kandahar");
  });

  it("indexes every development with what the filters match on", () => {
    const index = JSON.parse(read(site, "timeline/index.json")).developments;
    expect(index.map((row: { id: string }) => row.id)).toEqual(developments.map((d) => d.id));
    expect(index.find((row: { id: string }) => row.id === KANDAHAR_MEETING)).toEqual({
      id: KANDAHAR_MEETING,
      when: "12 May 2023",
      text: "Qatar's foreign minister met Taliban leader Haibatullah Akhundzada in Kandahar.",
      href: `/dossier/developments/${KANDAHAR_MEETING}/`,
      topics: ["qatar-mediation", "us-taliban-talks"],
      entities: ["mohammed-bin-abdulrahman-al-thani", "haibatullah-akhundzada", "kandahar"],
      sources: ["the-reference"],
      languages: ["en"],
    });
  });
});

describe("for search engines", () => {
  it("lists every reader's page in sitemap.xml with absolute URLs, and names it in robots.txt", () => {
    const xml = read(site, "sitemap.xml");
    new SaxesParser({ xmlns: true }).write(xml).close();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const pages = listFiles(site).filter((f) => f.endsWith(".html") && !/^(404|review|search)\b/.test(f)).map((f) => `https://example.github.io/dossier/${f.replace(/index\.html$/, "")}`);
    expect(locs.sort()).toEqual(pages.sort());
    expect(read(site, "robots.txt")).toContain("Sitemap: https://example.github.io/dossier/sitemap.xml\n");
  });

  it("describes an article with Open Graph and NewsArticle JSON-LD that no value can break out of", () => {
    const page = read(site, "articles/hostile-markup/index.html");
    const scripts = all(page, "script").filter((s) => s.attribs.type === "application/ld+json");
    expect(scripts).toHaveLength(1);
    const json = DomUtils.textContent(scripts[0]!);
    expect(json).not.toMatch(/[<>]/);
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Officials {{ 7*7 }} deny <script>window.__pwned = 'title'</script> reports",
      datePublished: "2022-03-01",
      author: [{ "@type": "Person", name: "<b>Bold</b> Author" }],
      publisher: { "@type": "Organization", name: "Wire & <Co>" },
      inLanguage: "en",
    });
    const og = Object.fromEntries(all(page, "meta").filter((m) => m.attribs.property).map((m) => [m.attribs.property, m.attribs.content]));
    expect(og).toMatchObject({ "og:type": "article", "og:url": "https://example.github.io/dossier/articles/hostile-markup/", "article:published_time": "2022-03-01" });
  });

  it("states no datePublished for an undated article, and the original address as isBasedOn", () => {
    const data = (page: string) => JSON.parse(DomUtils.textContent(all(read(site, page), "script").find((s) => s.attribs.type === "application/ld+json")!));
    expect(data("articles/undated-note/index.html")).not.toHaveProperty("datePublished");
    const withUrl = readFileSync(join(FIXTURE_CORPUS, "articles/qatar-hosts-talks.md"), "utf8").match(/^url: (.+)$/m)![1]!.replace(/^'|'$/g, "");
    expect(data("articles/qatar-hosts-talks/index.html").isBasedOn).toBe(withUrl);
    // Only web addresses: the hostile article's javascript: URL is left out.
    expect(data("articles/hostile-markup/index.html")).not.toHaveProperty("isBasedOn");
  });
});
