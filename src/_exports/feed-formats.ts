/**
 * One list of feed items written as RSS 2.0 (with `rss`), Atom 1.0 and JSON
 * Feed 1.1. Every date follows the content, never the clock, so two builds of
 * one corpus are identical.
 */
import RSS from "rss";
import { compareText } from "../../pipeline/model/compare.ts";
import { withoutControls } from "../../pipeline/model/controls.ts";
import { escapeHtml } from "../_views/html.ts";
import { firstDay, rfc3339, rfc822, startOf } from "../_model/dates.ts";
import { feedPath, FORMATS, type FeedFormat, type FeedInfo, type FeedItem } from "./feeds.ts";
import { absoluteUrl, type Site } from "../_model/site.ts";

/**
 * `rss` with three of its habits corrected: every item gets an explicit
 * opaque guid, `lastBuildDate` follows the newest item instead of the clock,
 * and characters XML forbids are dropped.
 */
export function rssFeed(site: Site, info: FeedInfo, items: FeedItem[]): string {
  const feed = new RSS({
    title: withoutControls(info.title),
    description: withoutControls(info.description),
    feed_url: absoluteUrl(site, feedPath(info, FORMATS[0])),
    site_url: absoluteUrl(site, info.page),
    language: site.language,
    generator: "Dossier",
  });
  for (const item of items) {
    feed.item({
      title: withoutControls(item.title),
      description: withoutControls(item.content),
      url: item.url,
      guid: item.id,
      date: startOf(item.published).toJSDate(),
      categories: item.categories.map(withoutControls),
    });
  }
  const newest = items.map((item) => item.published).sort().at(-1);
  const built = newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>` : "";
  return feed.xml({ indent: true }).replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, built);
}

/** Atom's ids are absolute IRIs; the item id stays readable inside. */
export function atomId(id: string): string {
  return `urn:dossier:${id}`;
}

const text = (value: string) => escapeHtml(withoutControls(value));

/** The newest change among the items, as a first day; Atom wants one even for an empty feed. */
function newestChange(items: FeedItem[]): string {
  return items.map((item) => firstDay(item.updated ?? item.published)).sort(compareText).at(-1) ?? "1970-01-01";
}

export function atomFeed(site: Site, info: FeedInfo, items: FeedItem[]): string {
  const self = absoluteUrl(site, feedPath(info, FORMATS[1]));
  const entries = items.map((item) => {
    const lines = [
      `  <entry${item.language ? ` xml:lang="${text(item.language)}"` : ""}>`,
      `    <id>${text(atomId(item.id))}</id>`,
      `    <title type="text">${text(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${text(item.url)}"/>`,
      `    <published>${rfc3339(item.published)}</published>`,
      `    <updated>${rfc3339(item.updated ?? item.published)}</updated>`,
      ...item.authors.map((name) => `    <author><name>${text(name)}</name></author>`),
      ...item.categories.map((category) => `    <category term="${text(category)}"/>`),
      `    <content type="html">${text(item.content)}</content>`,
      "  </entry>",
    ];
    return lines.join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${text(site.language)}">`,
    `  <id>${text(self)}</id>`,
    `  <title type="text">${text(info.title)}</title>`,
    `  <subtitle type="text">${text(info.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${text(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${text(absoluteUrl(site, info.page))}"/>`,
    `  <updated>${rfc3339(newestChange(items))}</updated>`,
    `  <author><name>${text(site.author)}</name></author>`,
    "  <generator>Dossier</generator>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

export function jsonFeed(site: Site, info: FeedInfo, items: FeedItem[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: info.title,
    home_page_url: absoluteUrl(site, info.page),
    feed_url: absoluteUrl(site, feedPath(info, FORMATS[2])),
    description: info.description,
    language: site.language,
    authors: [{ name: site.author }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.content,
      date_published: rfc3339(item.published),
      ...(item.updated && { date_modified: rfc3339(item.updated) }),
      ...(item.categories.length > 0 && { tags: item.categories }),
      ...(item.authors.length > 0 && { authors: item.authors.map((name) => ({ name })) }),
      ...(item.language && { language: item.language }),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

const WRITERS = { rss: rssFeed, atom: atomFeed, json: jsonFeed } as const;

export function renderFeed(format: FeedFormat, site: Site, info: FeedInfo, items: FeedItem[]): string {
  return WRITERS[format.id](site, info, items);
}
