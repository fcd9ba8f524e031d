import { developmentsCsv } from "./_config/csv.ts";
import type { Dossier } from "./_config/dossier.ts";

export const data = { permalink: "developments.csv", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  return developmentsCsv(dossier, dossier.developments);
}
