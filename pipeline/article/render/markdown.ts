/** Article text as Markdown that renders every character literally. */
import type { BodyBlock } from "../../model/types.ts";

/** Characters Markdown (and its HTML passthrough) would interpret anywhere in a line. */
const INLINE = /[\\`*_[\]<>&~|]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, "\\$&")
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/** The paragraphs of a body `renderBody` wrote, as the text they were: headings left out. */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .filter((block) => block.trim() && !block.startsWith("## "))
    .map((block) => block.trim().replace(/\\(.)/g, "$1"));
}

export function renderBody(blocks: BodyBlock[]): string {
  return blocks
    .map((block) => (block.kind === "heading" ? `## ${escapeMarkdown(block.text)}` : escapeMarkdown(block.text)))
    .join("\n\n");
}
