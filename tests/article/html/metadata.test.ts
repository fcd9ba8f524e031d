import { describe, expect, it } from "vitest";
import { canonicalUrl, timeDatetime } from "../../../pipeline/article/html/metadata.ts";
import { documentOf } from "../../helpers/html.ts";

const page = (head: string, body = "") => documentOf(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

describe("canonicalUrl", () => {
  it("prefers the canonical link", () => {
    const doc = page('<link rel="canonical" href="https://news.example/a"><meta property="og:url" content="https://news.example/b">');
    expect(canonicalUrl(doc, "https://news.example/c?utm=1")).toBe("https://news.example/a");
  });

  it("resolves a relative canonical link against the page address", () => {
    expect(canonicalUrl(page('<link rel="canonical" href="/en/123">'), "https://news.example/x/y")).toBe(
      "https://news.example/en/123",
    );
  });

  it("falls back to og:url, then to the page address", () => {
    expect(canonicalUrl(page('<meta property="og:url" content="https://news.example/b">'))).toBe("https://news.example/b");
    expect(canonicalUrl(page(""), "https://news.example/c")).toBe("https://news.example/c");
  });

  it("ignores addresses that are not http(s)", () => {
    expect(canonicalUrl(page('<link rel="canonical" href="javascript:alert(1)">'), "https://news.example/c")).toBe(
      "https://news.example/c",
    );
    expect(canonicalUrl(page(""))).toBeNull();
  });
});

describe("timeDatetime", () => {
  it("prefers a time element inside the article", () => {
    const doc = page("", '<aside><time datetime="2020-01-01">old</time></aside><article><time datetime="2023-06-05T14:10">Monday</time></article>');
    expect(timeDatetime(doc)).toBe("2023-06-05T14:10");
  });

  it("takes any time element when the page has no article element", () => {
    expect(timeDatetime(page("", '<p><time datetime=" 2021-10-09 ">October 9</time></p>'))).toBe("2021-10-09");
  });

  it("is null when no time element carries a datetime", () => {
    expect(timeDatetime(page("", "<p><time>yesterday</time></p>"))).toBeNull();
  });
});
