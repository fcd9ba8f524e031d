import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/_config/markdown.ts";

describe("renderMarkdown", () => {
  it("shows raw HTML as text", () => {
    expect(renderMarkdown('<script>x()</script>\n\n<img src=x onerror="y()">')).toBe(
      "<p>&lt;script&gt;x()&lt;/script&gt;</p>\n<p>&lt;img src=x onerror=&quot;y()&quot;&gt;</p>\n",
    );
  });
  it("refuses javascript: links", () => expect(renderMarkdown("[a](javascript:alert(1))")).not.toContain("href"));
  it("renders headings and paragraphs", () => expect(renderMarkdown("## Secret visit\n\nText.")).toBe("<h2>Secret visit</h2>\n<p>Text.</p>\n"));
  it("leaves template syntax alone", () => expect(renderMarkdown("{{ 7 * 7 }} {% raw %}")).toBe("<p>{{ 7 * 7 }} {% raw %}</p>\n"));
});
