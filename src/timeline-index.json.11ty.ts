import type { Dossier } from "./_model/dossier.ts";
import { timelineIndex } from "./_exports/timeline-index.ts";

export const data = { permalink: "timeline/index.json", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  return timelineIndex(dossier);
}
