/**
 * RSS feeds built with `rss`, with three of its habits corrected: every item
 * gets an explicit opaque guid, `lastBuildDate` follows the content instead of
 * the clock (two builds of one corpus are identical), and characters XML
 * forbids are dropped.
 */
import { compareText } from "../../pipeline/core/compare.ts";
import RSS from "rss";
import { sha256 } from "../../pipeline/core/hash.ts";
import { withoutControls } from "../../pipeline/text/controls.ts";
import type { MergedDevelopment } from "../../pipeline/core/developments.ts";
import type { Article } from "./articles.ts";
import { readableRange, rfc822, startOf } from "./dates.ts";
import { escapeHtml } from "../_lib/html.ts";
import { absoluteUrl, type Site } from "./site.ts";

export interface FeedInfo {
  title: string;
  description: string;
  /** Site path of the feed, e.g. 'topics/detainees/feed.xml'. */
  path: string;
  /** Site path of the page the feed follows. */
  page: string;
}

/** Opaque and stable: depends only on the article id, never on its title or text. */
export function articleGuid(id: string): string {
  return `article-${sha256(`article\n${id}`).slice(0, 16)}`;
}

/** What feeds need to know about the rest of the site. */
export interface FeedContext {
  topicTitle(id: string): string;
  /** Site path of a development on the timeline. */
  timelinePath(id: string): string;
}

interface Item {
  title: string;
  description: string;
  url: string;
  guid: string;
  date: string;
  categories: string[];
}

export function renderFeed(site: Site, info: FeedInfo, items: Item[]): string {
  const feed = new RSS({
    title: withoutControls(info.title),
    description: withoutControls(info.description),
    feed_url: absoluteUrl(site, info.path),
    site_url: absoluteUrl(site, info.page),
    language: site.language,
    generator: "Dossier",
  });
  for (const item of items) {
    feed.item({
      title: withoutControls(item.title),
      description: withoutControls(item.description),
      url: item.url,
      guid: item.guid,
      date: startOf(item.date).toJSDate(),
      categories: item.categories.map(withoutControls),
    });
  }
  const newest = items.map((item) => item.date).sort().at(-1);
  const built = newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>` : "";
  return feed.xml({ indent: true }).replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, built);
}

function sourceList(site: Site, development: MergedDevelopment): string {
  const entries = development.sources.map((source) => {
    const outlet = source.source ? ` (${escapeHtml(source.source)})` : "";
    const href = escapeHtml(absoluteUrl(site, `articles/${source.article}/`));
    return `<li><a href="${href}">${escapeHtml(source.title)}</a>${outlet}</li>`;
  });
  return `<p>${escapeHtml(development.text)}</p><p>Sources:</p><ul>${entries.join("")}</ul>`;
}

/** One item per dated development, newest first, at most `feed_items` of them (background mentions are context, not news). */
export function developmentFeed(site: Site, info: FeedInfo, developments: MergedDevelopment[], context: FeedContext): string {
  const items = developments
    .filter((development) => !development.background)
    .slice(0, site.feed_items)
    .map((development) => ({
      title: `${readableRange(development.date, development.end)}: ${development.text}`,
      description: sourceList(site, development),
      url: absoluteUrl(site, context.timelinePath(development.id)),
      guid: development.id,
      date: development.date,
      categories: development.topics.map((id) => context.topicTitle(id)),
    }));
  return renderFeed(site, info, items);
}

/** One item per dated article, newest first, at most `feed_items` of them; undated articles have no place in a dated feed. */
export function articleFeed(site: Site, info: FeedInfo, articles: Article[], context: FeedContext): string {
  const items = articles
    .filter((article): article is Article & { published: string } => article.published !== null)
    .sort((a, b) => compareText(b.published, a.published) || compareText(a.id, b.id))
    .slice(0, site.feed_items)
    .map((article) => ({
      title: article.title,
      description: escapeHtml(article.summary),
      url: absoluteUrl(site, `articles/${article.id}/`),
      guid: articleGuid(article.id),
      date: article.published,
      categories: article.topics.map((id) => context.topicTitle(id)),
    }));
  return renderFeed(site, info, items);
}
