/** The topic taxonomy, read from `corpus/topics.yaml`. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { slugSchema } from "./schema.ts";
import { parseConfig } from "./config.ts";
import { DossierError } from "./errors.ts";

const topicSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  // A signal is found where a word starts, so it starts with a letter or digit ("-led" would match inside "Qatar-led").
  signals: z.record(z.string().regex(/^[a-z]{2}$/), z.array(z.string().regex(/^[\p{L}\p{N}]/u, "expected a signal that starts with a letter or digit"))),
});

const taxonomySchema = z.object({ topics: z.array(topicSchema).min(1) });

export type Topic = z.infer<typeof topicSchema>;

export function parseTaxonomy(text: string, file: string): Topic[] {
  const data = parseConfig(text, file, taxonomySchema, "taxonomy");
  const seen = new Set<string>();
  for (const topic of data.topics) {
    if (seen.has(topic.id)) throw new DossierError(file, "taxonomy:duplicate", `topic id '${topic.id}' appears twice`);
    seen.add(topic.id);
  }
  return data.topics;
}

export function loadTaxonomy(file: string): Topic[] {
  return parseTaxonomy(readFileSync(file, "utf8"), file);
}
