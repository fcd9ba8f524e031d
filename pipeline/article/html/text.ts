/**
 * Turns an article's DOM into the plain text the normalizer reads: one block
 * per paragraph, heading or list item, blocks separated by a blank line.
 */

import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from "./dom.ts";

/** Elements that flow inside a line; every other element starts a new block. */
const INLINE = new Set([
  "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "FONT", "I", "KBD", "MARK",
  "Q", "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR",
]);

/** Elements whose text is never part of the article. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "BUTTON", "SELECT", "TEXTAREA", "SVG"]);


/** Page chrome around an article: left out when a page's text is read without Readability. */
export const CHROME = ["NAV", "HEADER", "FOOTER", "ASIDE", "FORM"] as const;

export interface BlockOptions {
  /** Elements (upper-case tag names) left out besides scripts, styles and controls. */
  without?: readonly string[];
  /** Stop after this many blocks. */
  limit?: number;
}

/** The text of `root` as blocks. */
export function textBlocks(root: DomNode, { without = [], limit = Infinity }: BlockOptions = {}): string[] {
  const skip = without.length > 0 ? new Set([...SKIP, ...without]) : SKIP;
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
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (blocks.length >= limit) return;
      if (child.nodeType === TEXT_NODE) {
        // Line breaks in the source are layout; only <br> breaks a line.
        pending += (child.textContent ?? "").replace(/\s+/g, " ");
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as DomElement).tagName.toUpperCase();
      if (skip.has(tag)) continue;
      if (tag === "BR") {
        pending += "\n";
      } else if (INLINE.has(tag)) {
        walk(child);
      } else if ((tag === "TD" || tag === "TH") && isInlineOnly(child as DomElement)) {
        // A row of a data table reads as one line: "1. TS Göppingen I 50,59 sec.", not a block per cell.
        const before = pending;
        if (pending.trim() !== "") pending += " ";
        const start = pending.length;
        walk(child);
        if (pending.slice(start).trim() === "") pending = before;
      } else {
        flush();
        walk(child);
        flush();
      }
    }
  };

  walk(root);
  flush();
  return blocks.slice(0, limit);
}

/** An element holding text and inline elements only, as a data table's cell does. */
function isInlineOnly(element: DomElement): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as DomElement).tagName.toUpperCase();
    if (tag !== "BR" && !SKIP.has(tag) && !(INLINE.has(tag) && isInlineOnly(child as DomElement))) return false;
  }
  return true;
}

/** The blocks of one node, itself included: a text node's text, nothing for a skipped element. */
export function nodeBlocks(node: DomNode, options: BlockOptions = {}): string[] {
  if (node.nodeType === TEXT_NODE) {
    const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
    return text ? [text] : [];
  }
  if (node.nodeType !== ELEMENT_NODE) return [];
  const tag = (node as DomElement).tagName.toUpperCase();
  return SKIP.has(tag) || options.without?.includes(tag) ? [] : textBlocks(node, options);
}
