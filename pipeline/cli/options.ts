/** What every corpus command reads: where the raw files, the articles and the taxonomy are. */
import { readFileSync } from "node:fs";
import { DossierError } from "../core/errors.ts";

export const CORPUS_OPTIONS = {
  raw: { type: "string", default: "corpus/raw" },
  out: { type: "string", default: "corpus/articles" },
  topics: { type: "string", default: "corpus/topics.yaml" },
  help: { type: "boolean", short: "h", default: false },
} as const;

export const CORPUS_HELP = `  --raw DIR       raw articles (default corpus/raw)
  --out DIR       generated articles (default corpus/articles)
  --topics FILE   topic taxonomy (default corpus/topics.yaml)`;

export function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (cause) {
    throw new DossierError(file, "config:unreadable", "cannot be read", { cause });
  }
}
