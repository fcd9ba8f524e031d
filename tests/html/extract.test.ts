import { describe, expect, it } from "vitest";
import { extractArticle } from "../../pipeline/html/extract.ts";
import { articlePage, indexPage } from "../helpers/html.ts";

describe("extractArticle on a news page", () => {
  const article = extractArticle(articlePage, "https://news.example/en/202306051234?utm_source=x")!;
  const blocks = article.text.trim().split("\n\n");

  it("reads the page metadata", () => {
    expect(article.title).toBe("What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?");
    expect(article.byline).toBe("Afghanistan International Staff");
    expect(article.siteName).toBe("Afghanistan International");
    expect(article.url).toBe("https://news.example/en/202306051234");
    expect(article.publishedTime).toBe("2023-06-05T14:10:00+04:30");
  });

  it("starts the text with the headline, then the dateline, byline and site lines", () => {
    expect(blocks[0]).toBe(article.title);
    expect(blocks[1]).toBe("2023-06-05T14:10:00+04:30\nBy Afghanistan International Staff\nAfghanistan International");
    expect(blocks[2]).toMatch(/^Sources said that during his recent meeting/);
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
    expect(extractArticle(page)?.publishedTime).toBe("2023-06-05");
  });

  it("has no dateline when the page prints no date", () => {
    const page = articlePage
      .replace(/<meta property="article:published_time"[^>]*>/, "")
      .replace(/<time[^>]*>.*?<\/time>/, "")
      .replace(/<meta name="author"[^>]*>/, "");
    const article = extractArticle(page)!;
    expect(article.publishedTime).toBeNull();
    expect(article.byline).toBeNull();
    expect(article.text.split("\n\n")[1]).toBe("Afghanistan International");
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
    const article = extractArticle(page)!;
    expect(article).toMatchObject({ publishedTime: "2023-06-05T09:40:00Z", byline: "Jane Doe", siteName: "Example Wire" });
    expect(article.text.split("\n\n")[1]).toBe("2023-06-05T09:40:00Z\nBy Jane Doe\nExample Wire");
  });

  it("does not double a byline that the page prints with 'By'", () => {
    const page = `<!DOCTYPE html><html><head><title>Talks in Doha</title></head><body><article>
<h1>Talks in Doha</h1><p class="byline"><a rel="author" href="/jane">By Jane Doe</a></p>${paragraphs}</article></body></html>`;
    expect(extractArticle(page)?.byline).toBe("Jane Doe");
  });
});

describe("extractArticle without an article", () => {
  it("returns null for a section front", () => {
    expect(extractArticle(indexPage)).toBeNull();
  });

  it("returns null for an empty page and for plain text", () => {
    expect(extractArticle("")).toBeNull();
    expect(extractArticle("<html><body></body></html>")).toBeNull();
  });
});
