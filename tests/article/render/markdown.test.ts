import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderBody } from "../../../pipeline/article/render/markdown.ts";

const md = new MarkdownIt({ html: false });

/** What a browser shows for text rendered literally: the text with HTML's special characters escaped. */
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const rendered = (text: string) => md.render(escapeMarkdown(text));

const HOSTILE = [
  "# not a heading",
  "## Doha meeting",
  "1. not a list",
  "2021. The year the Taliban took Kabul.",
  "12) not a list either",
  "*not emphasis*",
  "**not strong**",
  "_not emphasis_",
  "a_b_c",
  "<script>alert(1)</script>",
  "<b>bold</b> and <!-- comment -->",
  "[link](javascript:alert(1))",
  "![image](https://example.com/x.png)",
  "https://example.com/autolink and <https://example.com>",
  "{{ 7*7 }}",
  "{% raw %}",
  "`code`",
  "```",
  "~~~",
  "~~struck~~",
  "&amp; &copy; &#65;",
  "> quote",
  "- item",
  "+ item",
  "* item",
  "---",
  "***",
  "===",
  "| a | b |",
  "Talks between the US and Taliban \\ delegations",
  "Qatar’s “mediation” – in Doha, 5 > 3 & 2 < 4",
  "[^1] a footnote",
  "Line ends with two spaces  ",
  "Line ends with a backslash\\",
];

describe("escapeMarkdown", () => {
  it.each(HOSTILE)("renders %s literally as one paragraph", (text) => {
    expect(rendered(text)).toBe(`<p>${escapeHtml(text.trim())}</p>\n`);
  });

  it("renders literally even with HTML passthrough on, as Eleventy configures markdown-it by default", () => {
    const withHtml = new MarkdownIt({ html: true });
    for (const text of HOSTILE) expect(withHtml.render(escapeMarkdown(text))).toBe(`<p>${escapeHtml(text.trim())}</p>\n`);
  });

  it("keeps a line of ordinary article text unchanged", () => {
    const text = "The summit of the Taliban's dreams of reaching international recognition came during the international meeting held in early May in Doha.";
    expect(escapeMarkdown(text)).toBe(text);
  });

  it("does not escape a number that does not open the line", () => {
    expect(escapeMarkdown("On May 12. the leaders met")).toBe("On May 12. the leaders met");
  });
});

describe("renderBody", () => {
  it("renders headings as level-two headings and paragraphs as paragraphs, in order", () => {
    const out = renderBody([
      { kind: "heading", text: "Doha meeting" },
      { kind: "paragraph", text: "The summit of the Taliban's dreams came in May." },
      { kind: "heading", text: "Secret visit" },
      { kind: "paragraph", text: "Qatar is considered one of the important stops." },
    ]);
    expect(out).toBe("## Doha meeting\n\nThe summit of the Taliban's dreams came in May.\n\n## Secret visit\n\nQatar is considered one of the important stops.");
    expect(md.render(out)).toBe(
      "<h2>Doha meeting</h2>\n<p>The summit of the Taliban's dreams came in May.</p>\n<h2>Secret visit</h2>\n<p>Qatar is considered one of the important stops.</p>\n",
    );
  });

  it("escapes the text of a heading", () => {
    expect(md.render(renderBody([{ kind: "heading", text: "*Doha* <meeting>" }]))).toBe("<h2>*Doha* &lt;meeting&gt;</h2>\n");
  });

  it("keeps each hostile paragraph a separate literal paragraph", () => {
    const out = md.render(renderBody(HOSTILE.map((text) => ({ kind: "paragraph" as const, text }))));
    expect(out).toBe(HOSTILE.map((text) => `<p>${escapeHtml(text.trim())}</p>\n`).join(""));
  });

  it("renders nothing for an empty body", () => {
    expect(renderBody([])).toBe("");
  });
});
