import type { Dossier } from "./_config/dossier.ts";
import { sitemap } from "./_config/sitemap.ts";

export const data = { permalink: "sitemap.xml", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  return sitemap(dossier);
}
