/**
 * The little of the DOM that HTML intake touches, typed here because the
 * project compiles without the browser's DOM library; linkedom provides it.
 */
import { createRequire } from "node:module";

// linkedom's CommonJS build loads in about 0.17 s a thread, its ES build in twice
// that; and only on first use, as most raw articles are text, not HTML.
const require = createRequire(import.meta.url);
let linkedom: typeof import("linkedom") | undefined;

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
}

export interface DomDocument extends DomNode {
  querySelector(selector: string): DomElement | null;
}

export function parseDocument(html: string): DomDocument {
  linkedom ??= require("linkedom") as typeof import("linkedom");
  return linkedom.parseHTML(html).document as DomDocument;
}
