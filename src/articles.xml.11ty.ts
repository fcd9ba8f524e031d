import type { Dossier } from "./_config/dossier.ts";
import { articleFeed } from "./_config/feeds.ts";

export const data = { permalink: "articles.xml", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  const info = { title: `${dossier.site.title}: articles`, description: dossier.site.description, path: "articles.xml", page: "sources/" };
  return articleFeed(dossier.site, info, dossier.articles, dossier);
}
