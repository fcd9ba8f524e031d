/** Reading built pages as a parser sees them, not as strings. */
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";

export type { Element };

export function parse(markup: string) {
  return parseDocument(markup);
}

export function all(markup: string, name: string): Element[] {
  return DomUtils.getElementsByTagName(name, parse(markup).children, true);
}

export function every(markup: string): Element[] {
  return DomUtils.findAll(() => true, parse(markup).children);
}

export function textOf(markup: string, selector: (element: Element) => boolean = (e) => e.name === "main"): string {
  const found = DomUtils.findOne(selector, parse(markup).children, true);
  return found ? DomUtils.textContent(found).replace(/\s+/g, " ") : "";
}

/** The text of every element with this tag name, whitespace collapsed. */
export function texts(markup: string, name: string): string[] {
  return all(markup, name).map((element) => DomUtils.textContent(element).replace(/\s+/g, " ").trim());
}
