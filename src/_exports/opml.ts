/**
 * `/feeds.opml`: every feed once, in RSS (which every reader takes), grouped
 * as the site groups them, so a reader imports the whole set in one step.
 * The Atom and JSON Feed versions of each are listed on `/feeds/`.
 */
import { withoutControls } from "../../pipeline/model/controls.ts";
import { escapeHtml } from "../_views/html.ts";
import { feedPath, FORMATS, type Feed, type FeedGroup } from "./feeds.ts";
import { absoluteUrl, type Site } from "../_model/site.ts";

const text = (value: string) => escapeHtml(withoutControls(value));

export function opml(site: Site, groups: FeedGroup[]): string {
  const outline = (feed: Feed) =>
    `      <outline type="rss" text="${text(feed.title)}" title="${text(feed.title)}" description="${text(feed.description)}" xmlUrl="${text(absoluteUrl(site, feedPath(feed, FORMATS[0])))}" htmlUrl="${text(absoluteUrl(site, feed.page))}"/>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    "  <head>",
    `    <title>${text(`${site.title}: feeds`)}</title>`,
    `    <ownerName>${text(site.author)}</ownerName>`,
    "  </head>",
    "  <body>",
    ...groups
      .filter((group) => group.feeds.length > 0)
      .flatMap((group) => [`    <outline text="${text(group.title)}" title="${text(group.title)}">`, ...group.feeds.map(outline), "    </outline>"]),
    "  </body>",
    "</opml>",
    "",
  ].join("\n");
}
