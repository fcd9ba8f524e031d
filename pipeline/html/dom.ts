/**
 * The little of the DOM that HTML intake touches, typed here because the
 * project compiles without the browser's DOM library; linkedom provides it.
 */
import { parseHTML } from "linkedom";

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
  return parseHTML(html).document as DomDocument;
}
