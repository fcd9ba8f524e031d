import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtmlPage, isHtmlName } from "../../pipeline/read/html.ts";
import { articlePage, indexPage } from "../helpers/html.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("isHtmlName", () => {
  it("knows HTML pages by extension, in any case", () => {
    expect(["page.html", "PAGE.HTM", "a.b.html"].map(isHtmlName)).toEqual([true, true, true]);
    expect(["article.txt", "html", "page.html.txt"].map(isHtmlName)).toEqual([false, false, false]);
  });
});

describe("decodeHtmlPage", () => {
  it("gives the article text, with the page's address and site name as front matter", () => {
    const { value, messages } = decodeHtmlPage(bytes(articlePage));
    expect(messages).toEqual([]);
    expect(value!.encoding).toBe("utf-8");
    expect(value!.text).toMatch(
      /^---\nurl: https:\/\/news\.example\/en\/202306051234\nsource: Afghanistan International\n---\nWhat Was Qatari Prime Minister’s Message/,
    );
    expect(value!.text).not.toContain("<p>");
  });

  it("lets the file's own front matter win over the page's metadata", () => {
    const page = `---\nurl: https://elsewhere.example/a\ntitle: A corrected title\n---\n${articlePage}`;
    const text = decodeHtmlPage(bytes(page)).value!.text;
    expect(text).toMatch(/^---\nurl: https:\/\/elsewhere\.example\/a\nsource: Afghanistan International\ntitle: A corrected title\n---\n/);
  });

  it("decodes a page in the charset its <meta> declares", () => {
    const legacy = iconv.encode(articlePage.replace('<meta charset="utf-8">', '<meta charset="windows-1252">'), "windows-1252");
    const { value } = decodeHtmlPage(legacy);
    expect(value!.encoding).toBe("windows-1252");
    expect(value!.text).toContain("Taliban leader’s response to Al-Thani");
  });

  it("rejects a page without an article", () => {
    expect(decodeHtmlPage(bytes(indexPage))).toEqual({
      value: null,
      messages: [{ rule: "html:no-article", reason: "no article found in the HTML page", fatal: true }],
    });
  });

  it("rejects an empty page as any empty file", () => {
    expect(decodeHtmlPage(bytes("")).messages[0]?.rule).toBe("decode:empty");
  });
});
