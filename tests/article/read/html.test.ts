import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtmlPage } from "../../../pipeline/article/read/html.ts";
import { isHtmlName } from "../../../pipeline/article/read/limits.ts";
import { articlePage, indexPage } from "../../helpers/html.ts";

/** The file the messages name. */
const FILE = "article.txt";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("isHtmlName", () => {
  it("knows HTML pages by extension, in any case", () => {
    expect(["page.html", "PAGE.HTM", "a.b.html"].map(isHtmlName)).toEqual([true, true, true]);
    expect(["article.txt", "html", "page.html.txt"].map(isHtmlName)).toEqual([false, false, false]);
  });
});

describe("decodeHtmlPage", () => {
  it("gives the article's text, and what the page states about itself beside it", () => {
    const { value, messages } = decodeHtmlPage(FILE, bytes(articlePage));
    expect(messages).toEqual([]);
    expect(value!.encoding).toBe("utf-8");
    expect(value!.text).toMatch(/^What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar\?\n\n/);
    expect(value!.text).not.toContain("<p>");
    expect(value!.text).not.toMatch(/^---/);
    expect(value!.page).toMatchObject({ url: "https://news.example/en/202306051234", source: "Afghanistan International" });
  });

  it("gives the file's own front matter as corrections beside the page's text, where they win", () => {
    const page = `---\nurl: https://elsewhere.example/a\ntitle: A corrected title\n---\n${articlePage}`;
    const { text, overrides, page: facts } = decodeHtmlPage(FILE, bytes(page)).value!;
    expect(overrides).toEqual({ url: "https://elsewhere.example/a", title: "A corrected title" });
    expect(text).toMatch(/^What Was Qatari/);
    expect(facts?.url).toBe("https://news.example/en/202306051234");
  });

  it("reports what is wrong in its front matter once, naming the page", () => {
    const page = `---\npublished: "2023-02-30"\n---\n${articlePage}`;
    const { value, messages } = decodeHtmlPage(FILE, bytes(page));
    expect(value!.overrides).toEqual({});
    expect(messages).toEqual([{ file: FILE, rule: "overrides:invalid", reason: "override 'published' ignored: not a date of the calendar", fatal: false }]);
  });

  it("gives the text of a page with &nbsp; and CRLF as plain spaces and line feeds", () => {
    const page = articlePage.replace("<p>The Taliban leader’s response", "<p>The&nbsp;Taliban\r\nleader’s response");
    expect(decodeHtmlPage(FILE, bytes(page)).value!.text).toContain("\n\nThe Taliban leader’s response");
  });

  it("decodes a page in the charset its <meta> declares", () => {
    const legacy = iconv.encode(articlePage.replace('<meta charset="utf-8">', '<meta charset="windows-1252">'), "windows-1252");
    const { value } = decodeHtmlPage(FILE, legacy);
    expect(value!.encoding).toBe("windows-1252");
    expect(value!.text).toContain("Taliban leader’s response to Al-Thani");
  });

  it("rejects a page without an article", () => {
    expect(decodeHtmlPage(FILE, bytes(indexPage))).toEqual({
      value: null,
      messages: [{ file: FILE, rule: "html:no-article", reason: "no article text found in the HTML page", fatal: true }],
    });
  });

  it("rejects an empty page as any empty file", () => {
    expect(decodeHtmlPage(FILE, bytes("")).messages[0]?.rule).toBe("decode:empty");
  });
});
