import type { Dossier } from "./_config/dossier.ts";
import { developmentFeed } from "./_config/feeds.ts";

export const data = { permalink: "feed.xml", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  const info = { title: `${dossier.site.title}: developments`, description: dossier.site.description, path: "feed.xml", page: "timeline/" };
  return developmentFeed(dossier.site, info, dossier.developments, dossier);
}
