import { describe, expect, it } from "vitest";
import { extractArticle, markedArticleText } from "../../../pipeline/article/html/extract.ts";
import { articlePage, documentOf, indexPage } from "../../helpers/html.ts";

describe("extractArticle on a news page", () => {
  const article = extractArticle(articlePage, "https://news.example/en/202306051234?utm_source=x")!;
  const blocks = article.text.trim().split("\n\n");

  it("states what the page says about itself, with where each value came from", () => {
    expect(article.fallback).toBe(false);
    expect(article.page).toEqual({
      title: { value: "What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?", evidence: '<h1> agreeing with meta og:title "What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?"' },
      published: { date: "2023-06-05", time: "14:10", zone: "+04:30", evidence: 'meta article:published_time "2023-06-05T14:10:00+04:30"' },
      // A desk: the author only if the text names no person either.
      authors: null,
      credit: { value: ["Afghanistan International Staff"], evidence: 'meta author "Afghanistan International Staff", naming no person' },
      source: "Afghanistan International",
      url: "https://news.example/en/202306051234",
    });
  });

  it("hands on the headline, then the article's own blocks, and no metadata lines", () => {
    expect(blocks[0]).toBe(article.page.title!.value);
    expect(blocks[1]).toMatch(/^Monday, 06\/05\/2023$|^Sources said that during his recent meeting/);
    expect(article.text).not.toContain("2023-06-05T14:10:00+04:30");
  });

  it("keeps section headings as blocks of their own", () => {
    expect(blocks).toContain("Doha agreement");
    expect(blocks).toContain("Earlier meetings");
  });

  it("keeps the last paragraph and leaves out navigation, cookie banner, sidebar and footer", () => {
    expect(article.text).toContain("four senior officers of Pakistan intelligence services.");
    for (const junk of ["Accept", "We use cookies", "More News", "AITV News (44)", "Share your story", "dataLayer"]) {
      expect(article.text).not.toContain(junk);
    }
  });

  it("ends with a single newline", () => {
    expect(article.text.endsWith(".\n")).toBe(true);
  });
});

describe("extractArticle dates", () => {
  it("falls back to the <time datetime> printed in the article", () => {
    const page = articlePage.replace(/<meta property="article:published_time"[^>]*>/, "").replace(
      'datetime="2023-06-05T14:10:00+04:30"',
      'datetime="2023-06-05"',
    );
    expect(extractArticle(page)?.page.published).toMatchObject({ date: "2023-06-05", evidence: '<time datetime="2023-06-05">' });
  });

  it("has no date when the page states and prints none", () => {
    const page = articlePage.replace(/<meta property="article:published_time"[^>]*>/, "").replace(/<time[^>]*>.*?<\/time>/, "");
    expect(extractArticle(page)!.page.published).toBeNull();
  });
});

describe("extractArticle on other page shapes", () => {
  const paragraphs = (articlePage.match(/<p>(?!<)[\s\S]*?<\/p>/g) ?? []).slice(0, 8).join("\n");

  it("reads the date, author and publisher from JSON-LD", () => {
    const jsonLd = {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Qatar relays a US message to the Taliban leader",
      datePublished: "2023-06-05T09:40:00Z",
      author: { "@type": "Person", name: "Jane Doe" },
      publisher: { "@type": "Organization", name: "Example Wire" },
    };
    const page = `<!DOCTYPE html><html><head><title>Qatar relays a US message to the Taliban leader</title>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>
<body><article><h1>Qatar relays a US message to the Taliban leader</h1>${paragraphs}</article></body></html>`;
    const { page: facts } = extractArticle(page)!;
    expect(facts.published).toMatchObject({ date: "2023-06-05", time: "09:40", zone: "UTC" });
    expect(facts.authors).toEqual({ value: ["Jane Doe"], evidence: "JSON-LD author" });
    expect(facts.source).toBe("Example Wire");
  });

  it("does not keep the 'By' of a byline that the page marks as its author", () => {
    const page = `<!DOCTYPE html><html><head><title>Talks in Doha</title></head><body><article>
<h1>Talks in Doha</h1><p class="byline"><a rel="author" href="/jane">By Jane Doe</a></p>${paragraphs}</article></body></html>`;
    expect(extractArticle(page)?.page.authors?.value).toEqual(["Jane Doe"]);
  });

  it("reads a page Readability declines from its visible text, without the chrome", () => {
    const page = `<!DOCTYPE html><html lang="de"><head><title>Vereinsfest verschoben | Turnverein Example</title></head><body>
<nav><a href="/">Start</a> <a href="/termine">Termine</a></nav>
<div class="box"><h1>Vereinsfest verschoben</h1><span>12.06.2023</span>
<div>Das für Samstag geplante Vereinsfest muss wegen der Unwetterwarnung auf den 24. Juni verschoben werden.</div></div>
<footer>Impressum · Datenschutz · Kontakt mit dem Vorstand des Vereins über das Formular</footer></body></html>`;
    const article = extractArticle(page)!;
    expect(article.fallback).toBe(true);
    expect(article.text).toBe("Vereinsfest verschoben\n\n12.06.2023\n\nDas für Samstag geplante Vereinsfest muss wegen der Unwetterwarnung auf den 24. Juni verschoben werden.\n");
    expect(article.page.published).toMatchObject({ date: "2023-06-12", evidence: "12.06.2023" });
    expect(article.page.title?.value).toBe("Vereinsfest verschoben");
  });
});

describe("extractArticle on a page written without spaces", () => {
  it("keeps a short Chinese article that Readability declines", () => {
    const text = "河北省话剧团的新剧在全省各市巡演结束，观众反响热烈，剧团表示明年将继续在更多城市演出，并邀请更多青年演员参与。";
    const article = extractArticle(`<!DOCTYPE html><html lang="zh"><head><title>巡演结束</title></head><body><h1>巡演结束</h1><p>${text}</p></body></html>`);
    expect(article?.text).toContain(text);
  });
});

describe("extractArticle without an article", () => {
  it("returns null for a section front of links", () => {
    expect(extractArticle(indexPage)).toBeNull();
  });

  it("keeps a page of short lines whose markup states its title and date, and only that", () => {
    const rows = ["Standorte", "Anna: Japan.", "Tom: Deutschland.", "Filmmaterial", "Fuji 400."].map((line) => `<p>${line}</p>`).join("");
    const body = `<article><h1>Zusammenarbeit Anna und Tom</h1>${rows}</article>`;
    const dated = `<html><head><meta property="article:published_time" content="2018-04-11T00:22:15+00:00"></head><body>${body}</body></html>`;
    expect(extractArticle(dated)?.text).toContain("Anna: Japan.");
    expect(extractArticle(`<html><body>${body}</body></html>`)).toBeNull();
  });

  it("returns null for an empty page and for plain text", () => {
    expect(extractArticle("")).toBeNull();
    expect(extractArticle("<html><body></body></html>")).toBeNull();
  });
});

describe("markedArticleText", () => {
  const paragraph = (n: number) =>
    `<p>Der Gemeinderat hat am Dienstagabend über den Ausbau der Kita in der Schulstraße beraten, Absatz ${n}, und die Pläne nach langer Debatte gebilligt.</p>`;
  const page = (body: string) => documentOf(`<!DOCTYPE html><html><body>${body}</body></html>`);

  it("reads the element marked as the article's body, leaving out the chrome inside it", () => {
    const doc = page(`<nav><a href="/">Start</a></nav><div itemprop="articleBody">${[1, 2, 3, 4].map(paragraph).join("")}<aside>Auch interessant: Ein anderer Artikel</aside></div>`);
    const blocks = markedArticleText(doc);
    expect(blocks).toHaveLength(4);
    expect(blocks.join(" ")).not.toContain("Auch interessant");
  });

  it("gives nothing for an <article> that holds a teaser while the text stands outside it", () => {
    const doc = page(`<article>${paragraph(1)}${paragraph(2)}${paragraph(3)}${paragraph(4)}</article><div>${[5, 6, 7, 8, 9].map(paragraph).join("")}</div>`);
    expect(markedArticleText(doc)).toEqual([]);
  });

  it("gives nothing for a marked element with less prose than an article, or for several <article> elements", () => {
    expect(markedArticleText(page(`<article>${paragraph(1)}</article>`))).toEqual([]);
    expect(markedArticleText(page(`<article>${[1, 2, 3, 4].map(paragraph).join("")}</article><article>${paragraph(5)}</article>`))).toEqual([]);
  });
});

describe("extractArticle when Readability finds no prose", () => {
  const prose = "Der Gemeinderat hat am Dienstagabend über den Ausbau der Kita in der Schulstraße beraten und die Pläne nach langer Debatte gebilligt.";

  it("reads the visible text of a page wrapped in one <form>", () => {
    const page = `<!DOCTYPE html><html><head><title>Kita wird ausgebaut</title></head><body><form method="post" action="./x"><input type="hidden" name="__VIEWSTATE"><div><h1>Kita wird ausgebaut</h1><div>${prose}</div></div></form></body></html>`;
    const article = extractArticle(page)!;
    expect(article.fallback).toBe(true);
    expect(article.text).toContain(prose);
  });
});

describe("extractArticle on pages nested too deep for Readability", () => {
  const text = "<h1>Talks resume in Doha</h1><p>US and Taliban officials met in Doha on Sunday to discuss detainees, Qatari mediators said.</p>";
  for (const [tag, n] of [["div", 10_000], ["table", 10_000], ["span", 50_000]] as const) {
    it(`reads ${n} nested <${tag}> from its visible text`, () => {
      const article = extractArticle(`<html><body>${`<${tag}>`.repeat(n)}${text}${`</${tag}>`.repeat(n)}</body></html>`)!;
      expect(article.fallback).toBe(true);
      expect(article.text).toContain("US and Taliban officials met in Doha on Sunday");
    });
  }
});
