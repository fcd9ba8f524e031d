import type { Dossier } from "./_config/dossier.ts";
import { developmentsJson } from "./_config/developments-json.ts";

export const data = { permalink: "developments.json", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  return developmentsJson(dossier.developments);
}
