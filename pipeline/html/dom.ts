/**
 * The little of the DOM that HTML intake touches, typed here because the
 * project compiles without the browser's DOM library; linkedom provides it.
 */
import { createRequire } from "node:module";

// linkedom's ES build loads through the TypeScript loader's hooks module by module
// (about 0.45 s a thread); its CommonJS build of the same code loads natively in 0.17 s,
// and only once a thread meets an HTML page: a corpus of text files never loads it.
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
