/** Feed checks shared by the fixture and sample-corpus tests. */
import Parser from "rss-parser";
import { SaxesParser } from "saxes";

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

export async function readFeed(xml: string) {
  const feed = await new Parser().parseString(xml);
  const items: FeedItem[] = feed.items.map((item) => ({
    guid: String(item.guid ?? ""),
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
