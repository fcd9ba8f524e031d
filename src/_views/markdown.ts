/**
 * Article bodies are data: markdown-it with `html: false` shows any HTML in
 * them as text, and no template engine ever sees them.
 */
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// The body sits under the page's h1 and its "Text" h2: its own headings start at h3.
markdown.core.ruler.push("nest_headings", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      token.tag = `h${Math.min(6, Math.max(3, Number(token.tag.slice(1)) + 1))}`;
    }
  }
  return true;
});

export function renderMarkdown(body: string): string {
  return markdown.render(body);
}
