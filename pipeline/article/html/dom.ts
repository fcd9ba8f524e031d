/**
 * The little of the DOM that HTML intake touches, typed here because the
 * project compiles without the browser's DOM library; linkedom provides it.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { memoByText } from "../text/memo.ts";

// linkedom's CommonJS build loads faster than its ES build (docs/performance.md,
// "Loading the readers"); and only on first use, as most raw articles are text, not HTML.
const require = createRequire(import.meta.url);
let linkedom: typeof import("linkedom") | undefined;

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  /** Walking children by `firstChild`/`nextSibling` is many times faster in linkedom than `childNodes`. */
  readonly firstChild: DomNode | null;
  readonly parentElement: DomElement | null;
  readonly previousSibling: DomNode | null;
  readonly nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/**
 * Comments, scripts, styles, inline SVG and `<noscript>` fallbacks, read
 * left to right as the HTML tokenizer reads them. They are half the bytes of
 * a typical news page and hold no article text; JSON-LD scripts are metadata
 * and stay.
 */
const INERT =
  /<!--[\s\S]*?-->|<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>/gi;

export function withoutInertMarkup(html: string): string {
  return html.replace(INERT, (markup, scriptAttributes?: string) => (scriptAttributes && /ld\+json/i.test(scriptAttributes) ? markup : ""));
}

/**
 * linkedom makes a node for every attribute and every run of white space:
 * a news page has thousands of each. Attributes
 * nothing here or in Readability reads (image sizes and sources, `data-*`,
 * event handlers, tooltips, most `aria-*`) go before parsing, and so does the white
 * space between two block-level tags, which starts no text.
 */
const START_TAG = /<[a-zA-Z][^>]*>/g;
const UNREAD_ATTRIBUTE =
  /\s(?:data-[\w:.-]*|srcset|sizes|on[a-z]+|width|height|loading|decoding|tabindex|target|crossorigin|integrity|referrerpolicy|fetchpriority|title|value|media|align|valign|border|cellpadding|cellspacing|aria-(?!hidden)[\w-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?(?=[\s/>])/gi;
const BLOCK_TAGS = "html|head|body|meta|link|title|div|p|ul|ol|li|section|article|header|footer|nav|aside|main|h[1-6]|table|thead|tbody|tfoot|tr|td|th|figure|figcaption|form|fieldset|dl|dt|dd|blockquote|hr";
const SPACE_BETWEEN_BLOCKS = new RegExp(`(<\\/?(?:${BLOCK_TAGS})(?:\\s[^>]*)?>)\\s+(?=<\\/?(?:${BLOCK_TAGS})[\\s/>])`, "gi");

export function withoutUnreadMarkup(html: string): string {
  return html.replace(START_TAG, (tag) => (tag.length > 12 ? tag.replace(UNREAD_ATTRIBUTE, "") : tag)).replace(SPACE_BETWEEN_BLOCKS, "$1");
}

const HTML_TAG = /<\/?html\b[^>]*>/gi;
const HEAD_TAG = /<\/?head\b[^>]*>/gi;
const BODY_END = /<\/body\s*>/gi;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;

/**
 * A page as `<html><head>…</head><body>…</body></html>`. Browsers build that
 * whatever the markup; linkedom keeps what it is given, so a page that opens
 * with `<head>` and no `<html>`, prints a server's warnings before `<html>`
 * or repeats `<html>` in conditional comments had no body to read.
 */
export function withSkeleton(html: string): string {
  const opened = [...html.matchAll(/<html\b[^>]*>/gi)];
  const first = opened[0];
  if (opened.length === 1 && first && /^\s*(?:<!doctype[^>]*>\s*)?$/i.test(html.slice(0, first.index))) return html;
  const doctype = DOCTYPE.exec(html)?.[0].trim() ?? "<!DOCTYPE html>";
  const rest = html.replace(DOCTYPE, "").replace(HTML_TAG, "");
  const body = /<body\b[^>]*>/i.exec(rest);
  const head = (body ? rest.slice(0, body.index) : "").replace(HEAD_TAG, "");
  const content = (body ? rest.slice(body.index + body[0].length) : rest).replace(BODY_END, "");
  return `${doctype}${opened.at(-1)?.[0] ?? "<html>"}<head>${head}</head>${body?.[0] ?? "<body>"}${content}</body></html>`;
}

/**
 * linkedom's parser keeps its open elements in a list it shifts at every tag,
 * so its cost grows with the square of the nesting depth; Readability recurses
 * as deep as the page nests. Browsers' parsers stop nesting at 512 levels, and
 * real articles stay far below that.
 */
export const MAX_DEPTH = 512;
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;
// Elements that hold nothing, and those a parser closes on its own (a <p> before the next <p>): neither nests.
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp".split(" "),
);

/** The page with the tags nested deeper than `MAX_DEPTH` left out (their text stays), and unchanged when none is. */
export function withinDepth(html: string): string {
  let depth = 0;
  let cut = false;
  const kept = html.replace(TAG, (tag, closing: string, name: string) => {
    if (NOT_NESTING.has(name.toLowerCase()) || tag.endsWith("/>")) return tag;
    const level = closing ? depth-- : ++depth;
    depth = Math.max(depth, 0);
    if (level <= MAX_DEPTH) return tag;
    cut = true;
    return "";
  });
  return cut ? kept : html;
}

interface EventTargetModule {
  EventTarget: new () => { dispatchEvent(event: unknown): boolean };
}

interface ParserModule {
  isNotParsing(): boolean;
}

/** linkedom's modules are not in its package exports: they are found beside the entry point. */
const linkedomModule = (path: string): unknown => require(join(dirname(require.resolve("linkedom")), ...path.split("/")));

/**
 * linkedom gives every node it makes (each element, attribute and run of
 * text) a table of event listeners, all held in one WeakMap: filling that
 * map and collecting it is a large part of parsing a page. Nothing that reads
 * pages listens for events, so before linkedom's nodes are defined, the event
 * target they extend is replaced by one without a table: an event still
 * dispatches (to no listener), and adding a listener throws.
 */
function withoutListenerTables(): void {
  const events = linkedomModule("interface/event-target.js") as EventTargetModule;
  const tabled = events.EventTarget.prototype;
  class ListenerlessTarget {
    addEventListener(): never {
      throw new Error("nodes of parsed pages take no event listeners");
    }
    removeEventListener(): void {}
    dispatchEvent(event: unknown): boolean {
      return tabled.dispatchEvent.call(this, event);
    }
    _getParent(): null {
      return null;
    }
  }
  events.EventTarget = ListenerlessTarget;
}

/**
 * While it parses, linkedom sets each `class` attribute again through
 * `className`, which builds the element's class list (a Set of its classes)
 * and writes the attribute back from it. linkedom builds the list from the
 * attribute whenever it is first asked for, so parsing now leaves the
 * attribute as the page wrote it and builds none: `className` and
 * `getAttribute("class")` read the list, and give what they gave before.
 */
function withClassListsWhenRead(Element: { prototype: object }): void {
  const { isNotParsing } = linkedomModule("shared/parse-from-string.js") as ParserModule;
  const className = Object.getOwnPropertyDescriptor(Element.prototype, "className")!;
  Object.defineProperty(Element.prototype, "className", {
    ...className,
    set(this: object, value: unknown) {
      if (isNotParsing()) className.set!.call(this, value);
    },
  });
}

interface MatchesModule {
  prepareMatch(element: object, selectors: string): (element: object) => boolean;
}

interface UtilsModule {
  ignoreCase(node: object): boolean;
}

// A selector with a functional pseudo-class (`:has()`, `:contains()`, `:not(a b)`) may compile to a matcher that keeps results, which assumes an unchanging document; `:scope` compiles to one bound to its element.
const BOUND_OR_CACHING = /\(|:scope/;

/**
 * linkedom compiles a selector (css-select) at every query, and reading a
 * page asks a few dozen selectors thousands of times (Readability's lists
 * of tags). Any other selector compiles to a function of the element alone,
 * so it is compiled once for each kind of document (HTML, XML) and kept.
 */
function withSelectorsCompiledOnce(): void {
  const matches = linkedomModule("shared/matches.js") as MatchesModule;
  const { ignoreCase } = linkedomModule("shared/utils.js") as UtilsModule;
  const compile = matches.prepareMatch;
  // An element of the kind of document now asked about: what the matcher is compiled for.
  let ofKind: object;
  const compiledForKind = () => memoByText(1_000, (selectors) => compile(ofKind, selectors));
  const [html, xml] = [compiledForKind(), compiledForKind()];
  matches.prepareMatch = (element, selectors) => {
    if (BOUND_OR_CACHING.test(selectors)) return compile(element, selectors);
    ofKind = element;
    return (ignoreCase(element) ? html : xml)(selectors);
  };
}

function loadLinkedom(): typeof import("linkedom") {
  withoutListenerTables();
  withSelectorsCompiledOnce();
  const loaded = require("linkedom") as typeof import("linkedom") & { Element: { prototype: object } };
  withClassListsWhenRead(loaded.Element);
  return loaded;
}

export function parseDocument(html: string): DomDocument {
  linkedom ??= loadLinkedom();
  return linkedom.parseHTML(withSkeleton(withinDepth(withoutUnreadMarkup(withoutInertMarkup(html))))).document as DomDocument;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

interface Walked {
  elements: DomElement[];
  /** Upper-case tag names, one for each element: linkedom works a tag name out again at each read. */
  tags: string[];
  /** How deeply elements nest, the root element being 1. */
  depth: number;
}
const walked = new WeakMap<DomDocument, Walked>();

function walkedOf(doc: DomDocument): Walked {
  const known = walked.get(doc);
  if (known) return known;
  const found: Walked = { elements: [], tags: [], depth: 0 };
  // A loop, not a recursion: a page may nest elements deeper than the call stack goes.
  // `next` holds, for each open level, the node to visit after the current one.
  // linkedom gives a document's doctype no next sibling: start at the root element.
  const next: (DomNode | null)[] = [doc.documentElement];
  while (next.length > 0) {
    const node = next.pop();
    if (!node) continue;
    // The root element's siblings are not walked.
    next.push(node === doc.documentElement ? null : node.nextSibling);
    if (node.nodeType !== ELEMENT_NODE) continue;
    found.elements.push(node as DomElement);
    found.tags.push((node as DomElement).tagName.toUpperCase());
    found.depth = Math.max(found.depth, next.length);
    next.push(node.firstChild);
  }
  walked.set(doc, found);
  return found;
}

/**
 * Every element of a document in document order: each reader of metadata
 * filters this one list, far cheaper than a selector query each. Read before
 * anything changes the document.
 */
export const elementsOf = (doc: DomDocument): readonly DomElement[] => walkedOf(doc).elements;

/** How deeply the document's elements nest. */
export const depthOf = (doc: DomDocument): number => walkedOf(doc).depth;

/** The elements with one of the given tag names (upper case), in document order. */
export function elementsNamed(doc: DomDocument, ...tags: string[]): DomElement[] {
  const { elements, tags: names } = walkedOf(doc);
  return elements.filter((_, index) => tags.includes(names[index]!));
}

/** A string with white space squeezed and soft hyphens removed, or null when nothing is left. */
export function squeeze(value: string | null | undefined): string | null {
  const text = value?.replace(/\u00AD/g, "").replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/** An element's text with white space squeezed, or null when it has none. */
export const textOf = (node: DomNode | null | undefined): string | null => squeeze(node?.textContent);
