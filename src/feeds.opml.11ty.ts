import type { Dossier } from "./_model/dossier.ts";
import { opml } from "./_exports/opml.ts";

export const data = { permalink: "feeds.opml", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  return opml(dossier.site, dossier.feedGroups);
}
