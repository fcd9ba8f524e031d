/**
 * Turns an article's DOM into the plain text the normalizer reads: one block
 * per paragraph, heading or list item, blocks separated by a blank line.
 */

import type { DomElement, DomNode } from "./dom.ts";

/** Elements that flow inside a line; every other element starts a new block. */
const INLINE = new Set([
  "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "FONT", "I", "KBD", "MARK",
  "Q", "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR",
]);

/** Elements whose text is never part of the article. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "BUTTON", "SELECT", "TEXTAREA", "SVG"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function textBlocks(root: DomNode): string[] {
  const blocks: string[] = [];
  let pending = "";

  const flush = () => {
    const text = pending
      .split("\n")
      .map((line) => line.replace(/ +/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (text !== "") blocks.push(text);
    pending = "";
  };

  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        // Line breaks in the source are layout; only <br> breaks a line.
        pending += (child.textContent ?? "").replace(/\s+/g, " ");
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as DomElement).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === "BR") {
        pending += "\n";
      } else if (INLINE.has(tag)) {
        walk(child);
      } else {
        flush();
        walk(child);
        flush();
      }
    }
  };

  walk(root);
  flush();
  return blocks;
}
