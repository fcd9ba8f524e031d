/**
 * What a page's JSON-LD (`<script type="application/ld+json">`) says about its
 * article: headline, publication date, authors and publisher. Pages ship
 * JSON-LD that JSON.parse refuses (trailing commas, comments, raw line breaks
 * in strings, CDATA wrappers), so each block is repaired before it is read.
 */
import type { Fact } from "../../model/types.ts";
import { elementsNamed, squeeze, type DomDocument } from "./dom.ts";
import { isPersonName, leadingName } from "../text/names.ts";

export interface JsonLdFacts {
  headlines: Fact<string>[];
  /** `datePublished`, then `dateCreated`, article nodes before a `WebPage`. */
  dates: Fact<string>[];
  /** One list of names a node, article nodes first. */
  authors: Fact<string[]>[];
  /** Organisations a node credits as its author ("Eurosport"): the author only when nobody is named. */
  credited: Fact<string[]>[];
  publisher: string | null;
}

type Node = Record<string, unknown>;

/** Best first: a news article, any other article, a blog post, and a web page only when nothing else is there. */
function rankOf(node: Node): number {
  const types = [node["@type"]].flat().filter((type): type is string => typeof type === "string");
  if (types.some((type) => /^(?:NewsArticle|ReportageNewsArticle)$/.test(type))) return 0;
  if (types.some((type) => /Article$|^(?:Live)?BlogPosting$|^Report$/.test(type))) return 1;
  if (types.some((type) => /^(?:WebPage|ItemPage)$/.test(type))) return 2;
  return -1;
}

/**
 * Makes near-JSON readable: drops comments, CDATA and HTML comment wrappers
 * and trailing commas, and escapes raw control characters inside strings.
 */
export function repairJson(text: string): string {
  const source = text.replace(/^\s*(?:\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?|(?:\/\*\s*)?\]\]>(?:\s*\*\/)?\s*$/g, "").replace(/^\s*<!--|-->\s*$/g, "");
  let out = "";
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (inString) {
      if (char === "\\") {
        out += char + (source[i + 1] ?? "");
        i++;
      } else if (char === '"') {
        inString = false;
        out += char;
      } else {
        out += char < " " ? " " : char;
      }
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
    } else if (char === "/" && source[i + 1] === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (char === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? source.length : end + 1;
    } else if (char === "," && /^\s*[}\]]/.test(source.slice(i + 1, i + 200))) {
      // A trailing comma: leave it out.
    } else {
      out += char;
    }
  }
  return out;
}

export function parseJsonLd(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repairJson(text));
    } catch {
      return null;
    }
  }
}

/** Every object in the data, outer ones first, `@graph` and arrays included. */
function nodesOf(data: unknown): Node[] {
  const nodes: Node[] = [];
  const queue = [data];
  while (queue.length > 0 && nodes.length < 500) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === "object") {
      nodes.push(item as Node);
      queue.push(...Object.values(item as Node).filter((value) => value && typeof value === "object"));
    }
  }
  return nodes;
}

/** A plain string value, or the `@value` / `name` of an object. */
function textValue(value: unknown): string | null {
  if (typeof value === "string") return squeeze(value);
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return textValue(value[0]);
  if (value && typeof value === "object") return textValue((value as Node)["@value"] ?? (value as Node).name);
  return null;
}

/** The node an `{"@id": …}` reference points to, or the value itself. */
function resolved(value: unknown, byId: Map<string, Node>): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const node = value as Node;
  return typeof node["@id"] === "string" && node.name === undefined ? (byId.get(node["@id"]) ?? node) : node;
}

const isOfType = (value: unknown, type: RegExp) =>
  !!value && typeof value === "object" && [(value as Node)["@type"]].flat().some((kind) => typeof kind === "string" && type.test(kind));
const isPerson = (value: unknown) => isOfType(value, /^Person$/);
// A blog's owner is typed both: `"@type": ["Person", "Organization"]` is a person.
const isOrganization = (value: unknown) => isOfType(value, /Organization$/) && !isPerson(value);

/** Names of `author` given as a string, an object with `name`, an `@id` reference, or an array of these: people, or organisations. */
function authorNames(value: unknown, byId: Map<string, Node>, organizations: boolean): string[] {
  return [value].flat().flatMap((author) => {
    const target = resolved(author, byId);
    if (isOrganization(target) !== organizations) return [];
    const name = textValue(target);
    return name ? [organizations ? name : fullName(name, target)] : [];
  });
}

/** A first name alone, whose biography opens with the whole name: "Nils" with "Nils Pickert ist freier Autor …". */
function fullName(name: string, author: unknown): string {
  const about = /\s/.test(name) || !author || typeof author !== "object" ? null : textValue((author as Node).description);
  const whole = about ? leadingName(about.split(/\s+/)) : null;
  return whole?.startsWith(`${name} `) && isPersonName(whole) ? whole : name;
}

export function readJsonLd(doc: DomDocument): JsonLdFacts {
  const nodes = elementsNamed(doc, "SCRIPT")
    .filter((script) => script.getAttribute("type")?.trim().toLowerCase() === "application/ld+json")
    .flatMap((script) => nodesOf(parseJsonLd(script.textContent ?? "")));
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node["@id"] === "string" && !byId.has(node["@id"])) byId.set(node["@id"], node);
  const ranked = nodes
    .map((node) => ({ node, rank: rankOf(node) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map(({ node }) => node);

  const facts: JsonLdFacts = { headlines: [], dates: [], authors: [], credited: [], publisher: null };
  for (const node of ranked) {
    const kind = [node["@type"]].flat()[0];
    for (const key of ["headline", "name"]) {
      const value = textValue(node[key]);
      if (value) facts.headlines.push({ value, evidence: `JSON-LD ${kind} ${key}` });
    }
    for (const key of ["datePublished", "dateCreated"]) {
      const value = textValue(node[key]);
      if (value) facts.dates.push({ value, evidence: `JSON-LD ${key} "${value}"` });
    }
    const names = authorNames(node.author ?? node.creator, byId, false);
    if (names.length > 0) facts.authors.push({ value: names, evidence: "JSON-LD author" });
    const organizations = authorNames(node.author ?? node.creator, byId, true);
    if (organizations.length > 0) facts.credited.push({ value: organizations, evidence: "JSON-LD author (an organisation)" });
    // A blog names its writer as publisher: a person, not a site name to keep out of the authors.
    const publisher = resolved(node.publisher, byId);
    if (!isPerson(publisher)) facts.publisher ??= textValue(publisher);
  }
  return facts;
}
