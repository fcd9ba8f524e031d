import type { TopicSummary } from "../_config/collections.ts";
import type { Dossier } from "../_config/dossier.ts";
import { developmentFeed } from "../_config/feeds.ts";

interface Data {
  dossier: Dossier;
  topic: TopicSummary;
}

export const data = {
  pagination: { data: "dossier.topics", size: 1, alias: "topic" },
  permalink: ({ topic }: Data) => `topics/${topic.id}/feed.xml`,
  eleventyExcludeFromCollections: true,
};

export function render({ dossier, topic }: Data): string {
  const info = {
    title: `${topic.title} · ${dossier.site.title}`,
    description: topic.description,
    path: `topics/${topic.id}/feed.xml`,
    page: `topics/${topic.id}/`,
  };
  return developmentFeed(dossier.site, info, dossier.developmentsIn(topic.id), dossier);
}
