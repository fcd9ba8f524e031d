import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/_views/markdown.ts";

describe("renderMarkdown", () => {
  it("shows raw HTML as text", () => {
    expect(renderMarkdown('<script>x()</script>\n\n<img src=x onerror="y()">')).toBe(
      "<p>&lt;script&gt;x()&lt;/script&gt;</p>\n<p>&lt;img src=x onerror=&quot;y()&quot;&gt;</p>\n",
    );
  });
  it("refuses javascript: links", () => expect(renderMarkdown("[a](javascript:alert(1))")).not.toContain("href"));
  it("renders paragraphs", () => expect(renderMarkdown("One.\n\nTwo.")).toBe("<p>One.</p>\n<p>Two.</p>\n"));
  it("nests the body's headings under the page's own, from h3 down", () => {
    expect(renderMarkdown("# A\n\n## B\n\n###### C")).toBe("<h3>A</h3>\n<h3>B</h3>\n<h6>C</h6>\n");
  });
  it("leaves template syntax alone", () => expect(renderMarkdown("{{ 7 * 7 }} {% raw %}")).toBe("<p>{{ 7 * 7 }} {% raw %}</p>\n"));
});
