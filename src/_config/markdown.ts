/**
 * Article bodies are data: markdown-it with `html: false` shows any HTML in
 * them as text, and no template engine ever sees them.
 */
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(body: string): string {
  return markdown.render(body);
}
