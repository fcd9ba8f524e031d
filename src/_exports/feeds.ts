/**
 * Every feed of the site: all developments, all articles, each topic's
 * developments and each source's articles, each written in RSS 2.0, Atom 1.0
 * and JSON Feed 1.1 from one list of items, so the three carry the same items
 * under the same ids.
 */
import { compareText } from "../../pipeline/model/compare.ts";
import type { DateString } from "../../pipeline/model/dates.ts";
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import { sha256 } from "../../pipeline/model/hash.ts";
import type { Topic } from "../../pipeline/model/taxonomy.ts";
import { escapeHtml } from "../_views/html.ts";
import type { Article } from "../_model/articles.ts";
import type { Outlet } from "../_model/collections.ts";
import { firstDay, readableRange } from "../_model/dates.ts";
import { absoluteUrl, type Site } from "../_model/site.ts";

export interface FeedInfo {
  /** What links to the feed call it: "All developments". */
  label: string;
  title: string;
  description: string;
  /** Site path without the extension each format adds, e.g. 'topics/detainees/feed'. */
  base: string;
  /** Site path of the page the feed follows. */
  page: string;
}

export type Feed = FeedInfo & ({ developments: MergedDevelopment[] } | { articles: Article[] });

export const FORMATS = [
  { id: "rss", name: "RSS", extension: "xml", type: "application/rss+xml" },
  { id: "atom", name: "Atom", extension: "atom", type: "application/atom+xml" },
  { id: "json", name: "JSON Feed", extension: "json", type: "application/feed+json" },
] as const;

export type FeedFormat = (typeof FORMATS)[number];

/** Site path of a feed in a format, e.g. 'topics/detainees/feed.atom'. */
export function feedPath(info: FeedInfo, format: FeedFormat): string {
  return `${info.base}.${format.extension}`;
}

/** The feeds every page announces. */
export function siteFeeds(site: Site): FeedInfo[] {
  return [
    { label: "All developments", title: `${site.title}: developments`, description: site.description, base: "feed", page: "timeline/" },
    { label: "All articles", title: `${site.title}: articles`, description: site.description, base: "articles", page: "sources/" },
  ];
}

export function topicFeed(site: Site, topic: Topic): FeedInfo {
  return { label: `${topic.title} developments`, title: `${topic.title} · ${site.title}`, description: topic.description, base: `topics/${topic.id}/feed`, page: `topics/${topic.id}/` };
}

/** Under the source page's own slug, so the feed sits beside the page it follows. */
export function sourceFeed(site: Site, outlet: Outlet): FeedInfo {
  return {
    label: `${outlet.name} articles`,
    title: `${outlet.name} · ${site.title}`,
    description: `Articles from ${outlet.name} in this dossier, newest first.`,
    base: `sources/${outlet.slug}/feed`,
    page: `sources/${outlet.slug}/`,
  };
}

/** What feeds need to know about the rest of the site. */
export interface FeedContext {
  site: Site;
  topics: Topic[];
  outlets: Outlet[];
  developments: MergedDevelopment[];
  articles: Article[];
  topicTitle(id: string): string;
  /** Site path of a development's own page, where its feed item, calendar event and row link. */
  developmentPath(id: string): string;
  article(id: string): Article | undefined;
  developmentsIn(topic: string): MergedDevelopment[];
}

export interface FeedGroup {
  title: string;
  feeds: Feed[];
}

/** The site's feeds, then each topic's and each source's, in the order their index pages list them. */
export function feedGroups(context: FeedContext): FeedGroup[] {
  const [developments, articles] = siteFeeds(context.site) as [FeedInfo, FeedInfo];
  return [
    { title: "The whole dossier", feeds: [{ ...developments, developments: context.developments }, { ...articles, articles: context.articles }] },
    { title: "Topics", feeds: context.topics.map((topic) => ({ ...topicFeed(context.site, topic), developments: context.developmentsIn(topic.id) })) },
    { title: "Sources", feeds: context.outlets.map((outlet) => ({ ...sourceFeed(context.site, outlet), articles: outlet.articles })) },
  ];
}

export interface FeedItem {
  /** The RSS guid, the JSON Feed id and the iCalendar UID; Atom, which wants an absolute IRI, puts it under `urn:dossier:`. */
  id: string;
  title: string;
  /** HTML. */
  content: string;
  url: string;
  published: DateString;
  /** When the item last changed, only when later than `published`. */
  updated?: DateString;
  categories: string[];
  authors: string[];
  /** ISO 639-1, when the item is in one language. */
  language?: string;
}

/** Opaque and stable: depends only on the article id, never on its title or text. */
export function articleGuid(id: string): string {
  return `article-${sha256(`article\n${id}`).slice(0, 16)}`;
}

/**
 * The day the development's list of sources last grew: the newest publication
 * day among the articles reporting it, when later than the development's own
 * date. The data records no other time of change: a correction is made in a
 * raw file, and what it changes reaches the development through its articles.
 */
export function lastReported(development: MergedDevelopment, context: Pick<FeedContext, "article">): DateString | undefined {
  let newest: DateString | undefined;
  for (const source of development.sources) {
    const published = context.article(source.article)?.published;
    if (published && (!newest || compareText(published, newest) > 0)) newest = published;
  }
  return newest && compareText(newest, firstDay(development.date)) > 0 ? newest : undefined;
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
export function developmentItems(context: FeedContext, developments: MergedDevelopment[]): FeedItem[] {
  const { site } = context;
  return developments
    .filter((development) => !development.background)
    .slice(0, site.feed_items)
    .map((development) => {
      const updated = lastReported(development, context);
      return {
        id: development.id,
        title: `${readableRange(development.date, development.end)}: ${development.text}`,
        content: sourceList(site, development),
        url: absoluteUrl(site, context.developmentPath(development.id)),
        published: development.date,
        ...(updated && { updated }),
        categories: development.topics.map((id) => context.topicTitle(id)),
        authors: [],
      };
    });
}

/** One item per dated article, newest first, at most `feed_items` of them; undated articles have no place in a dated feed. */
export function articleItems(context: FeedContext, articles: Article[]): FeedItem[] {
  const { site } = context;
  return articles
    .filter((article): article is Article & { published: string } => article.published !== null)
    .sort((a, b) => compareText(b.published, a.published) || compareText(a.id, b.id))
    .slice(0, site.feed_items)
    .map((article) => ({
      id: articleGuid(article.id),
      title: article.title,
      content: escapeHtml(article.summary),
      url: absoluteUrl(site, `articles/${article.id}/`),
      published: article.published,
      categories: article.topics.map((id) => context.topicTitle(id)),
      authors: article.authors,
      language: article.language,
    }));
}

export function feedItems(context: FeedContext, feed: Feed): FeedItem[] {
  return "developments" in feed ? developmentItems(context, feed.developments) : articleItems(context, feed.articles);
}
