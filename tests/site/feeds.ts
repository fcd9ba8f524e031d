/** Feed and export checks shared by the fixture and sample-corpus tests, each through a real parser. */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import Parser from "rss-parser";
import { SaxesParser, type SaxesTagNS } from "saxes";

/** Throws on anything a strict, namespace-aware XML parser rejects. */
export function parseStrictly(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

export interface FeedItem {
  guid: string;
  title: string;
  link: string;
  pubDate: string;
  categories: string[];
}

/** RSS or Atom, through rss-parser (an Atom entry's id comes back as its guid). */
export async function readFeed(xml: string) {
  const feed = await new Parser().parseString(xml);
  const items: FeedItem[] = feed.items.map((item) => ({
    guid: String(item.guid ?? item.id ?? ""),
    title: item.title ?? "",
    link: item.link ?? "",
    pubDate: item.pubDate ?? "",
    categories: item.categories ?? [],
  }));
  return { feed, items };
}

export function guids(xml: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of xml.matchAll(/<item>[\s\S]*?<title><!\[CDATA\[([\s\S]*?)\]\]><\/title>[\s\S]*?<guid isPermaLink="false">([^<]+)<\/guid>/g)) map.set(match[2]!, match[1]!);
  return map;
}

// strictRequired would reject `anyOf: [{ required: [...] }]`, the way the spec says "at least one of".
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const jsonFeedSchema = ajv.compile(JSON.parse(readFileSync("tests/fixtures/jsonfeed-1.1.schema.json", "utf8")));

/** The JSON Feed 1.1 schema's complaints about a feed: none when it is valid. */
export function validateJsonFeed(feed: unknown): string[] {
  return jsonFeedSchema(feed) ? [] : (jsonFeedSchema.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

export interface Outline {
  attributes: Record<string, string>;
  children: Outline[];
}

/** The outlines of an OPML document's body, nested as written; throws when the XML is not well-formed or is not OPML. */
export function readOpml(xml: string): { title: string; outlines: Outline[] } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Outline[] = [{ attributes: {}, children: [] }];
  const open: string[] = [];
  let title = "";
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (open.length === 0 && tag.local !== "opml") throw new Error(`root is <${tag.local}>, not <opml>`);
    open.push(tag.local);
    if (tag.local !== "outline") return;
    const outline = { attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])), children: [] };
    stack.at(-1)!.children.push(outline);
    stack.push(outline);
  });
  parser.on("text", (text) => {
    if (open.join("/") === "opml/head/title") title += text;
  });
  parser.on("closetag", (tag) => {
    open.pop();
    if (tag.local === "outline") stack.pop();
  });
  parser.write(xml).close();
  return { title, outlines: stack[0]!.children };
}

export interface CalendarEvent {
  uid: string;
  summary: string;
  url: string;
  categories: string[];
  /** 'YYYY-MM-DD', and whether it is a DATE value (an all-day event). */
  start: string;
  end: string;
  allDay: boolean;
  stamp: string;
}

/** Every event of an iCalendar file, read by ical.js; throws on what it cannot parse. */
export function readCalendar(text: string): { name: string; events: CalendarEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      url: String(component.getFirstPropertyValue("url") ?? ""),
      categories: component.getAllProperties("categories").flatMap((property) => property.getValues().map(String)),
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      stamp: String(component.getFirstPropertyValue("dtstamp")),
    };
  });
  return { name: String(calendar.getFirstPropertyValue("name") ?? ""), events };
}

/** Records of a CSV file as objects keyed by its header, by csv-parse (which rejects stray quotes and uneven rows by default). */
export function readCsv(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true, record_delimiter: "\r\n" });
}
