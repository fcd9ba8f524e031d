/** The topic taxonomy, read from `corpus/topics.yaml`. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { DossierError } from "./errors.ts";

const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case slug"),
  title: z.string().min(1),
  description: z.string().min(1),
  signals: z.record(z.string().regex(/^[a-z]{2}$/), z.array(z.string().min(1))),
});

const taxonomySchema = z.object({ topics: z.array(topicSchema).min(1) });

export type Topic = z.infer<typeof topicSchema>;

export function parseTaxonomy(text: string, file: string): Topic[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (cause) {
    throw new DossierError(file, "taxonomy:yaml", `not valid YAML: ${(cause as Error).message}`, { cause });
  }
  const result = taxonomySchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DossierError(file, "taxonomy:schema", `${issue.path.join(".")}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const topic of result.data.topics) {
    if (seen.has(topic.id)) throw new DossierError(file, "taxonomy:duplicate", `topic id '${topic.id}' appears twice`);
    seen.add(topic.id);
  }
  return result.data.topics;
}

export function loadTaxonomy(file: string): Topic[] {
  return parseTaxonomy(readFileSync(file, "utf8"), file);
}
