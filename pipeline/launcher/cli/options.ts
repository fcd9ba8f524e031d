/** What every corpus command reads: where the raw files, the articles, the developments, the taxonomy and the entities are. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { NO_ENTITIES, parseEntities } from "../../model/entities.ts";
import { DossierError } from "../../model/errors.ts";
import type { DevelopmentsOptions } from "../../corpus/developments/file.ts";

export const CORPUS_OPTIONS = {
  raw: { type: "string", default: "corpus/raw" },
  out: { type: "string", default: "corpus/articles" },
  topics: { type: "string", default: "corpus/topics.yaml" },
  developments: { type: "string" },
  entities: { type: "string", default: "corpus/entities.yaml" },
  help: { type: "boolean", short: "h", default: false },
} as const;

export const CORPUS_HELP = `  --raw DIR       raw articles (default corpus/raw)
  --out DIR       generated articles (default corpus/articles)
  --topics FILE   topic taxonomy (default corpus/topics.yaml)
  --developments FILE  merged developments (default developments.json beside the articles folder)
  --entities FILE      people and places (default corpus/entities.yaml; none when missing)`;

export function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (cause) {
    throw new DossierError(file, "config:unreadable", "cannot be read", { cause });
  }
}

/** The developments file and the entity table it is merged with; a corpus without `entities.yaml` knows no one. */
export function developmentsOptions(values: { out: string; developments?: string | undefined; entities: string }): DevelopmentsOptions {
  const entitiesText = existsSync(values.entities) ? readText(values.entities) : "";
  return { file: values.developments ?? join(dirname(values.out), "developments.json"), entities: entitiesText ? parseEntities(entitiesText, values.entities) : NO_ENTITIES, entitiesText };
}
