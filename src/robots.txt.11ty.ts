import type { Dossier } from "./_config/dossier.ts";
import { robots } from "./_config/sitemap.ts";

export const data = { permalink: "robots.txt", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  return robots(dossier);
}
