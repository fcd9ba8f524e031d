/** Every feed in every format: 'feed.xml', 'feed.atom', 'feed.json', 'topics/<id>/feed.xml'… */
import type { Dossier } from "../_model/dossier.ts";
import { renderFeed } from "../_exports/feed-formats.ts";
import { feedItems, feedPath, FORMATS, type Feed, type FeedFormat, type FeedGroup } from "../_exports/feeds.ts";

interface Data {
  dossier: Dossier;
  file: { feed: Feed; format: FeedFormat };
}

export const data = {
  pagination: {
    data: "dossier.feedGroups",
    size: 1,
    alias: "file",
    before: (groups: FeedGroup[]) => groups.flatMap((group) => group.feeds.flatMap((feed) => FORMATS.map((format) => ({ feed, format })))),
  },
  permalink: ({ file }: Data) => feedPath(file.feed, file.format),
  eleventyExcludeFromCollections: true,
};

export function render({ dossier, file }: Data): string {
  return renderFeed(file.format, dossier.site, file.feed, feedItems(dossier, file.feed));
}
