import type { Dossier } from "./_model/dossier.ts";
import { robots } from "./_exports/sitemap.ts";

export const data = { permalink: "robots.txt", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  return robots(dossier);
}
