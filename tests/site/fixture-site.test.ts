/** The fixture corpus built as a reader would meet it: pages, safety, dates, review. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_CORPUS, listFiles, read } from "./build.ts";
import { all, every, texts, textOf } from "./html.ts";

let site = "";
let pages: string[] = [];

beforeAll(() => {
  site = buildSite({ corpus: FIXTURE_CORPUS });
  pages = listFiles(site).filter((file) => file.endsWith(".html"));
});

const DEVELOPMENTS: string[] = JSON.parse(readFileSync(join(FIXTURE_CORPUS, "developments.json"), "utf8")).developments.map((d: { id: string }) => d.id);
const ARTICLES = ["hostile-markup", "mediation-qatarie", "qatar-hosts-talks", "qatar-hosts-talks-copy", "undated-note", "wasata-qatariya"];

describe("pages", () => {
  it("builds home, topics, timeline, sources, names, review, search, feeds, 404, one page per source, article, named entity, development and language", () => {
    const expected = ["index.html", "topics/index.html", "timeline/index.html", "sources/index.html", "entities/index.html", "review/index.html", "search/index.html", "feeds/index.html", "404.html"];
    for (const id of DEVELOPMENTS) expected.push(`developments/${id}/index.html`);
    for (const id of ["afghanistan", "doha", "haibatullah-akhundzada", "kandahar", "mohammed-bin-abdulrahman-al-thani", "taliban", "united-nations", "united-states"]) expected.push(`entities/${id}/index.html`);
    for (const language of ["ar", "en", "fr"]) expected.push(`timeline/${language}/index.html`);
    for (const topic of ["qatar-mediation", "us-taliban-talks", "detainees"]) expected.push(`topics/${topic}/index.html`);
    // An outlet whose name has no Latin letters gets the slug 'source'.
    for (const outlet of ["aggregator-daily", "le-quotidien", "source", "source-not-stated", "the-reference", "wire-co"]) expected.push(`sources/${outlet}/index.html`);
    for (const id of ARTICLES) expected.push(`articles/${id}/index.html`);
    expect(pages.sort()).toEqual(expected.sort());
  });

  it("announces the site feeds from every page in RSS, Atom and JSON Feed, a digest's and a source page's own feeds first", () => {
    const announced = (page: string) => all(read(site, page), "link").filter((l) => l.attribs.rel === "alternate").map((l) => `${l.attribs.type} ${l.attribs.href}`);
    const formats = (base: string) => [`application/rss+xml ${base}.xml`, `application/atom+xml ${base}.atom`, `application/feed+json ${base}.json`];
    const wide = [...formats("/feed"), ...formats("/articles")];
    for (const page of pages) expect(announced(page).slice(-6), page).toEqual(wide);
    expect(announced("index.html")).toEqual(wide);
    expect(announced("timeline/index.html")).toEqual(wide);
    expect(announced("topics/detainees/index.html")).toEqual([...formats("/topics/detainees/feed"), ...wide]);
    expect(announced("sources/the-reference/index.html")).toEqual([...formats("/sources/the-reference/feed"), ...wide]);
    for (const page of pages) for (const link of all(read(site, page), "link").filter((l) => l.attribs.rel === "alternate")) expect(link.attribs.title, page).toMatch(/\((RSS|Atom|JSON Feed)\)$/);
  });

  it("has one h1 and never skips a heading level going down", () => {
    for (const page of pages) {
      const levels = every(read(site, page))
        .filter((e) => /^h[1-6]$/.test(e.name))
        .map((e) => Number(e.name[1]));
      expect(levels.filter((level) => level === 1), page).toHaveLength(1);
      expect(levels[0], page).toBe(1);
      levels.forEach((level, i) => i && expect(level - levels[i - 1]!, page).toBeLessThanOrEqual(1));
    }
  });

  it("has a main landmark, a labelled navigation and a skip link on every page", () => {
    for (const page of pages) {
      const markup = read(site, page);
      expect(all(markup, "main").map((m) => m.attribs.id), page).toEqual(["main"]);
      expect(all(markup, "nav")[0]?.attribs["aria-label"], page).toBe("Main");
      expect(all(markup, "a")[0]?.attribs.href, page).toBe("#main");
    }
  });

  it("gives every page a Content-Security-Policy that allows only the site's own scripts", () => {
    for (const page of pages) {
      const csp = all(read(site, page), "meta").find((m) => m.attribs["http-equiv"] === "Content-Security-Policy");
      expect(csp?.attribs.content, page).toMatch(/script-src 'self'[^;]*;/);
      expect(csp?.attribs.content, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });
});

describe("hostile article text", () => {
  it("never becomes an element, an event handler or a javascript: URL on any page", () => {
    for (const page of pages) {
      const markup = read(site, page);
      for (const element of every(markup)) {
        expect(["iframe", "img", "object", "embed"], page).not.toContain(element.name);
        for (const [name, value] of Object.entries(element.attribs)) {
          expect(name, page).not.toMatch(/^on/);
          expect(value.trim().toLowerCase(), page).not.toMatch(/^javascript:/);
        }
        // The site's own scripts, and structured data that never runs.
        if (element.name === "script" && element.attribs.type !== "application/ld+json") expect(["/js/search.js", "/js/timeline.js", "/js/copy.js"], page).toContain(element.attribs.src);
      }
    }
  });

  it("shows template syntax as typed and never evaluates it", () => {
    const page = read(site, "articles/hostile-markup/index.html");
    const text = textOf(page);
    expect(text).toContain("{{ 7 * 7 }}");
    expect(text).toContain("{% raw %}not raw{% endraw %}");
    expect(text).toContain('{% include "secrets.njk" %}');
    expect(textOf(page, (e) => e.name === "h1")).toBe("Officials {{ 7*7 }} deny <script>window.__pwned = 'title'</script> reports");
    expect(text).not.toMatch(/\b49\b/);
  });

  it("shows HTML from the body as text", () => {
    const text = textOf(read(site, "articles/hostile-markup/index.html"));
    expect(text).toContain("<script>window.__pwned = 'body';</script>");
    expect(text).toContain(`<img src=x onerror="window.__pwned = 'img'">`);
    expect(text).toContain(`<iframe src="javascript:window.__pwned = 'iframe'"></iframe>`);
  });

  it("shows HTML from the normalize report as text on the review page", () => {
    expect(textOf(read(site, "review/index.html"))).toContain("the file is not text <script>window.__pwned='report'</script>");
  });
});

describe("articles", () => {
  it("marks a derived title", () => {
    expect(textOf(read(site, "articles/mediation-qatarie/index.html"))).toContain("This title was derived from the text");
    expect(textOf(read(site, "articles/qatar-hosts-talks/index.html"))).not.toContain("derived");
  });

  it("says 'Undated' for an article without a publication date", () => {
    const page = read(site, "articles/undated-note/index.html");
    expect(texts(page, "dt")[0]).toBe("Published");
    expect(texts(page, "dd")[0]).toBe("Undated");
  });

  it("gives right-to-left text its language and direction", () => {
    const sections = all(read(site, "articles/wasata-qatariya/index.html"), "section").filter((s) => s.attribs.class === "article-text");
    expect(sections[0]?.attribs).toMatchObject({ lang: "ar", dir: "rtl" });
    const french = all(read(site, "articles/mediation-qatarie/index.html"), "section").find((s) => s.attribs.class === "article-text");
    expect(french?.attribs).toMatchObject({ lang: "fr" });
    expect(french?.attribs.dir).toBeUndefined();
  });

  it("links a duplicate to the article it copies", () => {
    const links = all(read(site, "articles/qatar-hosts-talks-copy/index.html"), "a").map((a) => a.attribs.href);
    expect(links).toContain("/articles/qatar-hosts-talks/");
  });

  it("links the source and the original", () => {
    const links = all(read(site, "articles/qatar-hosts-talks/index.html"), "a").map((a) => a.attribs.href);
    expect(links).toEqual(expect.arrayContaining(["/sources/the-reference/", "https://example.org/reference/kandahar-meeting"]));
  });
});

describe("dates and digests", () => {
  it("shows each date at its own precision, in UTC", () => {
    const timeline = textOf(read(site, "timeline/index.html"));
    expect(timeline).toContain("12 May 2023");
    expect(timeline).toMatch(/May 2023 The United Nations/);
    expect(timeline).toMatch(/2013 A prisoner exchange/);
    expect(timeline).toContain("14 January 2024 – 15 January 2024");
  });

  it("lists undated articles apart in a digest, never at a made-up date", () => {
    const digest = read(site, "topics/detainees/index.html");
    expect(texts(digest, "h3")).toContain("Undated articles");
    expect(textOf(digest)).toMatch(/Undated articles .*Notes on an exchange of prisoners/);
  });

  it("groups a digest by month, oldest first", () => {
    expect(texts(read(site, "topics/qatar-mediation/index.html"), "h3").slice(0, 4)).toEqual(["August 2021", "August 2022", "May 2023", "January 2024"]);
  });

  it("is the same whatever the build machine's time zone", () => {
    const kiritimati = buildSite({ corpus: FIXTURE_CORPUS, env: { TZ: "Pacific/Kiritimati" } });
    for (const file of ["timeline/index.html", "feed.xml", "articles.xml"]) expect(read(kiritimati, file), file).toBe(read(site, file));
  });
});

describe("review page", () => {
  it("lists rejected raw files, undated articles, derived titles and duplicates", () => {
    const review = textOf(read(site, "review/index.html"));
    expect(review).toMatch(/Rejected raw files 1 .*009_binary\.txt ?decode:binary: the file is not text/);
    expect(review).toMatch(/Undated articles 1 .*Notes on an exchange of prisoners/);
    expect(review).toMatch(/Derived titles 1 .*La médiation qatarie se poursuit à Doha/);
    expect(review).toMatch(/Duplicates 1 .*duplicates Qatari foreign minister/);
  });

  it("builds without a normalize report", () => {
    const bare = buildSite({ corpus: FIXTURE_CORPUS, report: join(FIXTURE_CORPUS, "missing.json") });
    expect(textOf(read(bare, "review/index.html"))).toMatch(/Rejected raw files 0/);
    expect(readFileSync(join(bare, "index.html"), "utf8")).toContain("Latest developments");
  });
});
